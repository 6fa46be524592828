/// Keys written twice in one YAML mapping, which YAML forbids and PyYAML and Jekyll read as the
/// last one (`osgeo:` twice under `social:` in a MkDocs page).
enum DuplicateKeys {
    /// `yaml` with the earlier entries of each key written twice in one block mapping taken out
    /// (their lines left blank, so line numbers stay), and those keys, each once, in order; `nil`
    /// when no key is. An entry is its key's line and the lines indented under it; list items
    /// (`- a: 1`) and flow mappings are not read.
    static func lastWins(_ yaml: String) -> (yaml: String, keys: [String])? {
        var lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Each entry: its key, its indent, the line of the mapping it is in (-1: the top), its lines.
        var entries: [(key: String, indent: Int, parent: Int, range: Range<Int>)] = []
        var open: [Int] = []  // entries whose lines may go on, outermost first
        for (i, line) in lines.enumerated() {
            let indent = line.prefix { $0 == " " }.count
            let text = line.dropFirst(indent)
            guard let first = text.first, first != "#", line != "---", line != "..." else { continue }
            // A line at or left of an open entry's indent ends it.
            while let last = open.last, entries[last].indent >= indent {
                entries[last].range = entries[last].range.lowerBound..<i
                open.removeLast()
            }
            guard first != "-", first != "\t", let colon = text.firstIndex(of: ":"),
                text.index(after: colon) == text.endIndex || text[text.index(after: colon)] == " "
            else { continue }
            let key = String(text[..<colon]).trimmingCharacters(in: [" ", "\"", "'"])
            entries.append((key, indent, open.last.map { entries[$0].range.lowerBound } ?? -1, i..<lines.count))
            open.append(entries.count - 1)
        }
        var seen: Set<String> = []
        var twice: [String] = []
        for entry in entries.reversed() where !seen.insert("\(entry.parent)\u{0}\(entry.key)").inserted {
            for i in entry.range { lines[i] = "" }
            if !twice.contains(entry.key) { twice.append(entry.key) }
        }
        guard !twice.isEmpty else { return nil }
        return (lines.joined(separator: "\n"), twice.sorted())
    }
}
