/// A position in a project file, as shown to people and machines.
///
/// `file` is relative to the project root (`content/faq/x.md`), never absolute, so output is
/// stable across machines. `line` and `column` are 1-based; `column` counts Unicode scalars
/// (characters, for French text in NFC) from the start of the line, not UTF-8 bytes.
public struct SourceLocation: Hashable, Comparable, Sendable, Codable {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int = 1, column: Int = 1) {
        self.file = file
        self.line = max(1, line)
        self.column = max(1, column)
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

extension SourceLocation: CustomStringConvertible {
    /// `file:line:col`, the compiler convention.
    public var description: String { "\(file):\(line):\(column)" }
}
