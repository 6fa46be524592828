import RepereSupport

/// MkDocs' highlighted and inserted text (pymdownx.mark, pymdownx.caret): `==surligné==` is
/// ``Inline/mark(_:)`` and `^^inséré^^` ``Inline/inserted(_:)``, around any inlines of one
/// paragraph, heading or cell (`==un **mot** fort==`); never in code, which is no text.
///
/// As pymdownx's "smart" default reads them: a `==` opens before a character that is no space
/// and after one that is no letter or digit (`a==b` is no mark), and closes the other way round;
/// a run of three or more `=` is text.
enum InlineMarks {
    /// `inlines` with their marks read; `nil` when they have none (the usual case, decided on the
    /// bytes of their texts).
    static func read(_ inlines: [Inline]) -> [Inline]? {
        guard inlines.contains(where: { inline in
            guard case .text(let text) = inline else { return false }
            return hasDelimiter(text)
        }) else { return nil }
        let read = wrap(tokens(inlines))
        return read == inlines ? nil : read
    }

    /// Whether `text` has `==` or `^^`.
    private static func hasDelimiter(_ text: String) -> Bool {
        text.containsBytes("==") || text.containsBytes("^^")
    }

    private enum Token: Equatable {
        case inline(Inline)
        /// `==` or `^^`, and whether it may open or close a mark.
        case delimiter(Character, canOpen: Bool, canClose: Bool)
    }

    /// The inlines, their texts cut at each `==` and `^^` that may open or close.
    private static func tokens(_ inlines: [Inline]) -> [Token] {
        var tokens: [Token] = []
        for (index, inline) in inlines.enumerated() {
            guard case .text(let text) = inline else {
                tokens.append(.inline(inline))
                continue
            }
            // The characters around the text, from its neighbours: `**a**==` closes after no space.
            let before = index > 0 ? edge(of: inlines[index - 1], last: true) : nil
            let after = index + 1 < inlines.count ? edge(of: inlines[index + 1], last: false) : nil
            let characters = Array(text)
            var start = 0, i = 0
            while i + 1 < characters.count {
                let c = characters[i]
                guard (c == "=" || c == "^"), characters[i + 1] == c, i + 2 >= characters.count || characters[i + 2] != c,
                    i == 0 || characters[i - 1] != c else {
                    i += 1
                    continue
                }
                let previous = i > 0 ? characters[i - 1] : before
                let next = i + 2 < characters.count ? characters[i + 2] : after
                let canOpen = next.map { !$0.isWhitespace } ?? false && !(previous.map { $0.isLetter || $0.isNumber } ?? false)
                let canClose = previous.map { !$0.isWhitespace } ?? false && !(next.map { $0.isLetter || $0.isNumber } ?? false)
                if canOpen || canClose {
                    if start < i { tokens.append(.inline(.text(String(characters[start..<i])))) }
                    tokens.append(.delimiter(c, canOpen: canOpen, canClose: canClose))
                    start = i + 2
                }
                i += 2
            }
            if start < characters.count { tokens.append(.inline(.text(String(characters[start...])))) }
        }
        return tokens
    }

    /// The first or last character an inline shows, when it is text or code (a space for a break).
    private static func edge(of inline: Inline, last: Bool) -> Character? {
        switch inline {
        case .text(let text), .code(let text): last ? text.last : text.first
        case .softBreak, .lineBreak: " "
        default: "a"  // a link, an emphasis…: a word's character, as far as marks go
        }
    }

    /// The tokens as inlines, each opener wrapped with its nearest closer; delimiters left over are text.
    private static func wrap(_ tokens: [Token]) -> [Inline] {
        var result: [Inline] = []
        var i = 0
        while i < tokens.count {
            defer { i += 1 }
            switch tokens[i] {
            case .inline(let inline): append(inline, to: &result)
            case .delimiter(let c, let canOpen, _):
                if canOpen,
                    let close = tokens[(i + 1)...].firstIndex(where: { if case .delimiter(c, _, true) = $0 { true } else { false } }),
                    close > i + 1 {
                    let inner = wrap(Array(tokens[(i + 1)..<close]))
                    result.append(c == "=" ? .mark(inner) : .inserted(inner))
                    i = close
                } else {
                    append(.text(String(repeating: c, count: 2)), to: &result)
                }
            }
        }
        return result
    }

    /// `inline` after `result`, a text joined to the text before it.
    private static func append(_ inline: Inline, to result: inout [Inline]) {
        if case .text(let text) = inline, case .text(let last) = result.last {
            result[result.count - 1] = .text(last + text)
        } else {
            result.append(inline)
        }
    }
}
