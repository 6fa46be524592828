import RepereContent
import RepereSupport

/// Writes one record's Slate.js body as Markdown, for every node the SNUpport editor makes
/// (`snupport-app/src/scenes/knowledge-base/components/TextEditor`, and its HTML paste, which
/// adds `quote`, `code` and `heading-four` to `heading-six`).
///
/// - The page's title is its only level 1 heading: `heading-one` becomes `##`, `heading-two`
///   `###`, and so on; below level 6 stays at 6.
/// - Lists nest; `list-item`s may hold text, paragraphs and lists. Two lists in a row get
///   different markers (`-` then `*`, `1.` then `1)`), else Markdown would join them.
/// - A video becomes a link to it named after the page (« Vidéo : <titre> (Vimeo) »): Markdown
///   has no video and Repère lets no `<iframe>` through.
/// - An unknown node type is written as its children, like the public site's renderer writes
///   it as a paragraph, and reported; a node that is not Slate is left out and reported.
struct SlateConverter {
    let page: PlacedRecord
    let tree: KnowledgeTree
    let links: KnowledgeLinks
    var assets: AssetLibrary
    var notes = ConversionNotes()
    var videos = 0

    init(page: PlacedRecord, tree: KnowledgeTree, links: KnowledgeLinks, assets: AssetLibrary) {
        self.page = page
        self.tree = tree
        self.links = links
        self.assets = assets
    }

    /// A block of Markdown, and whether it is a list (lists in a row need different markers).
    struct Block {
        var text: String
        var list: Bool? = nil  // nil: not a list; else whether it is numbered
    }

    /// The Markdown of a record's `content`, ending with a line break (or empty).
    mutating func markdown(of content: JSONValue?) -> String {
        let nodes: [JSONValue]
        switch content {
        case nil: return ""
        case .array(let array)?: nodes = array
        case .object(let root)? where root["children"]?.array != nil: nodes = root["children"]!.array!
        case .string(let text)?:
            var parser = JSONParser(bytes: Array(text.utf8))
            if case .array(let array)? = try? parser.parseValue() {
                nodes = array
            } else {
                notes.malformed.append("'content' is a string, not Slate JSON; it is kept as text")
                nodes = [.object(JSONObject([("type", .string("paragraph")), ("children", .array([.object(JSONObject([("text", .string(text))]))]))]))]
            }
        case let other?:
            notes.malformed.append("'content' is \(other.kindDescription), not a list of Slate nodes; the page has no text")
            return ""
        }
        let text = blocks(nodes).map(\.text).joined(separator: "\n\n")
        return text.isEmpty ? "" : text + "\n"
    }

    /// Block nodes in order; runs of text and links between them make paragraphs.
    mutating func blocks(_ nodes: [JSONValue]) -> [Block] {
        var out: [Block] = []
        var inline: [JSONValue] = []
        func append(_ blocks: [Block]) {
            for var block in blocks {
                // Two lists of one kind in a row would be read as one.
                if let kind = block.list, let previous = out.last, previous.list == kind {
                    block.text = Self.alternateMarkers(block.text, numbered: kind)
                }
                out.append(block)
            }
        }
        for node in nodes {
            guard case .object(let object) = node else {
                notes.malformed.append("a node is \(node.kindDescription), not a Slate node; it is left out")
                continue
            }
            if Self.isInline(object) {
                inline.append(node)
                continue
            }
            if !inline.isEmpty {
                append(paragraph(inline))
                inline = []
            }
            append(block(object))
        }
        if !inline.isEmpty { append(paragraph(inline)) }
        return out
    }

    static func isInline(_ object: JSONObject) -> Bool {
        object["text"] != nil || object["type"]?.string == "link"
    }

    /// One block node.
    mutating func block(_ object: JSONObject) -> [Block] {
        let typeValue = object["type"]
        if let typeValue, typeValue.string == nil, !typeValue.isNull {
            notes.malformed.append("a node's 'type' is \(typeValue.kindDescription), not a string; its text is kept")
        }
        switch typeValue?.string {
        case nil, "paragraph": return paragraph(children(of: object))
        case "heading-one": return heading(object, level: 1)
        case "heading-two": return heading(object, level: 2)
        case "heading-three": return heading(object, level: 3)
        case "heading-four": return heading(object, level: 4)
        case "heading-five": return heading(object, level: 5)
        case "heading-six": return heading(object, level: 6)
        case "block-quote", "quote": return quote(object)
        case "bulleted-list": return list(object, numbered: false)
        case "numbered-list": return list(object, numbered: true)
        case "list-item": return blocks(children(of: object))
        case "image": return image(object).map { [Block(text: $0)] } ?? []
        case "video": return video(object).map { [Block(text: InlineMarkdown.render([$0]))] } ?? []
        case "code": return code(object)
        case let type?:
            notes.unknownNodes[type, default: 0] += 1
            return blocks(children(of: object))
        }
    }

    /// The `children` of an element; a missing or malformed list is reported.
    mutating func children(of object: JSONObject) -> [JSONValue] {
        switch object["children"] {
        case .array(let children)?: return children
        case nil, .null?:
            notes.malformed.append("a '\(object["type"]?.string ?? "paragraph")' node has no 'children'; it is left out")
        case let other?:
            notes.malformed.append("a '\(object["type"]?.string ?? "paragraph")' node's 'children' is \(other.kindDescription), not a list; it is left out")
        }
        return []
    }

    private mutating func paragraph(_ nodes: [JSONValue]) -> [Block] {
        let text = InlineMarkdown.render(inline(nodes))
        guard !text.isEmpty else {
            notes.approximations.emptyBlocks += 1
            return []
        }
        return [Block(text: text)]
    }

    private mutating func heading(_ object: JSONObject, level: Int) -> [Block] {
        var text = InlineMarkdown.render(inline(children(of: object)), inHeading: true)
        guard !text.isEmpty else {
            notes.approximations.emptyBlocks += 1
            return []
        }
        // A final run of `#` after a space would be read as a closing sequence.
        if text.hasSuffix("#"), let start = text.lastIndex(where: { $0 != "#" }), text[start] == " " {
            text.insert("\\", at: text.index(after: start))
        }
        if level + 1 > 6 { notes.approximations.deepHeadings += 1 }
        return [Block(text: String(repeating: "#", count: min(level + 1, 6)) + " " + text)]
    }

    private mutating func quote(_ object: JSONObject) -> [Block] {
        let inner = blocks(children(of: object)).map(\.text).joined(separator: "\n\n")
        guard !inner.isEmpty else {
            notes.approximations.emptyBlocks += 1
            return []
        }
        let lines = inner.split(separator: "\n", omittingEmptySubsequences: false)
        return [Block(text: lines.map { $0.isEmpty ? ">" : "> " + $0 }.joined(separator: "\n"))]
    }

    private mutating func code(_ object: JSONObject) -> [Block] {
        let text = Self.plainText(children(of: object))
        guard !text.trimmingWhitespace.isEmpty else {
            notes.approximations.emptyBlocks += 1
            return []
        }
        notes.approximations.codeBlocks += 1
        var longest = 0, run = 0
        for c in text.unicodeScalars {
            run = c == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        return [Block(text: fence + "\n" + text + "\n" + fence)]
    }

    /// The text of leaves below `nodes`, blocks on lines of their own.
    static func plainText(_ nodes: [JSONValue]) -> String {
        var parts: [String] = []
        var line = ""
        for node in nodes {
            guard case .object(let object) = node else { continue }
            if let text = object["text"]?.string {
                line += text
            } else if let children = object["children"]?.array {
                if isInline(object) {
                    line += plainText(children)
                } else {
                    if !line.isEmpty { parts.append(line) }
                    line = ""
                    parts.append(plainText(children))
                }
            }
        }
        if !line.isEmpty { parts.append(line) }
        return parts.joined(separator: "\n")
    }
}
