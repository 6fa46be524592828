import RepereSupport

/// MkDocs' keys (pymdownx.keys): `++ctrl+alt+delete++` is a key combination, each key a name
/// (`ctrl`, `page-up`, `a`) or quoted text (`++"Ma touche"++`), shown as `<kbd>` elements.
enum KeyboardKeys {
    /// `text` with its key combinations made ``Inline/keys(_:)``; `nil` when it has none.
    static func split(_ text: String) -> [Inline]? {
        // On bytes: Foundation's `contains` of a string costs a search through every text of every page.
        guard text.containsBytes("++") else { return nil }
        var result: [Inline] = []
        var rest = Substring(text)
        var pending = ""
        while let open = rest.range(of: "++") {
            let after = rest[open.upperBound...]
            // `C++`, `a++b++`, `g++-12++`: after a letter or a digit, `++` opens nothing.
            let before = rest[..<open.lowerBound].last ?? pending.last
            guard !(before.map { $0.isLetter || $0.isNumber } ?? false),
                let close = after.range(of: "++"), let keys = keys(in: after[..<close.lowerBound]) else {
                pending += rest[..<open.upperBound]
                rest = after
                continue
            }
            pending += rest[..<open.lowerBound]
            if !pending.isEmpty { result.append(.text(pending)) }
            pending = ""
            result.append(.keys(keys))
            rest = after[close.upperBound...]
        }
        guard !result.isEmpty else { return nil }
        pending += rest
        if !pending.isEmpty { result.append(.text(pending)) }
        return result
    }

    /// The keys written between `++` and `++`, as shown (`ctrl+alt+page-up` → Ctrl, Alt, Page Up);
    /// `nil` when it is no combination (a space outside quotes, an empty key).
    static func keys(in combination: Substring) -> [String]? {
        var keys: [String] = []
        var rest = combination
        while !rest.isEmpty {
            if rest.first == "\"" {
                guard let close = rest.dropFirst().firstIndex(of: "\"") else { return nil }
                keys.append(String(rest[rest.index(after: rest.startIndex)..<close]))
                rest = rest[rest.index(after: close)...]
            } else {
                let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
                guard !name.isEmpty else { return nil }
                keys.append(label(of: name))
                rest = rest.dropFirst(name.count)
            }
            guard !rest.isEmpty else { break }
            guard rest.first == "+", rest.count > 1 else { return nil }
            rest = rest.dropFirst()
        }
        return keys.isEmpty || keys.contains(where: \.isEmpty) ? nil : keys
    }

    /// A key's name as shown: each word capitalised (`page-up` → Page Up, `a` → A).
    private static func label(of name: Substring) -> String {
        name.split(whereSeparator: { $0 == "-" || $0 == "_" }).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }
}
