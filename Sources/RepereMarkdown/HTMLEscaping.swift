/// HTML escaping, shared by the Markdown renderer and the templates.
public enum HTMLEscaping {
    /// Escapes `&`, `<`, `>`, `"` and `'`, which makes text safe in element content and in
    /// quoted attribute values.
    public static func escape(_ text: String) -> String {
        var out = ""
        append(text, to: &out)
        return out
    }

    /// Appends `text` escaped to `out`, copying unescaped runs in one go.
    public static func append(_ text: String, to out: inout String) {
        let utf8 = text.utf8
        guard utf8.contains(where: isSpecial) else {
            out += text
            return
        }
        var runStart = utf8.startIndex
        var i = utf8.startIndex
        while i != utf8.endIndex {
            let byte = utf8[i]
            if isSpecial(byte) {
                out += text[runStart..<i]
                switch byte {
                case UInt8(ascii: "&"): out += "&amp;"
                case UInt8(ascii: "<"): out += "&lt;"
                case UInt8(ascii: ">"): out += "&gt;"
                case UInt8(ascii: "\""): out += "&quot;"
                default: out += "&#39;"
                }
                runStart = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        out += text[runStart..<utf8.endIndex]
    }

    /// Whether `byte` is one of the escaped characters.
    public static func isSpecial(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
