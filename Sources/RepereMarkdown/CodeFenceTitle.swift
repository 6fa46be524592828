/// The title a code fence's info string gives its block: Docusaurus', MkDocs Material's and
/// Zola's `title="app.js"`, VitePress' label `[npm]` (a code group's tab). The block shows it
/// above itself, as GitBook's `{% code title %}` is shown.
struct CodeFenceTitle: Equatable {
    var title: String
    /// Written as VitePress' `[label]`: in a code group, the tab's title.
    var isLabel: Bool
    /// The info string without the title (`js title="a.js" showLineNumbers` → `js showLineNumbers`).
    var info: String

    /// The title in `info` (what follows the fence's run), if any.
    init?(info: Substring) {
        if let key = info.range(of: "title="), key.lowerBound == info.startIndex || " {".contains(info[info.index(before: key.lowerBound)]),
            let quote = info[key.upperBound...].first, quote == "\"" || quote == "'",
            let close = info[info.index(after: key.upperBound)...].firstIndex(of: quote)
        {
            title = String(info[info.index(after: key.upperBound)..<close]).trimmingWhitespace
            isLabel = false
            self.info = (info[..<key.lowerBound] + info[info.index(after: close)...]).split(separator: " ").joined(separator: " ")
        } else if let open = info.firstIndex(of: "["), open == info.startIndex || info[info.index(before: open)] == " ",
            let close = info[open...].firstIndex(of: "]"), info[info.index(after: close)...].allSatisfy(\.isWhitespace)
        {
            title = String(info[info.index(after: open)..<close]).trimmingWhitespace
            isLabel = true
            self.info = String(info[..<open]).trimmingWhitespace
        } else {
            return nil
        }
        guard !title.isEmpty else { return nil }
    }
}
