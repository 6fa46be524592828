/// Where each line of a page's body comes from once its snippets are included (`--8<--`): a line
/// of its own file, or a snippet's text included at one of them.
///
/// Lines after a snippet keep the number they have in the file; a snippet's lines are all shown
/// at the line that includes them (MkDocs' own diagnostics say nothing of where either is).
public struct IncludedLines: Hashable, Sendable {
    /// For each line of the body (index 0 for line 1), its line in the file's body, negated when
    /// it is a snippet's.
    private var origins: [Int32]

    /// `origins[i]` is the body line line `i + 1` comes from, and whether it is a snippet's.
    init(_ origins: [(line: Int, included: Bool)]) {
        self.origins = origins.map { Int32(clamping: $0.included ? -$0.line : $0.line) }
    }

    /// The line of the file's body that `line` of the body with its snippets comes from, and
    /// whether it is a snippet's (lines past the end are the last line's).
    public func origin(of line: Int) -> (line: Int, included: Bool) {
        guard !origins.isEmpty else { return (line, false) }
        let origin = Int(origins[min(max(line, 1), origins.count) - 1])
        return (abs(origin), origin < 0)
    }
}
