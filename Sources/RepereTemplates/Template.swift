/// A parsed Mustache template: the subset the theme needs, with Mustache's semantics.
///
/// Supported: `{{name}}` (HTML-escaped), `{{{name}}}` and `{{&name}}` (raw), dotted names and
/// `{{.}}`, sections `{{#name}}…{{/name}}` and inverted sections `{{^name}}…{{/name}}`,
/// comments `{{! … }}`, partials `{{> name}}`, inheritance `{{< parent}}{{$block}}…{{/block}}{{/parent}}`,
/// and the function `empty(name)` (true for an empty list, text or object). Tags alone on their
/// line ("standalone") remove the whole line, as the Mustache specification says.
package struct Template: Sendable {
    package var nodes: [TemplateNode]
    /// How deep sections, blocks and parents may nest in one template: parsing and rendering
    /// recurse once per level, so a template nested deeper is an error rather than a stack
    /// overflow (the same limit as a page's Markdown and front-matter).
    package static let maximumNesting = 256

    /// Parses `source`.
    ///
    /// - Throws: ``TemplateError`` with the line and column of the faulty tag.
    package init(_ source: String) throws {
        let tokens = try TemplateTokenizer.tokens(of: source)
        var index = 0
        nodes = try Self.nodes(tokens, &index, closing: nil, level: 0)
    }

    private static func nodes(
        _ tokens: [TemplateToken], _ index: inout Int, closing open: TemplateToken?, level: Int
    ) throws -> [TemplateNode] {
        if let open, level > maximumNesting {
            throw TemplateError("{{\(open.sigil)\(open.name)}} is nested more than \(maximumNesting) levels deep", at: open)
        }
        var nodes: [TemplateNode] = []
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            switch token.kind {
            case .text(let text): nodes.append(.text(text))
            case .comment: continue
            case .variable(let escaped): nodes.append(.variable(try TemplateName(token.name, at: token), escaped: escaped))
            case .partial: nodes.append(.partial(TemplateReference(token)))
            case .section(let inverted):
                let name = try TemplateName(token.name, at: token)
                nodes.append(.section(name, inverted: inverted, try Self.nodes(tokens, &index, closing: token, level: level + 1)))
            case .block:
                nodes.append(.block(token.name, try Self.nodes(tokens, &index, closing: token, level: level + 1)))
            case .parent:
                var blocks: [String: [TemplateNode]] = [:]
                for child in try Self.nodes(tokens, &index, closing: token, level: level + 1) {
                    switch child {
                    case .block(let name, let body): blocks[name] = body
                    case .text(let text) where text.allSatisfy(\.isWhitespace): continue
                    default: throw TemplateError("only {{$block}} definitions may appear inside {{<\(token.name)}}", at: token)
                    }
                }
                nodes.append(.parent(TemplateReference(token), blocks: blocks))
            case .close:
                guard let open else { throw TemplateError("{{/\(token.name)}} closes nothing", at: token) }
                guard open.name == token.name else {
                    throw TemplateError("{{/\(token.name)}} does not close {{\(open.sigil)\(open.name)}} (line \(open.line))", at: token)
                }
                return nodes
            }
        }
        if let open { throw TemplateError("{{\(open.sigil)\(open.name)}} is never closed", at: open) }
        return nodes
    }
}

/// A piece of a template.
package indirect enum TemplateNode: Hashable, Sendable {
    case text(String)
    case variable(TemplateName, escaped: Bool)
    case section(TemplateName, inverted: Bool, [TemplateNode])
    case partial(TemplateReference)
    /// `{{<parent}}`: the parent template, rendered with these block overrides.
    case parent(TemplateReference, blocks: [String: [TemplateNode]])
    /// `{{$block}}`: the override of that name if any, else the default content.
    case block(String, [TemplateNode])
}

/// The name of another template in a partial or parent tag, with the tag's position (a name
/// that is no template is reported there).
package struct TemplateReference: Hashable, Sendable {
    package var name: String
    package var line: Int
    package var column: Int

    package init(_ token: TemplateToken) {
        name = token.name
        line = token.line
        column = token.column
    }
}

/// A name in a tag: a dotted path (empty for `.`), possibly inside a function call.
package struct TemplateName: Hashable, Sendable {
    package enum Function: String, Hashable, Sendable { case empty }

    package var path: [String]
    package var function: Function?

    package init(_ text: String, at token: TemplateToken) throws {
        var text = Substring(text)
        if let open = text.firstIndex(of: "("), text.hasSuffix(")") {
            guard let function = Function(rawValue: String(text[..<open])) else {
                throw TemplateError("unknown function '\(text[..<open])' (known: empty)", at: token)
            }
            self.function = function
            text = text[text.index(after: open)..<text.index(before: text.endIndex)]
        }
        guard !text.isEmpty, !text.contains(where: { $0 == "(" || $0 == ")" || $0 == " " }) else {
            throw TemplateError("invalid name '\(token.name)'", at: token)
        }
        path = text == "." ? [] : text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !path.contains("") else { throw TemplateError("invalid name '\(token.name)'", at: token) }
    }
}

/// A template syntax error, with the 1-based line and column of the tag.
package struct TemplateError: Error, Sendable {
    package var message: String
    package var line: Int
    package var column: Int

    package init(_ message: String, at token: TemplateToken) {
        self.init(message, line: token.line, column: token.column)
    }

    package init(_ message: String, line: Int, column: Int) {
        self.message = message
        self.line = line
        self.column = column
    }
}
