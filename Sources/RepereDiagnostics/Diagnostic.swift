/// One problem found in the project, with where it is and what to do about it.
///
/// Messages follow one style: lowercase, no final period, the offending value in quotes.
/// The library never prints diagnostics; stages return them and the command line formats them.
public struct Diagnostic: Hashable, Sendable, Codable {
    public var id: DiagnosticID
    public var severity: Severity
    public var message: String
    /// Where the problem is; `nil` only for problems of the whole project (such as an unreadable output folder).
    public var location: SourceLocation?
    /// Extra explanations or suggested fixes, shown after the message.
    public var notes: [String]

    /// A diagnostic with any ID and severity: only for the catalogue (``DiagnosticKind``) and for
    /// decoding. Stages use `Diagnostic(.linkBroken, …)`.
    init(
        _ id: DiagnosticID, _ severity: Severity, _ message: String,
        at location: SourceLocation? = nil, notes: [String] = []
    ) {
        self.id = id
        self.severity = severity
        self.message = Self.shortened(message)
        self.location = location
        self.notes = notes.map(Self.shortened)
    }

    /// The most characters of a message or note: one quoting a page's 2 MB title would flood a
    /// terminal or a CI log; what is cut is marked « … ».
    static let maximumLength = 1_000

    static func shortened(_ text: String) -> String {
        guard text.utf8.count > maximumLength, text.count > maximumLength else { return text }
        return String(text.prefix(maximumLength)) + "…"
    }
}

extension Diagnostic: Comparable {
    /// Diagnostics sort by file, line, column, then ID, so every output format is deterministic.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        let l = lhs.location ?? SourceLocation(file: "")
        let r = rhs.location ?? SourceLocation(file: "")
        if l != r { return l < r }
        if lhs.id != rhs.id { return lhs.id < rhs.id }
        return lhs.message < rhs.message
    }
}
