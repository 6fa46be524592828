/// Cheap checks of generated HTML, written independently of the renderer's own escaping and URL
/// rules so that tests and fuzz targets do not merely repeat them.
///
/// In Repère's output every `<` of text is escaped, so each `<` opens a tag, a comment or a
/// doctype. The checks: no `<script>` but the theme's own files (`src` under `allowedScripts`,
/// nothing inside), no `<style>` or `style=` (the CSP forbids them), no `on…` event attribute, no
/// `href`/`src` whose URL a browser would run (`javascript:`, `vbscript:`, `data:` other than
/// raster images, after the browser's own clean-up of controls, spaces and entities), and tags
/// balanced, but for void and self-closed elements and the inline elements an author's raw HTML
/// may open (browsers close those at the end of their block).
public enum HTMLSafety {
    static let voidElements: Set<String> = ["br", "hr", "img", "input", "wbr", "col", "source", "track", "meta", "link"]
    static let authorInline: Set<String> = [
        "abbr", "b", "cite", "code", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q", "s", "samp",
        "small", "span", "strong", "sub", "sup", "time", "u", "var",
    ]

    struct Tag {
        var name: String
        var closing: Bool
        var selfClosed = false
        var attributes: [(name: String, value: String)]
        /// What follows the tag up to the next `<`.
        var followedBy: Substring = ""
    }

    /// The first broken promise in `html`, or nil. `allowedScripts`: the path prefix of the
    /// theme's script files (none by default: no `<script>` at all).
    public static func violation(in html: String, allowedScripts: String? = nil, checkBalance: Bool = true) -> String? {
        guard let tags = tags(in: html) else { return "a '<' starts no tag" }
        var open: [String] = []
        for tag in tags {
            if tag.name == "script", !tag.closing {
                let source = tag.attributes.first { $0.name == "src" }?.value
                guard let allowedScripts, let source, source.hasPrefix(allowedScripts), tag.followedBy.isEmpty else {
                    return "a <script> element"
                }
            }
            if tag.name == "style" { return "a <style> element" }
            for attribute in tag.attributes {
                if attribute.name.hasPrefix("on") { return "an event attribute '\(attribute.name)'" }
                if attribute.name == "style" { return "a style attribute" }
                if ["href", "src", "action", "formaction", "srcset", "poster"].contains(attribute.name),
                    !isHarmless(url: decodeEntities(attribute.value))
                {
                    return "a dangerous URL '\(attribute.value)'"
                }
            }
            guard checkBalance, !tag.selfClosed, !voidElements.contains(tag.name), !authorInline.contains(tag.name) else { continue }
            if tag.closing {
                guard open.last == tag.name else { return "</\(tag.name)> closes <\(open.last ?? "nothing")>" }
                open.removeLast()
            } else {
                open.append(tag.name)
            }
        }
        if checkBalance, let last = open.last { return "<\(last)> is never closed" }
        return nil
    }

    /// Every tag, or nil when a `<` opens none. Scans code points as a browser's tokenizer does
    /// (not `Character`s: `<p>` followed by a combining mark is still a tag).
    static func tags(in html: String) -> [Tag]? {
        typealias Scalars = Substring.UnicodeScalarView
        func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0C}" }
        func isASCIILetter(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("A"..."Z").contains(c) }
        func text(_ scalars: Scalars) -> String { String(String.UnicodeScalarView(scalars)) }
        var result: [Tag] = []
        var rest = Substring(html).unicodeScalars
        while let lt = rest.firstIndex(of: "<") {
            rest = rest[rest.index(after: lt)...]
            if rest.starts(with: "!--".unicodeScalars) {
                rest = rest.dropFirst(3)
                guard let end = rest.indices.first(where: { rest[$0...].starts(with: "-->".unicodeScalars) }) else { return nil }
                rest = rest[end...].dropFirst(3)
                continue
            }
            if rest.first == "!" || rest.first == "?" {  // <!DOCTYPE html>, <?xml …?>
                guard let end = rest.firstIndex(of: ">") else { return nil }
                rest = rest[rest.index(after: end)...]
                continue
            }
            var tag = Tag(name: "", closing: rest.first == "/", attributes: [])
            if tag.closing { rest = rest.dropFirst() }
            guard let first = rest.first, isASCIILetter(first) else { return nil }
            let name = rest.prefix { !isSpace($0) && $0 != "/" && $0 != ">" }
            tag.name = text(name).lowercased()
            rest = rest.dropFirst(name.count)
            while true {
                rest = rest.drop(while: isSpace)
                if rest.starts(with: "/>".unicodeScalars) { tag.selfClosed = true }
                rest = rest.drop { $0 == "/" }
                guard let next = rest.first else { return nil }
                if next == ">" { rest = rest.dropFirst(); break }
                let attribute = rest.prefix { !isSpace($0) && $0 != "=" && $0 != ">" && $0 != "/" }
                rest = rest.dropFirst(max(attribute.count, 1))
                rest = rest.drop(while: isSpace)
                var value = ""
                if rest.first == "=" {
                    rest = rest.dropFirst().drop(while: isSpace)
                    if let quote = rest.first, quote == "\"" || quote == "'" {
                        let body = rest.dropFirst().prefix { $0 != quote }
                        value = text(body)
                        rest = rest.dropFirst(body.count + 2)
                    } else {
                        let body = rest.prefix { !isSpace($0) && $0 != ">" }
                        value = text(body)
                        rest = rest.dropFirst(body.count)
                    }
                }
                tag.attributes.append((text(attribute).lowercased(), value))
            }
            tag.followedBy = Substring(text(rest.prefix { $0 != "<" }))
            result.append(tag)
        }
        return result
    }

    /// Whether a browser would not run `url`: its scheme, once controls and spaces are removed as
    /// the URL parser does, is not `javascript:` or `vbscript:`, and `data:` only for images.
    public static func isHarmless(url: String) -> Bool {
        let cleaned = String(String.UnicodeScalarView(url.unicodeScalars.filter { $0.value > 0x20 })).lowercased()
        if cleaned.hasPrefix("javascript:") || cleaned.hasPrefix("vbscript:") { return false }
        if cleaned.hasPrefix("data:") { return cleaned.hasPrefix("data:image/") && !cleaned.hasPrefix("data:image/svg") }
        return true
    }

    /// `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&#39;` and numeric references decoded.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            rest = rest[amp...]
            guard let semicolon = rest.prefix(12).firstIndex(of: ";") else {
                out.append("&")
                rest = rest.dropFirst()
                continue
            }
            let entity = rest[rest.index(after: rest.startIndex)..<semicolon]
            let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]
            if let value = named[String(entity)] {
                out += value
            } else if entity.hasPrefix("#x") || entity.hasPrefix("#X"), let code = UInt32(entity.dropFirst(2), radix: 16),
                let scalar = Unicode.Scalar(code)
            {
                out.unicodeScalars.append(scalar)
            } else if entity.hasPrefix("#"), let code = UInt32(entity.dropFirst()), let scalar = Unicode.Scalar(code) {
                out.unicodeScalars.append(scalar)
            } else {
                out.append("&")
                rest = rest.dropFirst()
                continue
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return out + rest
    }
}
