/// A stable, kebab-case identifier with a dotted group, such as `link.broken`.
///
/// IDs are part of the tool's interface: they appear in every output format and can be
/// silenced or re-graded in configuration, so an ID is never renamed once published.
public struct DiagnosticID: RawRepresentable, Hashable, Comparable, Sendable, Codable,
    ExpressibleByStringInterpolation, CustomStringConvertible
{
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    public static func < (lhs: DiagnosticID, rhs: DiagnosticID) -> Bool { lhs.rawValue < rhs.rawValue }
}
