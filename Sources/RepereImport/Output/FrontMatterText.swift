/// Front-matter written line by line, in a fixed key order, every text double-quoted so no
/// title (« Phase 1 : le séjour », `# Astuce`) can break the YAML.
struct FrontMatterText {
    private var lines = ["---"]

    /// `key: "text"`; nothing when `text` is `nil` or empty. Line breaks become spaces.
    mutating func text(_ key: String, _ text: String?) {
        guard let text, !text.isEmpty else { return }
        lines.append("\(key): \(Self.quoted(text))")
    }

    /// `key: value` for values that need no quotes (numbers, dates, `draft`).
    mutating func plain(_ key: String, _ value: String?) {
        guard let value else { return }
        lines.append("\(key): \(value)")
    }

    /// `key: ["a", "b"]`; nothing when empty. `bare` writes ids without quotes (`[young, referent]`).
    mutating func list(_ key: String, _ values: [String], bare: Bool = false) {
        guard !values.isEmpty else { return }
        lines.append("\(key): [" + values.map { bare ? $0 : Self.quoted($0) }.joined(separator: ", ") + "]")
    }

    /// The front-matter, `---` included, and a line break.
    var result: String { (lines + ["---"]).joined(separator: "\n") + "\n" }

    /// A YAML double-quoted scalar on one line.
    static func quoted(_ text: String) -> String {
        var out = "\""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r", "\t", "\u{2028}", "\u{2029}":
                pendingSpace = true
                continue
            default: break
            }
            if pendingSpace {
                if !out.hasSuffix(" ") && out != "\"" { out += " " }
                pendingSpace = false
            }
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: break
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
