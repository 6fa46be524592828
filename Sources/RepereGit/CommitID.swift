/// The full hexadecimal object id of a commit.
public struct CommitID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The 40 lowercase hexadecimal digits.
    public let hex: String

    public init(hex: String) {
        self.hex = hex.lowercased()
    }

    /// The first seven digits, as `git log --oneline` shows them.
    public var short: String { String(hex.prefix(7)) }

    public var description: String { hex }

    public static func < (lhs: CommitID, rhs: CommitID) -> Bool { lhs.hex < rhs.hex }
}
