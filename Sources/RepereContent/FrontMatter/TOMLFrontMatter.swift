import Foundation

/// Hugo's TOML front-matter (between `+++` lines), written again as the YAML that says the same,
/// line for line, so the YAML reader decodes it and reports its problems at the file's lines:
///
/// - `key = value` is `key: value`: TOML's basic strings (`"…"`, same escapes), literal strings
///   (`'…'`), numbers, booleans, dates, arrays (`[…]`, over several lines too) and inline tables
///   (`{ a = 1 }` as `{ a: 1 }`) are YAML flow values already, once `=` is `:`;
/// - multi-line strings (`"""…"""`, `'''…'''`) are double-quoted YAML scalars over the same lines
///   (their line breaks fold to spaces, as a description needs);
/// - a table (`[params]`, `[menu.docs]`, `[[cascade]]`) is a key of its own, its entries indented
///   below it (a table named twice is numbered: `cascade 2`); Repère reads none of them, they
///   are kept for templates (`params`) as YAML ones are;
/// - comments and blank lines stay; a line that is none of these is kept as written, so the
///   YAML reader reports it at its line.
enum TOMLFrontMatter {
    static func yaml(from toml: String) -> String {
        var output: [String] = []
        var indent = ""
        var tables: [String: Int] = [:]
        var open: OpenValue?
        for rawLine in toml.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if let value = open {
                let (text, stillOpen) = value.continued(line)
                output.append(indent + "    " + text)
                open = stillOpen
                continue
            }
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty || trimmed.hasPrefix("#") {
                output.append(String(line))
            } else if trimmed.hasPrefix("["), let name = tableName(trimmed) {
                tables[name, default: 0] += 1
                let count = tables[name]!
                output.append(quoted(count == 1 ? name : "\(name) \(count)") + ":")
                indent = "  "
            } else if let equals = unquotedIndex(of: "=", in: trimmed) {
                let key = trimmed[..<equals].trimmingCharacters(in: .whitespaces)
                let value = trimmed[trimmed.index(after: equals)...].drop { $0 == " " || $0 == "\t" }
                let (text, stillOpen) = OpenValue.starting(value)
                output.append(indent + key + ": " + text)
                open = stillOpen
            } else {
                output.append(String(line))
            }
        }
        return output.joined(separator: "\n")
    }

    /// A value that goes on over the next lines.
    enum OpenValue {
        /// `"""…` (`literal`: `'''…`), its text so far written as a double-quoted scalar.
        case string(literal: Bool)
        /// An array or inline table this many brackets deep.
        case flow(depth: Int)

        /// A value's first line as YAML, and what stays open after it.
        static func starting(_ value: Substring) -> (String, OpenValue?) {
            for (delimiter, literal) in [("\"\"\"", false), ("'''", true)] where value.hasPrefix(delimiter) {
                let rest = value.dropFirst(3)
                if rest.isEmpty { return ("\"\\", .string(literal: literal)) }  // the first line break is not text
                return OpenValue.string(literal: literal).continued(rest, opening: true)
            }
            let (text, depth) = flowText(value, depth: 0)
            return (text, depth > 0 ? .flow(depth: depth) : nil)
        }

        /// The next line of the value as YAML, and what stays open after it.
        func continued(_ line: Substring, opening: Bool = false) -> (String, OpenValue?) {
            switch self {
            case .flow(let depth):
                let (text, left) = flowText(line, depth: depth)
                return (text, left > 0 ? .flow(depth: left) : nil)
            case .string(let literal):
                let delimiter = literal ? "'''" : "\"\"\""
                let close = line.range(of: delimiter)
                let content = close.map { line[..<$0.lowerBound] } ?? line
                var text = opening ? "\"" : ""
                var escaped = false
                for character in content {
                    if literal {
                        text += character == "\\" ? "\\\\" : character == "\"" ? "\\\"" : String(character)
                    } else {
                        // Basic strings keep their escapes (YAML's are a superset); a quote alone is text.
                        text += character == "\"" && !escaped ? "\\\"" : String(character)
                        escaped = character == "\\" && !escaped
                    }
                }
                guard close != nil else { return (text, self) }
                return (text + "\"", nil)
            }
        }
    }

    /// A flow value's line as YAML (`=` between a key and its value is `:`), and the brackets
    /// still open after it.
    static func flowText(_ line: Substring, depth start: Int) -> (String, Int) {
        var text = ""
        var depth = start
        var quote: Character?
        var escaped = false
        for index in line.indices {
            let character = line[index]
            if let q = quote {
                text.append(character)
                if q == "\"" && character == "\\" && !escaped { escaped = true; continue }
                if character == q && !escaped { quote = nil }
                escaped = false
                continue
            }
            switch character {
            case "\"", "'": quote = character
            case "[", "{": depth += 1
            case "]", "}": depth -= 1
            case "=":
                text += ": "
                continue
            case "#":
                // A comment: YAML wants a space before it.
                return (text + (text.last == " " || text.isEmpty ? "" : " ") + line[index...], max(0, depth))
            default: break
            }
            text.append(character)
        }
        return (text, max(0, depth))
    }

    /// `[name]` or `[[name]]` (a comment may follow): the name, or nil for another line.
    static func tableName(_ line: Substring) -> String? {
        let double = line.hasPrefix("[[")
        let inner = line.dropFirst(double ? 2 : 1)
        guard let close = unquotedIndex(of: "]", in: inner) else { return nil }
        let after = inner[close...].dropFirst(double ? 2 : 1).drop { $0 == " " || $0 == "\t" }
        guard after.isEmpty || after.hasPrefix("#") else { return nil }
        let name = inner[..<close].trimmingCharacters(in: .whitespaces)
        return name.isEmpty ? nil : name
    }

    /// The first `character` of `text` outside quotes.
    static func unquotedIndex(of character: Character, in text: Substring) -> Substring.Index? {
        var quote: Character?
        for index in text.indices {
            let c = text[index]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == character {
                return index
            }
        }
        return nil
    }

    /// `text` as a double-quoted YAML key.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
