import RepereDiagnostics
import Yams

/// What `sections:` in `repere.yml` says of a folder without a page of its own (`_section.md`):
/// its title, its place among its siblings and its description.
public struct FolderSettings: Hashable, Sendable {
    public var title: String?
    public var order: Double?
    public var description: String?
    /// Where the folder is named in `repere.yml`.
    public var location: SourceLocation?

    public init(title: String? = nil, order: Double? = nil, description: String? = nil, location: SourceLocation? = nil) {
        self.title = title
        self.order = order
        self.description = description
        self.location = location
    }

    /// `sections:` read: folder paths (relative to the content folder, without `./` or a final `/`)
    /// to their settings; other keys and values are reported.
    static func decode(_ node: Node, key: String, reader: inout YAMLReader) -> [String: FolderSettings] {
        guard case .mapping(let mapping) = node else {
            reader.report(Diagnostic(.configInvalidValue, "'\(key)' must map folders to their title and order (guide: { title: Guide, order: 1 })",
                at: reader.location(of: node)))
            return [:]
        }
        var folders: [String: FolderSettings] = [:]
        for (name, value) in mapping {
            guard let written = name.string, let folder = ContentPath.resolving(written.trimmingSuffix("/"), in: "")?.rawValue, !folder.isEmpty else {
                reader.report(Diagnostic(.configInvalidValue, "'\(name.string ?? "")' in '\(key)' is no folder of the content folder", at: reader.location(of: name)))
                continue
            }
            guard case .mapping(let fields) = value else {
                reader.report(Diagnostic(.configInvalidValue, "'\(key).\(written)' must map title, order and description", at: reader.location(of: value)))
                continue
            }
            var settings = FolderSettings(location: reader.location(of: name))
            for (field, value) in fields {
                switch field.string {
                case "title": settings.title = reader.string(value, key: "\(key).\(written).title")
                case "order": settings.order = reader.number(value, key: "\(key).\(written).order")
                case "description": settings.description = reader.string(value, key: "\(key).\(written).description")
                default:
                    reader.report(Diagnostic(.configUnknownKey, "unknown key '\(field.string ?? "")' in '\(key).\(written)'", at: reader.location(of: field),
                        notes: ["known keys: description, order, title"]))
                }
            }
            folders[folder] = settings
        }
        return folders
    }
}
