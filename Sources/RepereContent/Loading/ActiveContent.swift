/// Files of the content folder that would run code on the site's own origin if they were
/// published as they are: HTML pages and scripts, and SVG images holding a script, an event
/// handler, a `javascript:` URL (also written with character references, `javascript&#58;`) or
/// an element that loads a document (`<iframe>`, `srcdoc`, `<object>`, `<embed>`), since an SVG
/// opened on its own runs them. An SVG's `<foreignObject>` of HTML text and styles, as draw.io
/// writes its labels, runs nothing and is published. The site's
/// Content-Security-Policy allows scripts from the site itself (`'self'`), so such a file would
/// bypass it; the content stage leaves them out with `content.active-file`.
enum ActiveContent {
    static let scriptExtensions: Set<String> = ["html", "htm", "xhtml", "xht", "shtml", "js", "mjs", "cjs"]

    /// Why `path` may not be published, or nil. `bytes` reads the file (only SVG files are read).
    static func reason(for path: ContentPath, bytes: () -> [UInt8]?) -> String? {
        let ext = path.fileExtension.lowercased()
        if scriptExtensions.contains(ext) { return "an HTML or JavaScript file would run on the site's origin" }
        guard ext == "svg", let bytes = bytes() else { return nil }
        guard let text = withEntitiesExpanded(String(decoding: bytes, as: UTF8.self).lowercased()) else {
            return "this SVG declares entities that grow it manyfold when read, as an attack on its readers does"
        }
        // A `javascript:` URL is written with `script` in it, or with character references (`&#115;`).
        if text.contains("<script") || hasEventHandler(text) || (text.contains("script") || text.contains("&#")) && urlText(text).contains("javascript:") {
            return "this SVG holds a script, an event handler or a javascript: URL, which run when it is opened"
        }
        if let element = ["<iframe", "srcdoc", "<object", "<embed"].first(where: text.contains) {
            return "this SVG holds '\(element)', which loads a document that may run code when it is opened"
        }
        return nil
    }

    /// `text` with the entities its document type declares (`<!ENTITY j "java">`) written in where
    /// it uses them (`&j;`), as an XML reader reads it; twice, for entities naming entities.
    /// `nil` when that makes it more than four times as long (or 1 MB longer).
    static func withEntitiesExpanded(_ text: String) -> String? {
        guard text.contains("<!entity") else { return text }
        var entities: [(String, String)] = []
        var rest = Substring(text)
        while let declaration = rest.range(of: "<!entity") {
            rest = rest[declaration.upperBound...]
            let words = rest.prefix { $0 != ">" }
            let name = words.drop { $0.isWhitespace }.prefix { !$0.isWhitespace && $0 != "\"" && $0 != "'" }
            guard let quote = words.first(where: { $0 == "\"" || $0 == "'" }), let open = words.firstIndex(of: quote),
                let close = words[words.index(after: open)...].firstIndex(of: quote), !name.isEmpty, name != "%"
            else { continue }
            entities.append((String(name), String(words[words.index(after: open)..<close])))
        }
        var expanded = text
        let limit = max(4 * text.utf8.count, text.utf8.count + (1 << 20))
        for _ in 0..<2 {
            for (name, value) in entities {
                let uses = expanded.components(separatedBy: "&\(name);").count - 1
                guard expanded.utf8.count + uses * value.utf8.count <= limit else { return nil }
                if uses > 0 { expanded = expanded.replacingOccurrences(of: "&\(name);", with: value) }
            }
        }
        return expanded
    }

    /// `text` as a URL in it is read: its numeric character references decoded (`&#58;`,
    /// `&#x3A;`, `&#0000058;`), and the white space and control characters a browser skips in a
    /// scheme removed; lowercased. One pass over its bytes.
    static func urlText(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let c = bytes[i]
            if c == UInt8(ascii: "&"), i + 2 < bytes.count, bytes[i + 1] == UInt8(ascii: "#") {
                let isHex = bytes[i + 2] == UInt8(ascii: "x") || bytes[i + 2] == UInt8(ascii: "X")
                var j = i + (isHex ? 3 : 2)
                var value: UInt32 = 0
                let digitsStart = j
                while j < bytes.count, let digit = Self.digit(bytes[j], hex: isHex) {
                    value = min(value &* (isHex ? 16 : 10) &+ digit, 0x110000)  // past the last scalar: no character
                    j += 1
                }
                if j > digitsStart, let scalar = Unicode.Scalar(value) {
                    if j < bytes.count, bytes[j] == UInt8(ascii: ";") { j += 1 }
                    if scalar.value > 0x20 { out += Array(String(scalar).lowercased().utf8) }
                    i = j
                    continue
                }
            }
            if c > 0x20 { out.append(c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z") ? c | 0x20 : c) }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func digit(_ byte: UInt8, hex: Bool) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// Whether an attribute named `on…` appears (`<svg onload=…>`, `<a\nonclick =…>`).
    private static func hasEventHandler(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var i = 1
        while i + 2 < bytes.count {
            defer { i += 1 }
            guard bytes[i] == UInt8(ascii: "o"), bytes[i + 1] == UInt8(ascii: "n"),
                [0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "/"), UInt8(ascii: "\""), UInt8(ascii: "'")].contains(bytes[i - 1])
            else { continue }
            var j = i + 2
            while j < bytes.count, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[j]) { j += 1 }
            guard j > i + 2 else { continue }
            while j < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[j]) { j += 1 }
            if j < bytes.count, bytes[j] == UInt8(ascii: "=") { return true }
        }
        return false
    }
}
