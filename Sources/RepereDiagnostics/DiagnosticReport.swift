/// The diagnostics of one run, sorted and counted, with the policy that decides failure.
public struct DiagnosticReport: Sendable, Equatable {
    /// Every diagnostic, sorted by location then ID, duplicates removed.
    public let diagnostics: [Diagnostic]

    public init(_ diagnostics: some Sequence<Diagnostic>) {
        self.diagnostics = Array(Set(diagnostics)).sorted()
    }

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }

    /// Whether the run fails: on any error, or on any warning when `strict`.
    public func isFailure(strict: Bool) -> Bool {
        errorCount > 0 || (strict && warningCount > 0)
    }

    /// This report with every warning raised to an error (`--strict`).
    public func promotingWarnings() -> DiagnosticReport {
        DiagnosticReport(diagnostics.map { d in
            var d = d
            if d.severity == .warning { d.severity = .error }
            return d
        })
    }
}
