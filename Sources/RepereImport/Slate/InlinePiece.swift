/// The text marks of a Slate leaf that Markdown can write (`underline` has no Markdown: its
/// text is kept plain).
struct Marks: OptionSet, Hashable, Sendable {
    let rawValue: UInt8
    static let bold = Marks(rawValue: 1)
    static let italic = Marks(rawValue: 2)
    static let strikethrough = Marks(rawValue: 4)
    static let code = Marks(rawValue: 8)

    /// The marks written as delimiters around runs, outermost first; `code` is a span per piece.
    static let nesting: [Marks] = [.bold, .italic, .strikethrough]

    var delimiter: String {
        switch self {
        case .bold: "**"
        case .italic: "*"
        case .strikethrough: "~~"
        default: ""
        }
    }
}

/// A piece of a paragraph's text, after the leaves of Slate are read and links resolved.
enum InlinePiece: Hashable, Sendable {
    /// Text without line breaks.
    case text(String, Marks)
    /// A line break inside a leaf (Shift+Enter in the editor).
    case lineBreak
    /// A link to `destination` (already resolved) around its own pieces.
    case link(destination: String, [InlinePiece])
    /// An image in the text.
    case image(alt: String, destination: String)

    /// The marks of the piece: for a link, those every piece of its text has.
    var marks: Marks {
        switch self {
        case .text(_, let marks): marks
        case .lineBreak, .image: []
        case .link(_, let pieces):
            pieces.filter { $0 != .lineBreak }.map(\.marks)
                .reduce(nil) { (result: Marks?, marks) in result.map { $0.intersection(marks) } ?? marks }?
                .intersection([.bold, .italic, .strikethrough]) ?? []
        }
    }

    /// The plain text, for link texts compared with their address and for messages.
    var plainText: String {
        switch self {
        case .text(let text, _): text
        case .lineBreak: " "
        case .link(_, let pieces): pieces.map(\.plainText).joined()
        case .image(let alt, _): alt
        }
    }

    /// The piece without `marks` (a link's marks are written around it, not inside).
    func removing(_ marks: Marks) -> InlinePiece {
        switch self {
        case .text(let text, let own): .text(text, own.subtracting(marks))
        case .link(let destination, let pieces): .link(destination: destination, pieces.map { $0.removing(marks) })
        case .lineBreak, .image: self
        }
    }
}
