/// One kind of problem Repère reports: its stable ID, its default severity and what a writer
/// needs to know about it. Every kind is declared once, in ``DiagnosticKind/all`` (the
/// catalogue, `DiagnosticCatalogue.swift`); call sites name the constant (`.linkBroken`), never
/// the ID's text, and the reference page `Documentation/Reference/diagnostics.md` is generated
/// from the catalogue (`repere diagnostics --markdown`).
public struct DiagnosticKind: Hashable, Sendable {
    public let id: DiagnosticID
    /// The severity it is reported with unless `checks:` in `repere.yml` says otherwise.
    public let severity: Severity
    /// One line: what the problem is.
    public let meaning: String
    /// What it looks like when reported.
    public let example: String
    /// What to do about it.
    public let fix: String
    /// Whether `checks:` in `repere.yml` may lower or silence it. Problems that make the site
    /// wrong or unsafe (a file that cannot be read, a path out of the site, two files at one
    /// URL) cannot be turned off.
    public let isAdjustable: Bool
    /// Whether text output shows it only with `--verbose` (information, not a problem).
    public let isVerboseOnly: Bool

    init(
        _ id: DiagnosticID, _ severity: Severity, _ meaning: String, example: String, fix: String, adjustable: Bool = true,
        verboseOnly: Bool = false
    ) {
        self.id = id
        self.severity = severity
        self.meaning = meaning
        self.example = example
        self.fix = fix
        self.isAdjustable = adjustable
        self.isVerboseOnly = verboseOnly
    }

    /// The kind with this ID, if the catalogue has one.
    public static func named(_ id: DiagnosticID) -> DiagnosticKind? { byID[id] }

    private static let byID = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })
}

extension Diagnostic {
    /// A diagnostic of `kind`, at its default severity.
    public init(_ kind: DiagnosticKind, _ message: String, at location: SourceLocation? = nil, notes: [String] = []) {
        self.init(kind.id, kind.severity, message, at: location, notes: notes)
    }
}
