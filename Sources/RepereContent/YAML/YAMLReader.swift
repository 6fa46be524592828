import RepereDiagnostics
import Yams

/// Parses a YAML mapping and reads typed values from it, turning every problem into a
/// diagnostic at the right line of the enclosing file.
///
/// `lineOffset` is the number of file lines before the YAML text (1 for front-matter after
/// its opening `---`), so positions point into the file, not into the YAML fragment.
struct YAMLReader {
    /// What a YAML file's problems are reported as: it does not parse (or is not a mapping), it
    /// nests deeper than ``NestingLimit/maximumDepth``, or a value has the wrong type.
    struct Problems {
        var invalidYAML: DiagnosticKind
        var tooDeep: DiagnosticKind
        var invalidValue: DiagnosticKind
        /// A key written twice in a mapping, read as its last one (PyYAML's and Jekyll's way) and
        /// reported as this; `nil`: the YAML is invalid.
        var duplicateKey: DiagnosticKind?

        static let config = Problems(invalidYAML: .configInvalidYAML, tooDeep: .configInvalidYAML, invalidValue: .configInvalidValue)
        static let frontMatter = Problems(
            invalidYAML: .frontMatterInvalidYAML, tooDeep: .markdownTooDeep, invalidValue: .frontMatterInvalidValue,
            duplicateKey: .frontMatterDuplicateKey)
        static let glossary = Problems(invalidYAML: .glossaryInvalidYAML, tooDeep: .glossaryInvalidYAML, invalidValue: .glossaryInvalidValue)
        static let uiStrings = Problems(invalidYAML: .templateInvalidYAML, tooDeep: .templateInvalidYAML, invalidValue: .templateInvalidValue)
    }

    let file: String
    let lineOffset: Int
    let problems: Problems
    /// libyaml's positions as the file's.
    let positions: YAMLPositions
    private(set) var diagnostics: [Diagnostic] = []
    /// The top-level entries, in document order.
    private(set) var entries: [(key: String, node: Node, location: SourceLocation)] = []

    /// Parses `yaml`; a syntax error or a non-mapping document becomes an error diagnostic.
    init(yaml: String, file: String, lineOffset: Int, problems: Problems) {
        self.file = file
        self.lineOffset = lineOffset
        self.problems = problems
        positions = YAMLPositions(yaml)
        var node: Node?
        do {
            // No tag resolution: values are read as strings, booleans and numbers by the typed
            // reads below, which look at the text; resolving tags runs several regular
            // expressions on every key (Yams hashes keys to find duplicates), a tenth of the
            // load stage.
            node = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch let error as YamlError {
            guard case .duplicatedKeysInMapping = error, let kind = problems.duplicateKey, let (lastWins, keys) = DuplicateKeys.lastWins(yaml),
                let read = try? Yams.compose(yaml: lastWins, .basic, .default, .utf8)
            else {
                diagnostics.append(diagnostic(for: error, in: yaml))
                return
            }
            node = read
            diagnostics.append(Diagnostic(kind, "\(keys.map { "'\($0)'" }.joined(separator: ", ")) written twice in one mapping: the last one is read",
                at: diagnostic(for: error).location, notes: ["keep one: YAML allows a key once (MkDocs and Jekyll read the last one, Hugo stops)"]))
        } catch {
            diagnostics.append(Diagnostic(problems.invalidYAML, "invalid YAML: \(error)", at: SourceLocation(file: file, line: lineOffset + 1)))
            return
        }
        guard let node else { return }  // an empty document is an empty mapping
        if BoundedYAML.isTooLarge(node) {
            diagnostics.append(Diagnostic(problems.invalidYAML,
                "invalid YAML: more than \(BoundedYAML.maximumValues.formatted(.number.locale(.init(identifier: "en")))) values once its aliases (*nom) are expanded",
                at: location(of: node), notes: ["write the values out, or use fewer aliases of aliases"]))
            return
        }
        if let deep = Self.firstTooDeep(in: node) {
            diagnostics.append(Self.tooDeep(at: location(of: deep), problems: problems))
            return
        }
        guard case .mapping(let mapping) = node else {
            diagnostics.append(
                Diagnostic(problems.invalidYAML, "expected key: value pairs, found a \(node.kindName)",
                    at: location(of: node)))
            return
        }
        for (key, value) in mapping {
            entries.append((key.string ?? "", value, location(of: key)))
        }
    }

    func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(file: file, line: 1 + lineOffset, column: 1) }
        return location(mark)
    }

    /// The file position of a libyaml position.
    func location(_ mark: Mark) -> SourceLocation {
        let (line, column) = positions.position(line: mark.line, column: mark.column)
        return SourceLocation(file: file, line: line + lineOffset, column: column)
    }

    mutating func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    /// The invalid values reported since `start` made `kind` (a warning) with `suffix` added to
    /// their message: read by another tool, they are ignored rather than refused.
    /// Returns whether there was one.
    @discardableResult
    mutating func lowerInvalidValues(since start: Int, to kind: DiagnosticKind, suffix: String) -> Bool {
        var lowered = false
        for i in diagnostics.indices.dropFirst(start) where diagnostics[i].id == problems.invalidValue.id {
            let found = diagnostics[i]
            diagnostics[i] = Diagnostic(kind, found.message + suffix, at: found.location, notes: found.notes)
            lowered = true
        }
        return lowered
    }

    // MARK: - Typed reads

    mutating func string(_ node: Node, key: String) -> String? {
        guard case .scalar(let scalar) = node else {
            report(Diagnostic(problems.invalidValue, "'\(key)' must be a string, found a \(node.kindName)", at: location(of: node)))
            return nil
        }
        return scalar.string
    }

    mutating func bool(_ node: Node, key: String) -> Bool? {
        if case .scalar(let s) = node, let b = Bool.construct(from: s) { return b }
        report(Diagnostic(problems.invalidValue, "'\(key)' must be true or false", at: location(of: node)))
        return nil
    }

    mutating func int(_ node: Node, key: String) -> Int? {
        if case .scalar(let s) = node, let i = YAMLInteger.construct(from: s) { return i }
        report(Diagnostic(problems.invalidValue, "'\(key)' must be a whole number, found '\(node.string ?? node.kindName)'", at: location(of: node)))
        return nil
    }

    /// A number, whole or not (`2`, `2.5`, `-1`), of less than a billion; in quotes too (`'100'`:
    /// Hugo, Jekyll and Docusaurus read it as the number), written with digits only.
    mutating func number(_ node: Node, key: String) -> Double? {
        if case .scalar(let s) = node, let i = YAMLInteger.construct(from: s), i > -1_000_000_000, i < 1_000_000_000 { return Double(i) }
        if case .scalar(let s) = node, s.style == .plain, let d = Double(s.string), d.isFinite, abs(d) < 1_000_000_000 { return d }
        if case .scalar(let s) = node, s.style != .plain, let d = Self.quotedNumber(s.string) { return d }
        report(Diagnostic(problems.invalidValue, "'\(key)' must be a number, found '\(node.string ?? node.kindName)'", at: location(of: node)))
        return nil
    }

    /// `-2`, `07`, `2.5` in quotes, as a number: digits, one point at most, an optional sign.
    private static func quotedNumber(_ text: String) -> Double? {
        let t = text.trimmingWhitespace
        let digits = t.hasPrefix("-") || t.hasPrefix("+") ? t.dropFirst() : Substring(t)
        guard !digits.isEmpty, digits.count <= 12, digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
            digits.filter({ $0 == "." }).count <= 1, digits.contains(where: \.isNumber), let d = Double(t.hasPrefix("+") ? String(digits) : t),
            abs(d) < 1_000_000_000
        else { return nil }
        return d
    }

    /// A list of strings; a single string is accepted as a list of one.
    mutating func strings(_ node: Node, key: String) -> [String] {
        switch node {
        case .scalar(let s): return s.string.isEmpty ? [] : [s.string]
        case .sequence(let seq):
            return seq.compactMap { item in
                if case .scalar(let s) = item { return s.string }
                report(Diagnostic(problems.invalidValue, "'\(key)' must be a list of strings", at: location(of: item)))
                return nil
            }
        default:
            report(Diagnostic(problems.invalidValue, "'\(key)' must be a list of strings", at: location(of: node)))
            return []
        }
    }

    /// A calendar date written `YYYY-MM-DD`.
    mutating func date(_ node: Node, key: String) -> CalendarDate? {
        if case .scalar(let s) = node, let date = CalendarDate(s.string) { return date }
        report(Diagnostic(problems.invalidValue, "'\(key)' must be a date written YYYY-MM-DD, found '\(node.string ?? node.kindName)'", at: location(of: node)))
        return nil
    }

    // MARK: - Depth

    /// The first node, in document order, nested deeper than ``NestingLimit/maximumDepth`` (the
    /// values of the top-level keys are at level 1). Walked with a stack of its own: the tree
    /// may be as deep as libyaml allows (1,000 levels).
    static func firstTooDeep(in root: Node) -> Node? {
        var stack: [(node: Node, level: Int)] = [(root, 0)]
        while let (node, level) = stack.popLast() {
            if level > NestingLimit.maximumDepth { return node }
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping.reversed() {
                    stack.append((value, level + 1))
                    stack.append((key, level + 1))
                }
            case .sequence(let sequence):
                for item in sequence.reversed() { stack.append((item, level + 1)) }
            case .scalar, .alias:
                break
            }
        }
        return nil
    }

    static func tooDeep(at location: SourceLocation, problems: Problems) -> Diagnostic {
        let what = problems.tooDeep == problems.invalidYAML ? "invalid YAML: values" : "front-matter values"
        return Diagnostic(problems.tooDeep, "\(what) nested more than \(NestingLimit.maximumDepth) levels deep", at: location)
    }

    // MARK: - Errors

    func diagnostic(for error: YamlError, in yaml: String = "") -> Diagnostic {
        let kind = problems.invalidYAML
        switch error {
        case .parser(_, let problem, let mark, _) where problem.hasPrefix("Maximum nesting level"):
            // libyaml's own limit (1,000 levels), reached before the tree is even built.
            return Self.tooDeep(at: location(mark), problems: problems)
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            var message = "invalid YAML: \(problem)"
            if let context { message += " (\(context.text) at line \(location(context.mark).line))" }
            // `title: Étape 1 : se connecter`, the French colon: a value holding `: ` is quoted.
            var notes = problem.hasPrefix("mapping values are not allowed")
                ? ["a value holding ': ' (a French colon) is written in quotes: title: \"Étape 1 : se connecter\""] : []
            // `linkedin:https://…`: a key without a space after its `:` is a value, and the next key breaks the mapping.
            if let unspaced = Self.keyWithoutSpace(in: yaml, before: mark.line) {
                notes = ["'\(unspaced.written)' is one value: write a space after the ':' of the key '\(unspaced.key)'"]
            }
            return Diagnostic(kind, message, at: location(mark), notes: notes)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Diagnostic(kind, "invalid YAML: duplicate key '\(duplicates.joined(separator: "', '"))'", at: location(context.mark),
                notes: ["the key is written again further down in the same mapping: YAML allows it once, so merge the two"])
        case .reader(let problem, _, _, _):
            return Diagnostic(kind, "invalid YAML: \(problem)", at: SourceLocation(file: file, line: lineOffset + 1))
        default:
            return Diagnostic(kind, "invalid YAML: \(error)", at: SourceLocation(file: file, line: lineOffset + 1))
        }
    }
}

extension YAMLReader {
    /// The line at or just above line `line` (1-based) of `yaml` that reads as a key missing the space
    /// after its `:` (`linkedin:https://…`, `titre:Accueil`), with that key; nil when none does.
    static func keyWithoutSpace(in yaml: String, before line: Int) -> (written: String, key: String)? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        for index in [line - 1, line - 2] where lines.indices.contains(index) {
            let text = lines[index].drop { $0 == " " }
            let key = text.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
            let rest = text.dropFirst(key.count)
            guard !key.isEmpty, rest.first == ":", let next = rest.dropFirst().first, !next.isWhitespace, next != ":" else { continue }
            return (String(text.prefix(60)), String(key))
        }
        return nil
    }
}

extension Node {
    var kindName: String {
        switch self {
        case .scalar: "string"
        case .mapping: "mapping"
        case .sequence: "list"
        case .alias: "alias"
        }
    }
}
