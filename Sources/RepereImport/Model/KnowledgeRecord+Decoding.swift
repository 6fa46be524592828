import RepereDiagnostics
import RepereSupport

extension KnowledgeRecord {
    /// The record in `exported`, or `nil` with the errors that keep it out; warnings may come
    /// with a record.
    package static func decode(_ exported: ExportRecord, file: String) -> (KnowledgeRecord?, [Diagnostic]) {
        let location = SourceLocation(file: file, line: exported.line)
        guard case .object(let object) = exported.value else {
            return (nil, [Diagnostic(.importInvalidField,
                "the document at line \(exported.line) is \(exported.value.kindDescription), not a record (an object)", at: location)])
        }
        let slugGuess = object["slug"]?.string
        var fields = FieldReader(object: object, location: location, name: RecordName.of(id: nil, slug: slugGuess, line: exported.line))
        let id = fields.objectID("_id", required: true)
        fields.name = RecordName.of(id: id, slug: slugGuess, line: exported.line)

        let kind = fields.choice("type", Kind.self)
        let title = fields.text("title", required: true)
        let slug = fields.text("slug", required: true)
        let position = fields.number("position", required: true)
        let status = fields.choice("status", Status.self)
        let parentID = fields.objectID("parentId")
        let group = fields.text("group")
        let description = fields.text("description")
        let keywords = Self.keywords(&fields)
        let imageSrc = fields.text("imageSrc")
        let imageAlt = fields.text("imageAlt")
        let icon = fields.text("icon")
        let allowedRoles = fields.strings("allowedRoles")
        let created = fields.day("createdAt")
        let timestamp = fields.day("updatedAt")
        let contentUpdated = fields.day("contentUpdatedAt")
        let content = fields.value("content")

        guard !fields.hasErrors, let id, let kind, let title, let slug, let position, let status else {
            return (nil, fields.diagnostics)
        }
        if let parentID, parentID == id {
            fields.report(.importParentCycle, "\(fields.name) is its own parent", notes: ["point its 'parentId' at a section"])
            return (nil, fields.diagnostics)
        }
        var updated = contentUpdated ?? timestamp
        if let u = updated, let c = created, u < c { updated = c }
        let record = KnowledgeRecord(
            id: id, line: exported.line, kind: kind, parentID: parentID, position: position, group: group, title: title,
            slug: slug, content: content, description: description, keywords: keywords, imageSrc: imageSrc,
            imageAlt: imageAlt, icon: icon, allowedRoles: allowedRoles, status: status, created: created, updated: updated,
            updatedFromTimestamp: contentUpdated == nil && timestamp != nil)
        return (record, fields.diagnostics)
    }

    /// `keywords`: free text in the model, split at commas, semicolons and line breaks; a list
    /// of strings is taken as it is.
    private static func keywords(_ fields: inout FieldReader) -> [String] {
        guard let value = fields.value("keywords") else { return [] }
        let parts: [String]
        switch value {
        case .string(let text):
            parts = text.split(whereSeparator: { $0 == "," || $0 == ";" || $0.isNewline }).map(String.init)
        case .array:
            parts = fields.strings("keywords") ?? []
        default:
            fields.report(.importInvalidField, "\(fields.name): 'keywords' must be a string, found \(ExtendedJSON.describe(value))")
            return []
        }
        var seen: Set<String> = []
        return parts.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
            .filter { !$0.isEmpty && seen.insert($0.lowercased()).inserted }
    }
}
