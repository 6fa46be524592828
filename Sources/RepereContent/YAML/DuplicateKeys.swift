/// YAML written with a top-level key twice, which PyYAML and Ruby's Psych (MkDocs, Jekyll) read
/// as the last one and Yams refuses.
enum DuplicateKeys {
    /// `yaml` with each top-level key's earlier entries taken out (their lines left blank, so line
    /// numbers stay), and the keys written twice; `nil` when no top-level key is.
    static func lastWins(_ yaml: String) -> (yaml: String, keys: [String])? {
        var lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Each top-level entry: its key and its lines, up to the next line at the margin.
        var entries: [(key: String, range: Range<Int>)] = []
        for (i, line) in lines.enumerated() {
            guard let first = line.first, first != " ", first != "\t", first != "#", first != "-", line != "---", line != "..." else { continue }
            if let last = entries.indices.last { entries[last].range = entries[last].range.lowerBound..<i }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = String(line[..<colon]).trimmingCharacters(in: [" ", "\"", "'"])
            entries.append((key, i..<lines.count))
        }
        let counts = Dictionary(entries.map { ($0.key, 1) }, uniquingKeysWith: +)
        let twice = counts.filter { $0.value > 1 }.map(\.key).sorted()
        guard !twice.isEmpty else { return nil }
        var seen: Set<String> = []
        for entry in entries.reversed() where !seen.insert(entry.key).inserted {
            for i in entry.range { lines[i] = "" }
        }
        return (lines.joined(separator: "\n"), twice)
    }
}
