import RepereDiagnostics
import Yams

extension SiteConfiguration {
    /// The keys `repere.yml` understands.
    static let knownKeys: Set<String> = [
        "title", "description", "base_url", "language", "content_dir", "templates_dir", "output_dir",
        "edit_url", "issue_url", "unsafe_html", "audiences", "institution", "accessibility_status",
        "accessibility_rate", "accessibility_date", "contact_url", "feedback_endpoint", "legal",
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
            case "institution":
                config.institution = reader.strings(node, key: key).flatMap { $0.split(separator: "\n").map(String.init) }
            case "accessibility_status":
                guard let text = reader.string(node, key: key) else { continue }
                // « partiellement conforme » is accepted too.
                let word = text.hasSuffix(" conforme") ? String(text.dropLast(" conforme".count)) : text
                guard let status = AccessibilityStatus(rawValue: word) else {
                    reader.report(
                        .error("config.invalid-value", "'accessibility_status' must be totalement, partiellement or non",
                            at: reader.location(of: node)))
                    continue
                }
                config.accessibilityStatus = status
            case "accessibility_rate": config.accessibilityRate = reader.string(node, key: key) ?? ""
            case "accessibility_date": config.accessibilityDate = reader.date(node, key: key)
            case "contact_url": config.contactURL = reader.string(node, key: key) ?? ""
            case "feedback_endpoint": config.feedbackEndpoint = reader.string(node, key: key) ?? ""
            case "legal": config.legal = decodeLegal(node, reader: &reader)
            default:
                reader.report(
                    .warning("config.unknown-key", "unknown key '\(key)' in repere.yml", at: location,
                        notes: ["known keys: \(knownKeys.sorted().joined(separator: ", "))"]))
            }
        }
        return (config, reader.diagnostics)
    }

    /// The `legal:` mapping: publisher, director, host, data_contact.
    private static func decodeLegal(_ node: Node, reader: inout YAMLReader) -> LegalNotice {
        var legal = LegalNotice()
        guard case .mapping(let mapping) = node else {
            reader.report(.error("config.invalid-value", "'legal' must be a mapping (publisher: …)", at: reader.location(of: node)))
            return legal
        }
        for (key, value) in mapping {
            let name = key.string ?? ""
            let text = reader.string(value, key: "legal.\(name)") ?? ""
            switch name {
            case "publisher": legal.publisher = text
            case "director": legal.director = text
            case "host": legal.host = text
            case "data_contact": legal.dataContact = text
            default:
                reader.report(
                    .warning("config.unknown-key", "unknown key 'legal.\(name)' in repere.yml", at: reader.location(of: key),
                        notes: ["known keys: publisher, director, host, data_contact"]))
            }
        }
        return legal
    }
}
