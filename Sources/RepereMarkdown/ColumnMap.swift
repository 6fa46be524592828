/// Where the columns of a line that a rewrite changed inside (a wiki link made a Markdown link, a
/// Liquid tag replaced) were written, so that a diagnostic on what follows points at the text as
/// written. The line's unchanged start and end map exactly; the part between is aligned on the
/// characters both versions keep (their longest common subsequence, or a close one for a long
/// change), a character a rewrite added mapping to the next one written.
package struct ColumnMap: Sendable, Equatable {
    /// For each column of the rewritten line (index 0 for column 1), its column as written.
    private var written: [Int]

    /// The column as written of column `column` of the rewritten line; past its end, counted on
    /// from its last character.
    package func column(_ column: Int) -> Int {
        guard column >= 1 else { return 1 }
        guard let last = written.last else { return column }
        return column <= written.count ? written[column - 1] : last + column - written.count
    }

    /// The map of `rewritten`, a rewrite of `written`; `nil` when every column moved by the same
    /// count (what a line's shift says: `> ` added before it, an indent taken off).
    package init?(rewritten: Substring, written: Substring) {
        guard !rewritten.isEmpty else { return nil }  // a line left out (a container's closing `:::`)
        let new = Array(rewritten.unicodeScalars), old = Array(written.unicodeScalars)
        // The structure before the text, `> ` or an indent, is counted apart: a callout's line
        // that also holds a wiki link keeps its text aligned.
        let newStart = new.prefix { $0 == ">" || $0 == " " || $0 == "\t" }.count
        let oldStart = old.prefix { $0 == ">" || $0 == " " || $0 == "\t" }.count
        let shift = newStart - oldStart
        var prefix = 0
        while newStart + prefix < new.count, oldStart + prefix < old.count, new[newStart + prefix] == old[oldStart + prefix] { prefix += 1 }
        var suffix = 0
        while suffix < new.count - newStart - prefix, suffix < old.count - oldStart - prefix, new[new.count - 1 - suffix] == old[old.count - 1 - suffix] {
            suffix += 1
        }
        if newStart + prefix + suffix == new.count, oldStart + prefix + suffix == old.count { return nil }  // moved as a whole
        var columns = (0..<new.count).map { max(1, $0 + 1 - shift) }
        let newMiddle = newStart + prefix..<new.count - suffix, oldMiddle = oldStart + prefix..<old.count - suffix
        for (offset, index) in newMiddle.enumerated() { columns[index] = oldMiddle.lowerBound + 1 + min(offset, max(0, oldMiddle.count - 1)) }
        for index in new.count - suffix..<new.count { columns[index] = index + 1 - (new.count - old.count) }
        if !newMiddle.isEmpty, !oldMiddle.isEmpty {
            let (a, b) = (Array(new[newMiddle]), Array(old[oldMiddle]))
            let aligned = a.count * b.count <= Self.alignmentLimit ? Self.aligned(a, b) : Self.alignedNearby(a, b)
            for (offset, index) in newMiddle.enumerated() { columns[index] = oldMiddle.lowerBound + 1 + aligned[offset] }
        }
        self.written = columns
    }

    /// The largest middle aligned exactly (the product of its two lengths): a line of a few links
    /// costs a few thousand steps; a longer one is aligned on nearby characters (``alignedNearby(_:_:)``).
    static let alignmentLimit = 40_000

    /// How far ahead ``alignedNearby(_:_:)`` looks to find the two lines alike again: a rewrite
    /// adds or changes some dozens of characters at a time (`(<wiki-ref:…>)`, `%20`).
    static let lookAhead = 64

    /// As ``aligned(_:_:)``, in one pass: alike characters map to each other; where they differ,
    /// the nearest place where three characters are alike again in both (the fewest skipped in
    /// the two) is where they go on, what `new` skipped mapping to `old`'s next character.
    private static func alignedNearby(_ new: [Unicode.Scalar], _ old: [Unicode.Scalar]) -> [Int] {
        var result = [Int](repeating: old.count - 1, count: new.count)
        var (i, j) = (0, 0)
        func alike(_ a: Int, _ b: Int) -> Bool {
            let length = min(3, new.count - a, old.count - b)
            guard length > 0 else { return a >= new.count && b >= old.count }
            for k in 0..<length where new[a + k] != old[b + k] { return false }
            return true
        }
        while i < new.count, j < old.count {
            if new[i] == old[j] {
                result[i] = j
                (i, j) = (i + 1, j + 1)
                continue
            }
            var resync: (Int, Int)?
            search: for total in 1...(2 * lookAhead) {
                for skippedNew in stride(from: min(total, lookAhead), through: max(0, total - lookAhead), by: -1)
                where alike(i + skippedNew, j + total - skippedNew) {
                    resync = (skippedNew, total - skippedNew)
                    break search
                }
            }
            let (skippedNew, skippedOld) = resync ?? (1, 1)
            for k in i..<min(new.count, i + skippedNew) { result[k] = min(j + skippedOld, old.count - 1) }
            (i, j) = (i + skippedNew, j + skippedOld)
        }
        return result
    }

    /// For each character of `new`, the index in `old` of the character it is (their longest
    /// common subsequence), or of the next one `old` keeps when it was added.
    private static func aligned(_ new: [Unicode.Scalar], _ old: [Unicode.Scalar]) -> [Int] {
        let width = old.count + 1
        // lengths[i * width + j]: the longest common subsequence of new[i...] and old[j...].
        var lengths = [Int32](repeating: 0, count: (new.count + 1) * width)
        for i in stride(from: new.count - 1, through: 0, by: -1) {
            for j in stride(from: old.count - 1, through: 0, by: -1) {
                lengths[i * width + j] = new[i] == old[j]
                    ? lengths[(i + 1) * width + j + 1] + 1 : max(lengths[(i + 1) * width + j], lengths[i * width + j + 1])
            }
        }
        var result = [Int](repeating: 0, count: new.count)
        var (i, j) = (0, 0)
        while i < new.count {
            if j < old.count, new[i] == old[j], lengths[i * width + j] == lengths[(i + 1) * width + j + 1] + 1 {
                result[i] = j
                (i, j) = (i + 1, j + 1)
            } else if j < old.count, lengths[i * width + j + 1] >= lengths[(i + 1) * width + j] {
                j += 1  // written, taken out
            } else {
                result[i] = min(j, old.count - 1)  // added: where the next written character is
                i += 1
            }
        }
        return result
    }
}
