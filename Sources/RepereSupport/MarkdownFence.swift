/// Code fences as CommonMark reads them, for the passes that look at Markdown line by line
/// before it is parsed (containers of other tools, MDX, a page's first heading).
public enum MarkdownFence {
    /// The fence `line` (its indentation already taken off) opens: its run of three or more
    /// backticks or tildes; `nil` when it opens none. A backtick fence's info string holds no
    /// backtick: `` ```sudo apt update``` `` is inline code, no fence.
    public static func opening(_ line: Substring) -> Substring? {
        guard let first = line.first, first == "`" || first == "~" else { return nil }
        let run = line.prefix { $0 == first }
        guard run.count >= 3, first == "~" || !line.dropFirst(run.count).contains("`") else { return nil }
        return run
    }
}
