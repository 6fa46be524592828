import RepereDiagnostics

/// One document of a `mongoexport` file and the line it starts on.
package struct ExportRecord: Sendable {
    package var value: JSONValue
    package var line: Int
}

/// Reads a `mongoexport` file in either of its layouts: one document per line (the default,
/// also documents pretty-printed one after the other) or a JSON array (`--jsonArray`).
///
/// A syntax error in JSON lines costs only its line: reading resumes on the next one, so one
/// run lists every bad line. In an array, reading stops at the first error.
package enum ExportReader {
    /// The records of `bytes`, read from the file shown as `file` in diagnostics.
    package static func read(_ bytes: [UInt8], file: String) -> (records: [ExportRecord], diagnostics: [Diagnostic]) {
        guard String(validating: bytes, as: UTF8.self) != nil else {
            return ([], [Diagnostic(.importInvalidJSON, "the export is not UTF-8 text", at: SourceLocation(file: file),
                notes: ["export it again with mongoexport, which writes UTF-8"])])
        }
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        var parser = JSONParser(bytes: bytes, offset: bytes.starts(with: bom) ? 3 : 0)
        parser.skipWhitespace()
        if parser.isAtEnd {
            return ([], [Diagnostic(.importInvalidJSON, "the export is empty", at: SourceLocation(file: file),
                notes: ["export the collection with: mongoexport --collection=knowledgebases --out=knowledgebases.json"])])
        }
        var records: [ExportRecord] = []
        var diagnostics: [Diagnostic] = []
        func problem(_ error: JSONSyntaxError) {
            diagnostics.append(Diagnostic(.importInvalidJSON, "not JSON: \(error.message)",
                at: SourceLocation(file: file, line: error.line, column: error.column)))
        }
        if parser.current == UInt8(ascii: "[") {
            do throws(JSONSyntaxError) {
                try parser.expect("[", "'['")
                parser.skipWhitespace()
                if parser.current == UInt8(ascii: "]") {
                    try parser.expect("]", "']'")
                } else {
                    while true {
                        parser.skipWhitespace()
                        let line = parser.line
                        records.append(ExportRecord(value: try parser.parseValue(), line: line))
                        parser.skipWhitespace()
                        if parser.current == UInt8(ascii: ",") {
                            try parser.expect(",", "','")
                            continue
                        }
                        try parser.expect("]", "',' or ']' after a document")
                        break
                    }
                }
                parser.skipWhitespace()
                if !parser.isAtEnd { throw parser.error("expected the end of the file after the array") }
            } catch {
                problem(error)
            }
            return (records, diagnostics)
        }
        while !parser.isAtEnd {
            let line = parser.line
            do throws(JSONSyntaxError) {
                records.append(ExportRecord(value: try parser.parseValue(), line: line))
                parser.skipWhitespace()
            } catch {
                problem(error)
                // A document cut short ends where the next one starts; else its line is lost.
                if !(parser.line > line && parser.isAtDocumentStart) { parser.skipToNextLine() }
            }
        }
        return (records, diagnostics)
    }
}
