/// Formats diagnostics the way compilers do: `path:line:col: error: message [id]`.
public struct TextFormatter: Sendable {
    /// Whether to colour severities with ANSI escapes (only on a terminal).
    public var colored: Bool

    public init(colored: Bool = false) { self.colored = colored }

    /// One line per diagnostic and note, then a summary line when there is anything to report.
    public func format(_ report: DiagnosticReport) -> String {
        var out = ""
        for d in report.diagnostics {
            if let location = d.location { out += "\(location): " }
            out += "\(paint(d.severity)): \(d.message) [\(d.id)]\n"
            for note in d.notes {
                if let location = d.location { out += "\(location): " }
                out += "\(paint(.note)): \(note)\n"
            }
        }
        if !report.diagnostics.isEmpty {
            out += "\(plural(report.errorCount, "error")), \(plural(report.warningCount, "warning"))\n"
        }
        return out
    }

    private func paint(_ severity: Severity) -> String {
        guard colored else { return severity.rawValue }
        let code = switch severity {
        case .error: "1;31"
        case .warning: "1;33"
        case .note: "1;36"
        }
        return "\u{1B}[\(code)m\(severity.rawValue)\u{1B}[0m"
    }

    private func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
}
