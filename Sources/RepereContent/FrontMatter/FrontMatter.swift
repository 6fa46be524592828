import RepereDiagnostics

/// The front-matter of a page, typed. Only `title` is required (for articles); every other key
/// has a default, and unknown keys are kept in ``params`` for templates.
public struct FrontMatter: Hashable, Sendable {
    public var title: String?
    public var description: String?
    /// Default: `.article`.
    public var type: PageType = .article
    public var tags: [String] = []
    /// A single category (a real-world key treated like a tag with its own listing).
    public var category: String?
    /// Audience ids from `repere.yml`; empty means "inherit the section's".
    public var audience: [String] = []
    /// Position in the section; pages without one come after, by title.
    public var order: Int?
    /// Default: `.published`.
    public var status: PageStatus = .published
    /// Old site paths that redirect here.
    public var aliases: [String] = []
    /// Explicitly related pages, as paths to `.md` files relative to this file.
    public var related: [String] = []
    /// Search terms that do not appear in the text.
    public var keywords: [String] = []
    public var reviewBy: CalendarDate?
    public var created: CalendarDate?
    public var updated: CalendarDate?
    /// A section's icon name (sections only).
    public var icon: String?
    /// Unknown keys, in file order, for templates (`page.params.x`).
    public var params: [String: YAMLValue] = [:]
    /// Where each key was written, for diagnostics about its value.
    public var keyLocations: [String: SourceLocation] = [:]

    public init() {}
}

extension FrontMatter {
    /// Decodes front-matter YAML found in `file`, whose YAML text starts after `lineOffset` lines.
    ///
    /// - Returns: the front-matter (possibly partial) and every problem found.
    public static func decode(yaml: String, file: String, lineOffset: Int) -> (FrontMatter, [Diagnostic]) {
        var reader = YAMLReader(yaml: yaml, file: file, lineOffset: lineOffset, idPrefix: "front-matter")
        var fm = FrontMatter()
        for (key, node, location) in reader.entries {
            fm.keyLocations[key] = location
            switch key {
            case "title": fm.title = reader.string(node, key: key)
            case "description": fm.description = reader.string(node, key: key)
            case "type":
                if let raw = reader.string(node, key: key) {
                    if let type = PageType(rawValue: raw.lowercased()) {
                        fm.type = type
                    } else {
                        reader.report(
                            .error("front-matter.invalid-value", "unknown type '\(raw)', expected faq, tutorial or article",
                                at: reader.location(of: node)))
                    }
                }
            case "tags": fm.tags = reader.strings(node, key: key)
            case "category": fm.category = reader.string(node, key: key)
            case "audience", "audiences": fm.audience = reader.strings(node, key: key)
            case "order", "weight": fm.order = reader.int(node, key: key)
            case "status":
                if let raw = reader.string(node, key: key) {
                    if let status = PageStatus(rawValue: raw.lowercased()) {
                        fm.status = status
                    } else {
                        reader.report(
                            .error("front-matter.invalid-value", "unknown status '\(raw)', expected published, draft or archived",
                                at: reader.location(of: node)))
                    }
                }
            case "draft":
                if reader.bool(node, key: key) == true { fm.status = .draft }
            case "aliases": fm.aliases = reader.strings(node, key: key)
            case "related": fm.related = reader.strings(node, key: key)
            case "keywords": fm.keywords = reader.strings(node, key: key)
            case "review_by": fm.reviewBy = reader.date(node, key: key)
            case "created": fm.created = reader.date(node, key: key)
            case "updated": fm.updated = reader.date(node, key: key)
            case "icon": fm.icon = reader.string(node, key: key)
            default: fm.params[key] = YAMLValue(node)
            }
        }
        return (fm, reader.diagnostics)
    }
}
