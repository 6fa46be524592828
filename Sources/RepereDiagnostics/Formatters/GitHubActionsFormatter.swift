/// Formats diagnostics as GitHub Actions workflow commands (`::error file=…,line=…::message`).
public struct GitHubActionsFormatter: Sendable {
    /// The project's folder in the repository (`website/`), before each file's path: GitHub
    /// reads an annotation's file from the repository's top.
    public var projectPath: String

    public init(projectPath: String = "") {
        self.projectPath = projectPath.isEmpty || projectPath.hasSuffix("/") ? projectPath : projectPath + "/"
    }

    public func format(_ report: DiagnosticReport) -> String {
        var out = ""
        for d in report.diagnostics {
            let command = d.severity == .error ? "error" : d.severity == .warning ? "warning" : "notice"
            var properties: [String] = []
            if let l = d.location {
                properties += ["file=\(escapeProperty(projectPath + l.file))", "line=\(l.line)", "col=\(l.column)"]
            }
            properties.append("title=\(escapeProperty(d.id.rawValue))")
            let message = ([d.message] + d.notes).joined(separator: "\n")
            out += "::\(command) \(properties.joined(separator: ","))::\(escapeData(message))\n"
        }
        return out
    }

    private func escapeData(_ s: String) -> String {
        s.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    private func escapeProperty(_ s: String) -> String {
        escapeData(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
