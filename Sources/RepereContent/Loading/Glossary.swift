import RepereDiagnostics
import Yams

/// The terms and acronyms of `content/glossary.yml`:
/// `terms: [{term, expansion?, definition, synonyms: []}]`.
public struct Glossary: Hashable, Sendable {
    public struct Term: Hashable, Sendable {
        public var term: String
        /// What an acronym stands for (`Service national universel`), or empty.
        public var expansion: String
        public var definition: String
        public var synonyms: [String]
    }

    public var terms: [Term] = []

    public init(terms: [Term] = []) { self.terms = terms }

    /// Acronyms (single-word terms with an `expansion`) → expansion.
    public var abbreviations: [String: String] {
        var result: [String: String] = [:]
        for term in terms where !term.expansion.isEmpty && term.term.allSatisfy({ $0.isLetter || $0.isNumber }) {
            result[term.term] = term.expansion
        }
        return result
    }

    /// The glossary file's path in the content folder.
    public static let path = ContentPath("glossary.yml")

    /// Reads the glossary from `source`; no file is an empty glossary.
    public static func load(from source: some ContentSource, displayPrefix: String) -> (Glossary, [Diagnostic]) {
        guard (try? source.files().contains(path)) == true, let bytes = try? source.read(path) else { return (Glossary(), []) }
        return decode(yaml: String(decoding: bytes, as: UTF8.self), file: displayPrefix + path.rawValue)
    }

    /// Decodes a glossary (shown as `file` in diagnostics); entries without `term` are errors.
    public static func decode(yaml: String, file: String) -> (Glossary, [Diagnostic]) {
        var reader = YAMLReader(yaml: yaml, file: file, lineOffset: 0, idPrefix: "glossary")
        var glossary = Glossary()
        for (key, node, location) in reader.entries {
            guard key == "terms", case .sequence(let items) = node else {
                reader.report(.warning("glossary.unknown-key", "expected 'terms:', a list of terms, found '\(key)'", at: location))
                continue
            }
            for item in items {
                guard case .mapping(let fields) = item, let termNode = fields["term"], let term = reader.string(termNode, key: "term") else {
                    reader.report(.error("glossary.invalid-term", "each term needs 'term:' (and 'definition:')", at: reader.location(of: item)))
                    continue
                }
                func text(_ name: String) -> String { fields[name].flatMap { reader.string($0, key: name) } ?? "" }
                let synonyms = fields["synonyms"].map { reader.strings($0, key: "synonyms") } ?? []
                glossary.terms.append(Term(term: term, expansion: text("expansion"), definition: text("definition"), synonyms: synonyms))
            }
        }
        return (glossary, reader.diagnostics)
    }
}
