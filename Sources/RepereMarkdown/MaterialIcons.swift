import RepereSupport

/// MkDocs Material's icon shortcodes (`:material-information:`, `:fontawesome-solid-comments:`,
/// `:octicons-arrow-right-24:`, `:simple-qgis:`) are taken out of the text: the icons are SVG
/// files of a third party, which a Repère site does not load, and MkDocs gives them no text for
/// screen readers either. An attribute list right after one (`{ .lg .middle }`) goes with it.
/// Emoji shortcodes (`:wink:`) are ``EmojiShortcodes``.
enum MaterialIcons {
    private static let sets = ["material-", "fontawesome-", "octicons-", "simple-"]
    private static let markers = sets.map { ":" + $0 }

    /// `text` without its icon shortcodes; `nil` when it has none.
    static func removing(from text: String) -> String? {
        guard text.containsByte(UInt8(ascii: ":")), markers.contains(where: text.containsBytes) else { return nil }
        let scalars = Array(text.unicodeScalars)
        var kept = String.UnicodeScalarView()  // built in one pass: a line of thousands of icons stays linear
        var i = 0
        var removed = false
        while i < scalars.count {
            guard scalars[i] == ":", let end = shortcodeEnd(in: scalars, at: i) else {
                kept.append(scalars[i])
                i += 1
                continue
            }
            i = AttributeLists.list(in: scalars, at: end)?.end ?? end
            removed = true
        }
        return removed ? String(kept) : nil
    }

    /// Where the icon shortcode starting at `start` (its first `:`) ends, after its last `:`.
    private static func shortcodeEnd(in scalars: [Unicode.Scalar], at start: Int) -> Int? {
        var end = start + 1
        while end < scalars.count, ("a"..."z").contains(scalars[end]) || ("0"..."9").contains(scalars[end]) || scalars[end] == "-" {
            end += 1
        }
        guard end < scalars.count, scalars[end] == ":", end > start + 1 else { return nil }
        let name = String(String.UnicodeScalarView(scalars[(start + 1)..<end]))
        guard let set = sets.first(where: { name.hasPrefix($0) }), name.count > set.count, !name.hasSuffix("-") else { return nil }
        return end + 1
    }
}
