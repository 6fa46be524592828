extension SlateConverter {
    /// A bulleted or numbered list. Its children are `list-item`s; a list directly inside a list
    /// (as Slate's list plugins nest them) belongs to the item before it; text directly inside
    /// is an item of its own.
    mutating func list(_ object: JSONObject, numbered: Bool) -> [Block] {
        var items: [[Block]] = []
        var inline: [JSONValue] = []
        func flush(_ converter: inout SlateConverter) {
            guard !inline.isEmpty else { return }
            let blocks = converter.blocks(inline)
            if !blocks.isEmpty { items.append(blocks) }
            inline = []
        }
        for child in children(of: object) {
            guard case .object(let node) = child else {
                notes.malformed.append("a list's child is \(child.kindDescription), not a Slate node; it is left out")
                continue
            }
            if Self.isInline(node) {
                inline.append(child)
                continue
            }
            flush(&self)
            let type = node["type"]?.string
            if type == "list-item" {
                let blocks = self.blocks(children(of: node))
                if blocks.isEmpty {
                    notes.approximations.emptyBlocks += 1
                } else {
                    items.append(blocks)
                }
            } else if (type == "bulleted-list" || type == "numbered-list"), !items.isEmpty {
                for var nested in block(node) {
                    if let kind = nested.list, items[items.count - 1].last?.list == kind {
                        nested.text = Self.alternateMarkers(nested.text, numbered: kind)
                    }
                    items[items.count - 1].append(nested)
                }
            } else {
                let blocks = block(node)
                if !blocks.isEmpty { items.append(blocks) }
            }
        }
        flush(&self)
        guard !items.isEmpty else {
            notes.approximations.emptyBlocks += 1
            return []
        }
        var lines: [String] = []
        for (n, blocks) in items.enumerated() {
            let marker = numbered ? "\(n + 1). " : "- "
            let indent = String(repeating: " ", count: marker.count)
            var text = ""
            for (k, block) in blocks.enumerated() {
                // A list right under the item's text (or another list) keeps the list tight.
                if k > 0 { text += block.list != nil ? "\n" : "\n\n" }
                text += block.text
            }
            for (k, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                lines.append(k == 0 ? marker + line : line.isEmpty ? "" : indent + line)
            }
        }
        return [Block(text: lines.joined(separator: "\n"), list: numbered)]
    }

    /// The list's own markers changed (`-` → `*`, `1.` → `1)`); nested lists keep theirs.
    static func alternateMarkers(_ text: String, numbered: Bool) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            if numbered {
                let digits = line.prefix { $0.isASCII && $0.isNumber }
                guard !digits.isEmpty, line.dropFirst(digits.count).hasPrefix(". ") else { return String(line) }
                return digits + ")" + line.dropFirst(digits.count + 1)
            }
            return line.hasPrefix("- ") ? "* " + line.dropFirst(2) : String(line)
        }.joined(separator: "\n")
    }
}
