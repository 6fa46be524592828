/// Why a request's body was refused: the field at fault (none for the body as a whole) and the
/// reason, said in French in the `400` response.
public struct EventRejection: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        case malformedBody(String)
        case missing
        case unknownField
        /// The value's type, as sent (« un nombre », « un booléen »…).
        case wrongType(String)
        /// More characters (or items, for a list) than `limit`.
        case tooLong(limit: Int)
        case invalidValue(String)
        /// A page that the built site's `graph.json` does not have.
        case unknownPage
    }

    public var field: String?
    public var reason: Reason

    public init(_ field: String?, _ reason: Reason) {
        self.field = field
        self.reason = reason
    }

    public var description: String {
        let subject = field.map { "« \($0) » : " } ?? ""
        switch reason {
        case .malformedBody(let why): return "corps illisible : \(why)"
        case .missing: return subject + "champ obligatoire absent"
        case .unknownField: return subject + "champ inconnu"
        case .wrongType(let sent): return subject + "type invalide (\(sent))"
        case .tooLong(let limit): return subject + "trop long (au plus \(limit))"
        case .invalidValue(let why): return subject + why
        case .unknownPage: return subject + "cette page n’existe pas sur le site"
        }
    }
}
