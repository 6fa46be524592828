import RepereContent

/// One document of SNUpport's `knowledgebases` collection (the Mongoose model `knowledgebase`
/// of `snupport-api/src/models/knowledgeBase.js`), with the fields the import uses.
///
/// Fields the model requires (`_id`, `type`, `title`, `slug`, `position`, `status`) are
/// required here too; `author`, `read`, `searched` and `contentAsText` are not read.
package struct KnowledgeRecord: Sendable {
    package enum Kind: String, Sendable, CaseIterable { case section, article }

    package enum Status: String, Sendable, CaseIterable {
        case draft = "DRAFT", published = "PUBLISHED", archived = "ARCHIVED"

        /// The front-matter status.
        package var pageStatus: PageStatus {
            switch self {
            case .draft: .draft
            case .published: .published
            case .archived: .archived
            }
        }
    }

    /// `_id`: the ObjectId's 24 hexadecimal digits.
    package var id: String
    /// The line of the export the record starts on.
    package var line: Int
    package var kind: Kind
    package var parentID: String?
    package var position: Double
    /// The eyebrow label (« Phase 1 », « Mon compte »).
    package var group: String?
    package var title: String
    package var slug: String
    /// The Slate.js body (an array of nodes), as exported.
    package var content: JSONValue?
    package var description: String?
    /// `keywords`, a free text in SNUpport, split at commas, semicolons and line breaks.
    package var keywords: [String]
    package var imageSrc: String?
    package var imageAlt: String?
    package var icon: String?
    /// `allowedRoles`; `nil` when the record has none (nobody may read it in SNUpport).
    package var allowedRoles: [String]?
    package var status: Status
    package var created: CalendarDate?
    /// `contentUpdatedAt` (set only when the body changes) or else `updatedAt`.
    package var updated: CalendarDate?
    /// Whether ``updated`` comes from `updatedAt`, which SNUpport also moves at every reading
    /// (the view counter is incremented with an update).
    package var updatedFromTimestamp: Bool

    /// How the record is named in messages: `record 64b7… 'je-m-inscris'`.
    package var name: String { RecordName.of(id: id, slug: slug) }
}

/// The name of a record in messages, from what is known of it.
enum RecordName {
    static func of(id: String?, slug: String?, line: Int? = nil) -> String {
        switch (id, slug) {
        case (let id?, let slug?): "record \(id) '\(slug)'"
        case (let id?, nil): "record \(id)"
        case (nil, let slug?): "the record '\(slug)'"
        case (nil, nil): line.map { "the record at line \($0)" } ?? "a record"
        }
    }
}
