/// Character references in HTML text decoded: numeric ones (`&#x20;`, `&#233;`) and the named
/// ones of HTML 4.01 (`&amp;`, `&nbsp;`, `&mdash;`, `&eacute;`…, ``html4``) with `&apos;`; any
/// other `&` is kept as written.
package enum HTMLEntities {

    package static func decoded(_ text: Substring) -> String {
        guard text.contains("&") else { return String(text) }
        var out = ""
        var rest = text
        while let ampersand = rest.firstIndex(of: "&") {
            out += rest[..<ampersand]
            let after = rest[rest.index(after: ampersand)...]
            if let semicolon = after.prefix(10).firstIndex(of: ";"), let character = character(for: after[..<semicolon]) {
                out.append(character)
                rest = after[after.index(after: semicolon)...]
            } else {
                out += "&"
                rest = after
            }
        }
        return out + rest
    }

    /// The character `name` (what stands between `&` and `;`) refers to.
    private static func character(for name: Substring) -> Character? {
        guard name.first == "#" else { return name == "apos" ? "'" : html4[name] }
        var digits = name.dropFirst()
        let hexadecimal = digits.first == "x" || digits.first == "X"
        if hexadecimal { digits = digits.dropFirst() }
        // Digits only: `UInt32` would take a sign (`&#+60;`), which browsers do not.
        guard digits.allSatisfy({ hexadecimal ? $0.isHexDigit : $0.isASCII && $0.isNumber }) else { return nil }
        let value = UInt32(digits, radix: hexadecimal ? 16 : 10)
        guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return nil }
        return Character(scalar)
    }
}
