/// The first and last lines of pymdownx's generic blocks (pymdownx.blocks): `/// note | Titre`,
/// `/// details | Titre`, `/// tab | Windows`… then the block's text, then `///`. A block inside
/// another one is fenced with more `/` (`////` around `///`). Its options are the indented YAML
/// lines right after its first line (`    type: warning`, `    open: True`).
enum PyMdownBlock: Equatable {
    /// `/// name | title`, with its number of `/`.
    case start(slashes: Int, name: String, title: String)
    /// A line of `/` alone, which closes the last block opened with as many.
    case end(slashes: Int)

    /// The line `text` (its indent dropped) as a block's first or last line, or `nil`.
    init?(_ text: Substring) {
        let slashes = text.prefix { $0 == "/" }.count
        guard slashes >= 3 else { return nil }
        let rest = text.dropFirst(slashes)
        if rest.allSatisfy({ $0 == " " || $0 == "\t" }) {
            self = .end(slashes: slashes)
            return
        }
        guard rest.first == " " else { return nil }
        let header = rest.drop { $0 == " " }
        let name = header.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }.lowercased()
        let after = header.dropFirst(name.count).drop { $0 == " " }
        guard !name.isEmpty, after.isEmpty || after.first == "|" else { return nil }
        self = .start(slashes: slashes, name: name, title: String(after.dropFirst()).trimmingWhitespace)
    }

    /// The callout a block named `name` becomes: an admonition's own kind (`note`, `warning`…),
    /// or for `admonition` and `details`, its `type` option's (a note by default); `nil` for other blocks.
    static func callout(_ name: String, type: String?) -> CalloutKind? {
        if name == "admonition" || name == "details" { return ForeignContainers.admonitions[type?.lowercased() ?? "note"] ?? .note }
        return ForeignContainers.admonitions[name]
    }

    /// The option lines right after the first line at `index` (indented by four spaces or a tab,
    /// up to the first other line), and the `type` they set.
    static func options(after index: Int, in lines: [String]) -> (lines: Range<Int>, type: String?) {
        var end = index + 1
        var type: String?
        while end < lines.count, lines[end].hasPrefix("    ") || lines[end].hasPrefix("\t"), !lines[end].allSatisfy(\.isWhitespace) {
            let option = lines[end].trimmingWhitespace
            if option.hasPrefix("type:") { type = String(option.dropFirst("type:".count)).trimmingWhitespace.trimmingCharacters(in: ["\"", "'"]) }
            end += 1
        }
        return (index + 1..<end, type)
    }
}
