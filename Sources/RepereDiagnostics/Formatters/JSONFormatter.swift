import Foundation

/// Formats diagnostics as a stable JSON document for machines.
///
/// Schema (version 1): `{"version":1,"errors":N,"warnings":N,"diagnostics":[{"id","severity",
/// "message","file","line","column","notes"}]}`; `file`, `line` and `column` are absent for
/// project-wide problems. Keys are sorted so the output is byte-stable.
public struct JSONFormatter: Sendable {
    public init() {}

    private struct Document: Encodable {
        var version = 1
        var errors: Int
        var warnings: Int
        var diagnostics: [Entry]
    }

    private struct Entry: Encodable {
        var id: String
        var severity: String
        var message: String
        var file: String?
        var line: Int?
        var column: Int?
        var notes: [String]
    }

    public func format(_ report: DiagnosticReport) -> String {
        let document = Document(
            errors: report.errorCount, warnings: report.warningCount,
            diagnostics: report.diagnostics.map {
                Entry(
                    id: $0.id.rawValue, severity: $0.severity.rawValue, message: $0.message,
                    file: $0.location?.file, line: $0.location?.line, column: $0.location?.column,
                    notes: $0.notes)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
