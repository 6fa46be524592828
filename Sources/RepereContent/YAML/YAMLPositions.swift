/// Turns libyaml's line and column into the file's. libyaml also breaks lines at a lone `\r`,
/// NEL (U+0085), LS (U+2028) and PS (U+2029), where Repère's lines (the front-matter splitter's,
/// the file positions of diagnostics) count `\n` only: without this, a front-matter holding lone
/// carriage returns had its errors reported past the end of the file (found by fuzzing).
struct YAMLPositions {
    /// For each YAML line: its line in the text (1-based) and the columns before it on that
    /// line; nil when the text has no other line breaks than `\n` and `\r\n`.
    private let lines: [(line: Int, columnsBefore: Int)]?

    init(_ yaml: String) {
        guard Self.hasOtherBreaks(yaml) else {
            lines = nil
            return
        }
        let breaks: Set<Unicode.Scalar> = ["\r", "\u{85}", "\u{2028}", "\u{2029}"]
        var previous: Unicode.Scalar = " "
        var result = [(line: 1, columnsBefore: 0)]
        var line = 1
        var column = 0
        for scalar in yaml.unicodeScalars {
            column += 1
            if scalar == "\n" {
                line += 1
                column = 0
                // After `\r`, the YAML line is already counted: `\r\n` is one break.
                if previous == "\r" { result[result.count - 1] = (line, 0) } else { result.append((line, 0)) }
            } else if breaks.contains(scalar) {
                result.append((line, column))
            }
            previous = scalar
        }
        lines = result
    }

    /// Whether `yaml` breaks lines otherwise than with `\n` and `\r\n` (CR, NEL, LS and PS are
    /// rare: the usual text takes one pass over its bytes).
    private static func hasOtherBreaks(_ yaml: String) -> Bool {
        var previousCR = false
        for byte in yaml.utf8 {
            if previousCR && byte != 0x0A { return true }
            previousCR = byte == 0x0D
        }
        if previousCR { return true }
        // NEL is C2 85, LS and PS E2 80 A8 and E2 80 A9 in UTF-8.
        guard yaml.utf8.contains(0xC2) || yaml.utf8.contains(0xE2) else { return false }
        return yaml.unicodeScalars.contains { $0 == "\u{85}" || $0 == "\u{2028}" || $0 == "\u{2029}" }
    }

    /// The text's line and column for libyaml's (both 1-based).
    func position(line: Int, column: Int) -> (line: Int, column: Int) {
        guard let lines, line >= 1, line <= lines.count else { return (line, column) }
        let start = lines[line - 1]
        return (start.line, start.columnsBefore + column)
    }
}
