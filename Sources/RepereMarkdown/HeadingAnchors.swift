import RepereContent

/// Gives every heading of a page a unique, stable anchor.
///
/// The anchor is the heading's ``Slug``; a repeated slug gets `-1`, `-2`… in document order,
/// and an empty one (a heading with no Latin letters or digits) becomes `section`.
/// Also used for other lists of anchors in one page (glossary terms).
public struct HeadingAnchors {
    private var used: Set<String> = []

    public init() {}

    public mutating func anchor(for text: String) -> String {
        let base = Slug.make(from: text).isEmpty ? "section" : Slug.make(from: text)
        var candidate = base
        var n = 0
        while used.contains(candidate) {
            n += 1
            candidate = "\(base)-\(n)"
        }
        used.insert(candidate)
        return candidate
    }
}
