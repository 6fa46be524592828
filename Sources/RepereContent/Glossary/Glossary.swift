import RepereSupport
import RepereDiagnostics
import Yams

/// `content/glossary.yml`: the site's terms and acronyms, used by search (synonyms both ways),
/// the glossary page and the `<abbr>` of acronyms.
///
/// ```yaml
/// terms:
///   - term: "MIG"
///     expansion: "Mission d'intérêt général"   # acronyms only
///     definition: "…"
///     synonyms: ["mission", "mission perlée"]
/// ```
public struct Glossary: Hashable, Sendable {
    public struct Term: Hashable, Sendable {
        public var term: String
        /// What an acronym stands for (`Service national universel`).
        public var expansion: String?
        public var definition: String
        public var synonyms: [String]

        public init(term: String, expansion: String? = nil, definition: String, synonyms: [String] = []) {
            self.term = term
            self.expansion = expansion
            self.definition = definition
            self.synonyms = synonyms
        }
    }

    public var terms: [Term] = []

    public init(terms: [Term] = []) { self.terms = terms }

    /// Acronyms (single-word terms with an `expansion`) → expansion.
    public var abbreviations: [String: String] {
        var result: [String: String] = [:]
        for term in terms where term.term.allSatisfy({ $0.isLetter || $0.isNumber }) {
            if let expansion = term.expansion, !expansion.isEmpty { result[term.term] = expansion }
        }
        return result
    }

    /// Reads the glossary from `source`; no file is an empty glossary.
    public static func load(from source: some ContentSource, displayPrefix: String) -> (Glossary, [Diagnostic]) {
        guard (try? source.files().contains(path)) == true, let bytes = try? source.read(path) else { return (Glossary(), []) }
        return parse(LineEnds.text(bytes), file: displayPrefix + path.rawValue)
    }

    /// The path of the glossary in the content folder.
    public static let path = ContentPath(rawValue: "glossary.yml")

    /// Parses the file; problems become `glossary.*` errors at their line, bad entries are skipped.
    public static func parse(_ yaml: String, file: String) -> (Glossary, [Diagnostic]) {
        var reader = YAMLReader(yaml: yaml, file: file, lineOffset: 0, problems: .glossary)
        var glossary = Glossary()
        for (key, node, location) in reader.entries {
            guard key == "terms" else {
                reader.report(Diagnostic(.glossaryUnknownKey, "unknown key '\(key)', expected 'terms'", at: location))
                continue
            }
            guard case .sequence(let items) = node else {
                reader.report(Diagnostic(.glossaryInvalidValue, "'terms' must be a list", at: reader.location(of: node)))
                continue
            }
            for item in items {
                guard case .mapping(let mapping) = item else {
                    reader.report(Diagnostic(.glossaryInvalidValue, "each term must be a mapping with 'term' and 'definition'", at: reader.location(of: item)))
                    continue
                }
                var entry = Term(term: "", definition: "")
                for (k, value) in mapping {
                    let name = k.string ?? ""
                    switch name {
                    case "term": entry.term = reader.string(value, key: name) ?? ""
                    case "expansion": entry.expansion = reader.string(value, key: name)
                    case "definition": entry.definition = reader.string(value, key: name) ?? ""
                    case "synonyms": entry.synonyms = reader.strings(value, key: name)
                    default: reader.report(Diagnostic(.glossaryUnknownKey, "unknown key '\(name)' in a term", at: reader.location(of: k)))
                    }
                }
                if entry.term.isEmpty {
                    reader.report(Diagnostic(.glossaryMissingTerm, "a glossary entry has no 'term'", at: reader.location(of: item)))
                } else {
                    glossary.terms.append(entry)
                }
            }
        }
        return (glossary, reader.diagnostics)
    }
}
