import RepereDiagnostics

/// Decodes a file's bytes as UTF-8 text, or explains where it is not.
///
/// A lone `\r` (old Mac line ends) becomes `\n`: CommonMark and YAML end a line there, and
/// every position Repère reports counts `\n`, so a file saved with `\r` alone keeps its
/// front-matter and its lines. The byte count is the same, so no column moves.
enum SourceText {
    static func decode(_ bytes: [UInt8], file: String) -> Result<String, DiagnosticFailure> {
        let bytes = endingLinesWithNewlines(bytes)
        if let text = String(validating: bytes, as: UTF8.self) {
            return .success(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        }
        let lossy = String(decoding: bytes, as: UTF8.self)
        var line = 1
        var column = 1
        for scalar in lossy.unicodeScalars {
            if scalar == "\u{FFFD}" { break }
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return .failure(
            DiagnosticFailure(
                Diagnostic(.fileInvalidUTF8, "file is not valid UTF-8 text",
                    at: SourceLocation(file: file, line: line, column: column),
                    notes: ["save the file with the UTF-8 encoding"])))
    }

    /// `bytes` with each `\r` not followed by `\n` replaced by `\n`.
    static func endingLinesWithNewlines(_ bytes: [UInt8]) -> [UInt8] {
        let carriageReturn = UInt8(ascii: "\r"), newline = UInt8(ascii: "\n")
        var result = bytes
        var index = result.firstIndex(of: carriageReturn)
        while let found = index {
            let next = found + 1
            if next == result.count || result[next] != newline { result[found] = newline }
            index = result[next...].firstIndex(of: carriageReturn)
        }
        return result
    }
}
