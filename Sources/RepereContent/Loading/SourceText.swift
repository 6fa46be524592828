import RepereDiagnostics
import RepereSupport

/// Decodes a file's bytes as UTF-8 text, or explains where it is not.
///
/// Its lines end with `\n` alone (``LineEnds``): a file saved on Windows (`\r\n`) or an old
/// Mac (`\r`) keeps its front-matter, its lines and its positions.
enum SourceText {
    static func decode(_ bytes: [UInt8], file: String) -> Result<String, DiagnosticFailure> {
        let bytes = LineEnds.normalized(bytes)
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
}
