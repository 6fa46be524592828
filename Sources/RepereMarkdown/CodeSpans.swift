/// Where a line's code spans are, for the rewrites that read a line's text before the parser
/// does (``SpacedLinkDestinations``, ``KramdownExtensions``): a run of backticks opens one, the next
/// run of as many closes it.
enum CodeSpans {
    /// For each character of `line`, whether it is inside a code span (its backticks included).
    static func mask(_ line: [Character]) -> [Bool] { mask(line, backtick: "`") }

    /// For each unit of `line` (characters or Unicode scalars), whether it is inside a code span.
    static func mask<Unit: Equatable>(_ line: [Unit], backtick: Unit) -> [Bool] {
        var inCode = [Bool](repeating: false, count: line.count)
        guard line.contains(backtick) else { return inCode }
        var runs: [(start: Int, length: Int)] = []
        var i = 0
        while i < line.count {
            guard line[i] == backtick else {
                i += 1
                continue
            }
            let start = i
            while i < line.count, line[i] == backtick { i += 1 }
            runs.append((start, i - start))
        }
        // The next run of each length, found in one pass from the end.
        var nextOfLength: [Int: Int] = [:]
        var next = [Int?](repeating: nil, count: runs.count)
        for r in runs.indices.reversed() {
            next[r] = nextOfLength[runs[r].length]
            nextOfLength[runs[r].length] = r
        }
        var r = 0
        while r < runs.count {
            guard let end = next[r] else {
                r += 1
                continue
            }
            for k in runs[r].start..<(runs[end].start + runs[end].length) { inCode[k] = true }
            r = end + 1
        }
        return inCode
    }
}
