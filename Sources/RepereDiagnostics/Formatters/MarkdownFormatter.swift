/// A short content-health summary in Markdown, for a merge-request comment.
///
/// A headline with the counts, a table of problems per ID, then every error and the first
/// warnings as a list with their locations.
public struct MarkdownFormatter: Sendable {
    /// How many warnings are listed one by one (all are counted).
    public var warningLimit: Int

    public init(warningLimit: Int = 20) { self.warningLimit = warningLimit }

    public func format(_ report: DiagnosticReport, pageCount: Int) -> String {
        let status = report.errorCount > 0 ? "❌" : report.warningCount > 0 ? "⚠️" : "✅"
        var out = "### \(status) Repère : \(pageCount) pages, \(report.errorCount) erreur\(report.errorCount == 1 ? "" : "s"), "
        out += "\(report.warningCount) avertissement\(report.warningCount == 1 ? "" : "s")\n"
        guard !report.diagnostics.isEmpty else { return out + "\nAucun problème détecté.\n" }
        var counts: [DiagnosticID: (Severity, Int)] = [:]
        for d in report.diagnostics { counts[d.id, default: (d.severity, 0)].1 += 1 }
        out += "\n| problème | gravité | nombre |\n|---|---|---:|\n"
        for (id, (severity, n)) in counts.sorted(by: { ($1.value.0, $0.key) < ($0.value.0, $1.key) }) {
            out += "| `\(id)` | \(severity == .error ? "erreur" : "avertissement") | \(n) |\n"
        }
        let errors = report.diagnostics.filter { $0.severity == .error }
        let warnings = report.diagnostics.filter { $0.severity == .warning }
        out += "\n"
        for d in errors + warnings.prefix(warningLimit) {
            let place = d.location.map { "`\($0)` " } ?? ""
            out += "- \(d.severity == .error ? "**erreur**" : "avertissement") \(place)\(escape(d.message))\n"
        }
        if warnings.count > warningLimit {
            out += "- … et \(warnings.count - warningLimit) autres avertissements (`repere check` pour la liste complète)\n"
        }
        return out
    }

    private func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "<", with: "&lt;")
    }
}
