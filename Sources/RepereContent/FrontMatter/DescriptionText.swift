import Foundation

/// A description written in HTML (Hugo's `summary: "<b>Titre</b><br/>Revue"`, which Hugo renders)
/// as the plain text a card, a search result and `<meta name=description>` show: the tags of
/// HTML's text elements taken out, a line break or block a space, its entities read. A
/// description with a code span (`` `<br>` coupe la ligne ``) or no such tag is as written.
enum DescriptionText {
    /// The elements a summary is written with; another name in brackets (`<car>`) is text.
    private static let inlineElements: Set<String> = [
        "a", "abbr", "b", "cite", "code", "del", "em", "font", "i", "img", "ins", "kbd", "mark", "q", "s", "small", "span",
        "strong", "sub", "sup", "u",
    ]
    /// Elements that stand apart from their neighbours' words: a space where they were.
    private static let blockElements: Set<String> = [
        "blockquote", "br", "center", "div", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "ol", "p", "table", "td", "th", "tr", "ul",
    ]
    /// The named entities of French summaries, beside the XML five.
    private static let entities = [
        "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "amp": "&", "nbsp": " ", "rsquo": "’", "lsquo": "‘", "ldquo": "“",
        "rdquo": "”", "laquo": "«", "raquo": "»", "hellip": "…", "eacute": "é", "egrave": "è", "ecirc": "ê", "agrave": "à",
        "acirc": "â", "ccedil": "ç", "ocirc": "ô", "ucirc": "û", "ugrave": "ù", "icirc": "î", "iuml": "ï", "euml": "ë", "oelig": "œ",
        "Eacute": "É", "Agrave": "À", "Ccedil": "Ç", "ndash": "–", "mdash": "—", "euro": "€",
    ]

    static func plain(_ text: String) -> String {
        guard text.contains("<"), text.contains(">"), !text.contains("`") else { return text }
        var out = ""
        var rest = Substring(text)
        var hadTag = false
        while let open = rest.firstIndex(of: "<") {
            let after = rest[rest.index(after: open)...]
            let name = after.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
            let isElement = Self.inlineElements.contains(name) || Self.blockElements.contains(name)
            let nameEnd = after.drop { $0 == "/" }.dropFirst(name.count).first
            guard isElement, nameEnd.map({ $0 == ">" || $0 == "/" || $0.isWhitespace }) ?? false, let close = tagEnd(after) else {
                out += rest[...open]  // `<car>`, `a < b`, `<b et y>`: text
                rest = after
                continue
            }
            out += rest[..<open]
            if Self.blockElements.contains(name) { out += " " }
            rest = after[after.index(after: close)...]
            hadTag = true
        }
        out += rest
        guard hadTag else { return text }
        return decodingEntities(out).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The `>` that ends a tag, past its attributes' quoted values (`href="?a>b"`); `nil` when
    /// the tag is never closed.
    private static func tagEnd(_ tag: Substring) -> Substring.Index? {
        var quote: Character?
        var index = tag.startIndex
        while index < tag.endIndex {
            let c = tag[index]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == ">" {
                return index
            }
            index = tag.index(after: index)
        }
        return nil
    }

    /// `text` with `&nom;`, `&#233;` and `&#xE9;` read; an unknown one stays as written.
    private static func decodingEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semicolon = after.prefix(10).firstIndex(of: ";") {
                let name = after[..<semicolon]
                let number = name.hasPrefix("#x") || name.hasPrefix("#X") ? UInt32(name.dropFirst(2), radix: 16)
                    : name.hasPrefix("#") ? UInt32(name.dropFirst()) : nil
                if let value = number.flatMap(Unicode.Scalar.init), value.value >= 0x20 {
                    out.unicodeScalars.append(value)
                    rest = after[after.index(after: semicolon)...]
                    continue
                }
                if let character = entities[String(name)] {
                    out += character
                    rest = after[after.index(after: semicolon)...]
                    continue
                }
            }
            out += "&"
            rest = after
        }
        return out + rest
    }
}
