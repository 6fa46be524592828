import RepereDiagnostics
import RepereSupport

/// A WebVTT caption file (`.vtt`), read as far as Repère needs it: the `WEBVTT` header, then cues
/// of a timing line (`00:12:34.000 --> 00:12:38.500`, hours optional) and text. `NOTE`, `STYLE` and
/// `REGION` blocks are skipped. Problems are `video.invalid-webvtt` and `video.cues-out-of-order`
/// at the file's line and column.
public struct WebVTT: Hashable, Sendable {
    public struct Cue: Hashable, Sendable {
        /// Start and end, in milliseconds.
        public var start: Int
        public var end: Int
        /// The cue's text without its tags (`<v Intervenante>`, `<i>`), lines joined by spaces.
        public var text: String
        /// The line of the timing line.
        public var line: Int
    }

    public var cues: [Cue]

    /// Parses `text`, the file `file` as named in diagnostics.
    public static func parse(_ text: String, file: String) -> (WebVTT, [Diagnostic]) {
        // `\r\n` is one `Character`: split on every kind of line end.
        var lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }.map(String.init)
        var problems: [Diagnostic] = []
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = String(first.dropFirst()) }
        let header = lines.first ?? ""
        guard header == "WEBVTT" || header.hasPrefix("WEBVTT ") || header.hasPrefix("WEBVTT\t") else {
            problems.append(Diagnostic(.videoInvalidWebVTT, "the caption file does not start with 'WEBVTT'",
                at: SourceLocation(file: file, line: 1, column: 1), notes: ["write 'WEBVTT' alone on the first line"]))
            return (WebVTT(cues: []), problems)
        }
        var cues: [Cue] = []
        var i = 1
        // Skip the rest of the header block.
        while i < lines.count, !lines[i].isBlank { i += 1 }
        while i < lines.count {
            while i < lines.count, lines[i].isBlank { i += 1 }
            guard i < lines.count else { break }
            let blockStart = i
            var block: [String] = []
            while i < lines.count, !lines[i].isBlank { block.append(lines[i]); i += 1 }
            let first = block[0]
            if first == "NOTE" || first.hasPrefix("NOTE ") || first.hasPrefix("NOTE\t") || first == "STYLE" || first == "REGION" {
                continue
            }
            // The timing line is the first line, or the second after a cue identifier.
            // A line that starts like a time (`00:01.000 -> …`) is read as a timing line, so its
            // mistake is reported where it is.
            func looksLikeTiming(_ line: String) -> Bool {
                line.contains("-->") || (line.first.map { $0.isASCII && $0.isNumber } == true && line.prefix(6).contains(":"))
            }
            let timingOffset = first.contains("-->") ? 0
                : block.count > 1 && block[1].contains("-->") ? 1
                : looksLikeTiming(first) ? 0 : block.count > 1 && looksLikeTiming(block[1]) ? 1 : nil
            guard let timingOffset else {
                problems.append(Diagnostic(.videoInvalidWebVTT, "a cue has no timing line ('00:01.000 --> 00:04.000')",
                    at: SourceLocation(file: file, line: blockStart + 1 + (block.count > 1 ? 1 : 0), column: 1),
                    notes: ["separate cues by one blank line; each starts with its timing line"]))
                continue
            }
            let lineNumber = blockStart + 1 + timingOffset
            switch timing(block[timingOffset]) {
            case .failure(let column, let message):
                problems.append(Diagnostic(.videoInvalidWebVTT, message, at: SourceLocation(file: file, line: lineNumber, column: column),
                    notes: ["write the timing as '00:12:34.000 --> 00:12:38.500' (hours optional, three decimals)"]))
            case .success(let start, let end):
                if end <= start {
                    problems.append(Diagnostic(.videoInvalidWebVTT, "the cue ends (\(clock(end))) before it starts (\(clock(start)))",
                        at: SourceLocation(file: file, line: lineNumber, column: 1)))
                    continue
                }
                if let previous = cues.last, start < previous.start {
                    problems.append(Diagnostic(.videoCuesOutOfOrder,
                        "the cue at \(clock(start)) comes after the cue at \(clock(previous.start)) (line \(previous.line))",
                        at: SourceLocation(file: file, line: lineNumber, column: 1), notes: ["order the cues by start time"]))
                }
                let text = block[(timingOffset + 1)...].map(withoutTags).joined(separator: " ")
                cues.append(Cue(start: start, end: end, text: text, line: lineNumber))
            }
        }
        return (WebVTT(cues: cues), problems)
    }

    enum Timing { case success(Int, Int), failure(column: Int, String) }

    /// `00:01.000 --> 00:04.000 line:90%`: start and end in milliseconds, or the column of the problem.
    static func timing(_ line: String) -> Timing {
        let scalars = Array(line.unicodeScalars)
        var i = 0
        func skipSpaces() { while i < scalars.count, scalars[i] == " " || scalars[i] == "\t" { i += 1 } }
        func timestamp() -> Int? {
            var fields: [Int] = []
            var digits = 0
            var value = 0
            var fraction: Int?
            while i < scalars.count {
                let c = scalars[i]
                if c.isASCII, let d = Int(String(c)) {
                    value = value * 10 + d
                    digits += 1
                } else if c == ":" && fraction == nil {
                    guard digits >= 2 else { return nil }
                    fields.append(value)
                    value = 0
                    digits = 0
                } else if c == "." && fraction == nil {
                    guard digits == 2 else { return nil }
                    fields.append(value)
                    fraction = 0
                    value = 0
                    digits = 0
                } else {
                    break
                }
                i += 1
            }
            guard fraction != nil, digits == 3, fields.count == 2 || fields.count == 3 else { return nil }
            let seconds = fields[fields.count - 1], minutes = fields[fields.count - 2]
            let hours = fields.count == 3 ? fields[0] : 0
            guard seconds < 60, minutes < 60 else { return nil }
            return ((hours * 60 + minutes) * 60 + seconds) * 1000 + value
        }
        skipSpaces()
        let startColumn = i + 1
        guard let start = timestamp() else { return .failure(column: startColumn, "'\(line)' is not a cue timing: bad start time") }
        skipSpaces()
        guard i + 2 < scalars.count, scalars[i] == "-", scalars[i + 1] == "-", scalars[i + 2] == ">" else {
            return .failure(column: i + 1, "'\(line)' is not a cue timing: expected '-->' after the start time")
        }
        i += 3
        skipSpaces()
        let endColumn = i + 1
        guard let end = timestamp() else { return .failure(column: endColumn, "'\(line)' is not a cue timing: bad end time") }
        guard i == scalars.count || scalars[i] == " " || scalars[i] == "\t" else {
            return .failure(column: i + 1, "'\(line)' is not a cue timing: unexpected text after the end time")
        }
        return .success(start, end)
    }

    /// `12:34` or `1:02:03` for a time in milliseconds (seconds rounded down).
    public static func clock(_ milliseconds: Int) -> String { TimeCode.written(seconds: milliseconds / 1000) }

    /// A cue line without its tags (`<v Marie>Bonjour</v>` → `Bonjour`) and with its entities read.
    static func withoutTags(_ line: String) -> String {
        var out = ""
        var inTag = false
        for c in line {
            if c == "<" { inTag = true } else if c == ">" && inTag { inTag = false } else if !inTag { out.append(c) }
        }
        return out.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&nbsp;", with: "\u{A0}").replacingOccurrences(of: "&amp;", with: "&")
            .trimmingWhitespace
    }
}

/// Time codes as writers type them at the start of a transcript paragraph: `12:34`, `1:02:03`.
public enum TimeCode {
    /// The seconds of a time code, or `nil`.
    public static func seconds(_ text: Substring) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let values = Optional(parts.compactMap { Int($0) }), values.count == parts.count,
            parts.dropFirst().allSatisfy({ $0.count == 2 }), values.dropFirst().allSatisfy({ $0 < 60 })
        else { return nil }
        return values.reduce(0) { $0 * 60 + $1 }
    }

    /// `12:34`, `1:02:03`.
    public static func written(seconds: Int) -> String {
        let h = seconds / 3600, m = seconds / 60 % 60, s = seconds % 60
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return h > 0 ? "\(h):\(two(m)):\(two(s))" : "\(two(m)):\(two(s))"
    }

    /// « 12 minutes 34 secondes », for screen readers and the duration.
    public static func spoken(seconds: Int) -> String {
        let h = seconds / 3600, m = seconds / 60 % 60, s = seconds % 60
        var parts: [String] = []
        if h > 0 { parts.append(h == 1 ? "1 heure" : "\(h) heures") }
        if m > 0 { parts.append(m == 1 ? "1 minute" : "\(m) minutes") }
        if s > 0 || parts.isEmpty { parts.append(s <= 1 ? "\(s) seconde" : "\(s) secondes") }
        return parts.joined(separator: " ")
    }
}

extension String {
    fileprivate var isBlank: Bool { allSatisfy { $0 == " " || $0 == "\t" } }
}
