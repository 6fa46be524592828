import RepereContent

/// Gives every heading of a page a unique, stable anchor.
///
/// The anchor is the heading's ``Slug``; a repeated slug gets `-1`, `-2`… in document order,
/// and an empty one (a heading with no Latin letters or digits) becomes `section`.
/// Also used for other lists of anchors in one page (glossary terms).
public struct HeadingAnchors {
    private var used: Set<String> = []
    /// For each slug already met, the last suffix tried for it: the next repeat starts there
    /// (every smaller one is taken, and stays taken), so a page of n identical headings costs n
    /// lookups, not n²/2.
    private var lastSuffix: [String: Int] = [:]

    public init() {}

    /// `custom` (an anchor the author gave the heading, GitBook's `<a id="…">`) when it is free
    /// and made of letters, digits, `-` and `_` only; else the anchor of `text`.
    public mutating func anchor(for text: String, preferring custom: String) -> String {
        guard !custom.isEmpty, custom.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }), !used.contains(custom) else {
            return anchor(for: text)
        }
        used.insert(custom)
        return custom
    }

    public mutating func anchor(for text: String) -> String {
        let slug = Slug.make(from: text)
        let base = slug.isEmpty ? "section" : slug
        var candidate = base
        var n = lastSuffix[base] ?? 0
        if n > 0 { candidate = "\(base)-\(n)" }
        while used.contains(candidate) {
            n += 1
            candidate = "\(base)-\(n)"
        }
        lastSuffix[base] = n
        used.insert(candidate)
        return candidate
    }
}
