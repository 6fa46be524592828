/// HTML escaping, shared by the Markdown renderer and the templates.
public enum HTMLEscaping {
    /// Escapes `&`, `<`, `>`, `"` and `'`, which makes text safe in element content and in
    /// quoted attribute values, HTML's and XML's (the feed's); the control characters neither
    /// allows (a Git author's BEL, Word's vertical tab in a title) become « � », the vertical tab
    /// and form feed a space.
    public static func escape(_ text: String) -> String {
        var out = ""
        append(text, to: &out)
        return out
    }

    /// Appends `text` escaped to `out`, copying unescaped runs in one go.
    public static func append(_ text: String, to out: inout String) {
        // Scanned as contiguous bytes: through `String.UTF8View`'s generic iteration the scan
        // alone cost about 5 % of a build (bench/PROFILE.md).
        var bytes = text
        bytes.withUTF8 { bytes in
            /// The string index of byte `offset`: O(1) on native strings.
            func index(_ offset: Int) -> String.Index { text.utf8.index(text.utf8.startIndex, offsetBy: offset) }
            var runStart = 0
            for i in bytes.indices where isSpecial(bytes[i]) {
                if runStart < i { out += text[index(runStart)..<index(i)] }
                switch bytes[i] {
                case UInt8(ascii: "&"): out += "&amp;"
                case UInt8(ascii: "<"): out += "&lt;"
                case UInt8(ascii: ">"): out += "&gt;"
                case UInt8(ascii: "\""): out += "&quot;"
                case UInt8(ascii: "'"): out += "&#39;"
                case 0x0B, 0x0C: out += " "
                default: out += "\u{FFFD}"
                }
                runStart = i + 1
            }
            if runStart == 0 {
                out += text
            } else if runStart < bytes.count {
                out += text[index(runStart)...]
            }
        }
    }

    /// Whether `byte` is one of the escaped characters: `"`, `&`, `'`, `<` or `>`, or a control
    /// character but tab, line feed and carriage return.
    @inline(__always)
    static func isSpecial(_ byte: UInt8) -> Bool {
        let controls: UInt64 = 0xFFFF_FFFF & ~(1 << 0x09 | 1 << 0x0A | 1 << 0x0D)
        let specials: UInt64 = controls | 1 << 0x22 | 1 << 0x26 | 1 << 0x27 | 1 << 0x3C | 1 << 0x3E
        return byte < 64 ? specials >> byte & 1 != 0 : byte == 0x7F
    }
}
