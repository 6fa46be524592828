import RepereDiagnostics

extension SiteConfiguration {
    /// The keys `repere.yml` understands.
    static let knownKeys: Set<String> = [
        "title", "description", "base_url", "language", "content_dir", "templates_dir", "output_dir",
        "edit_url", "issue_url", "unsafe_html", "audiences",
    ]

    /// Decodes `repere.yml` (shown as `file` in diagnostics) over the defaults.
    public static func decode(yaml: String, file: String = "repere.yml") -> (SiteConfiguration, [Diagnostic]) {
        var reader = YAMLReader(yaml: yaml, file: file, lineOffset: 0, idPrefix: "config")
        var config = SiteConfiguration()
        for (key, node, location) in reader.entries {
            switch key {
            case "title": config.title = reader.string(node, key: key) ?? config.title
            case "description": config.description = reader.string(node, key: key) ?? config.description
            case "base_url": config.baseURL = reader.string(node, key: key) ?? config.baseURL
            case "language": config.language = reader.string(node, key: key) ?? config.language
            case "content_dir": config.contentDirectory = reader.string(node, key: key) ?? config.contentDirectory
            case "templates_dir": config.templatesDirectory = reader.string(node, key: key) ?? config.templatesDirectory
            case "output_dir": config.outputDirectory = reader.string(node, key: key) ?? config.outputDirectory
            case "edit_url": config.editURL = reader.string(node, key: key) ?? ""
            case "issue_url": config.issueURL = reader.string(node, key: key) ?? ""
            case "unsafe_html": config.unsafeHTML = reader.bool(node, key: key) ?? false
            case "audiences":
                guard case .mapping(let mapping) = node else {
                    reader.report(
                        .error("config.invalid-value", "'audiences' must map ids to labels (referent: Référent)",
                            at: reader.location(of: node)))
                    continue
                }
                for (id, label) in mapping {
                    guard let id = id.string, let label = reader.string(label, key: "audiences.\(id)") else { continue }
                    config.audiences.append(Audience(id: id, label: label))
                }
            default:
                reader.report(
                    .warning("config.unknown-key", "unknown key '\(key)' in repere.yml", at: location,
                        notes: ["known keys: \(knownKeys.sorted().joined(separator: ", "))"]))
            }
        }
        return (config, reader.diagnostics)
    }
}
