import RepereDiagnostics
import RepereSupport
import Yams

/// One key of a YAML mapping Repère reads into `Value` (`repere.yml` into ``SiteConfiguration``,
/// front-matter into ``FrontMatter``), declared once: its name, the type of value it takes, its
/// default, what it means, and how it is read. Decoding, the unknown-key check and the reference
/// pages (``KeyReference``) all come from the list of declared keys.
struct DeclaredKey<Value>: Sendable {
    var name: String
    /// Other names read as this key (`weight` for `order`, as in Hugo).
    var aliases: [String] = []
    var reference: KeyReference
    /// Reads the key's YAML value into the decoded value; problems go to the reader.
    var read: @Sendable (inout Value, Node, String, inout YAMLReader) -> Void

    init(
        _ name: String, aliases: [String] = [], type: String, default defaultValue: String, _ meaning: String,
        french: String = "", read: @escaping @Sendable (inout Value, Node, String, inout YAMLReader) -> Void
    ) {
        self.name = name
        self.aliases = aliases
        self.reference = KeyReference(
            name: name, aliases: aliases, type: type, defaultValue: defaultValue, meaning: meaning, french: french)
        self.read = read
    }
}

/// What the reference documentation says of a declared key.
public struct KeyReference: Sendable, Equatable {
    public var name: String
    public var aliases: [String]
    /// The kind of value: `text`, `true/false`, `date (YYYY-MM-DD)`, `list of text`…
    public var type: String
    /// The default, as written in the docs (`none` when the key is simply absent).
    public var defaultValue: String
    /// One sentence, in English (the reference pages).
    public var meaning: String
    /// One sentence, in French (the writers' page of the demo help centre); empty for keys it leaves out.
    public var french: String
}

/// The keys declared for one kind of YAML mapping, looked up by name or alias.
struct KeyTable<Value>: Sendable {
    let keys: [DeclaredKey<Value>]
    private let byName: [String: Int]

    init(_ keys: [DeclaredKey<Value>]) {
        self.keys = keys
        var byName: [String: Int] = [:]
        for (i, key) in keys.enumerated() {
            for name in [key.name] + key.aliases { byName[name] = i }
        }
        self.byName = byName
    }

    func key(named name: String) -> DeclaredKey<Value>? { byName[name].map { keys[$0] } }

    /// Every name a key answers to, for "did you mean" notes.
    var names: [String] { keys.flatMap { [$0.name] + $0.aliases } }

    /// The known name closest to `name`, when it is close enough to be a typo.
    func suggestion(for name: String) -> String? { EditDistance.closest(to: name, in: names) }
}

// MARK: - Keys of common shapes

extension DeclaredKey {
    /// A text key stored at `path` (an absent key keeps the default; an empty default is "none").
    static func text(_ name: String, _ path: any Sendable & WritableKeyPath<Value, String>, default defaultValue: String, _ meaning: String,
                     french: String = "") -> Self {
        Self(name, type: "text", default: defaultValue.isEmpty ? "none" : "`\"\(defaultValue)\"`", meaning, french: french) {
            value, node, key, reader in
            if let text = reader.string(node, key: key) { value[keyPath: path] = text }
        }
    }

    /// A folder of the project, relative to it: an absolute path or one whose `..` climbs out of
    /// the project is an error (the default stays), so a `repere.yml` never makes a build read,
    /// publish or overwrite files outside its project.
    static func projectFolder(_ name: String, _ path: any Sendable & WritableKeyPath<Value, String>, default defaultValue: String,
                              _ meaning: String) -> Self {
        Self(name, type: "folder in the project", default: defaultValue.isEmpty ? "none" : "`\"\(defaultValue)\"`", meaning + ", relative to the project, which it may not leave") {
            value, node, key, reader in
            if let text = reader.string(node, key: key), staysInProject(text, node: node, key: key, reader: &reader) { value[keyPath: path] = text }
        }
    }

    /// Folders of the project, one or a list, each as ``projectFolder(_:_:default:_:)`` reads it
    /// (one leaving the project is an error, and left out).
    static func projectFolders(_ name: String, _ path: any Sendable & WritableKeyPath<Value, [String]>, _ meaning: String) -> Self {
        Self(name, type: "folder in the project, or a list of them", default: "none", meaning + ", relative to the project, which they may not leave") {
            value, node, key, reader in
            let items: [Node] = if case .sequence(let sequence) = node { Array(sequence) } else { [node] }
            var folders: [String] = []
            for item in items {
                if let text = reader.string(item, key: key), !text.isEmpty, staysInProject(text, node: item, key: key, reader: &reader) { folders.append(text) }
            }
            value[keyPath: path] = folders
        }
    }

    /// Whether `text` is a path relative to the project that does not leave it; else reports it.
    private static func staysInProject(_ text: String, node: Node, key: String, reader: inout YAMLReader) -> Bool {
        var depth = 0
        for part in text.split(separator: "/") where part != "." {
            depth += part == ".." ? -1 : 1
            if depth < 0 { break }
        }
        guard !text.hasPrefix("/"), !text.hasPrefix("~"), depth >= 0 else {
            reader.report(Diagnostic(.configInvalidValue, "'\(key)' must be a folder inside the project, not '\(text)'",
                at: reader.location(of: node), notes: ["write a path relative to the folder of repere.yml, without '..' leaving it"]))
            return false
        }
        return true
    }

    /// A text key whose absence means "none" (`nil`).
    static func optionalText(_ name: String, aliases: [String] = [], _ path: any Sendable & WritableKeyPath<Value, String?>, _ meaning: String,
                             french: String = "") -> Self {
        Self(name, aliases: aliases, type: "text", default: "none", meaning, french: french) { value, node, key, reader in
            value[keyPath: path] = reader.string(node, key: key)
        }
    }

    static func flag(_ name: String, aliases: [String] = [], _ path: any Sendable & WritableKeyPath<Value, Bool>, default defaultValue: Bool,
                     _ meaning: String, french: String = "") -> Self {
        Self(name, aliases: aliases, type: "true/false", default: "`\(defaultValue)`", meaning, french: french) { value, node, key, reader in
            if let flag = reader.bool(node, key: key) { value[keyPath: path] = flag }
        }
    }

    static func date(_ name: String, _ path: any Sendable & WritableKeyPath<Value, CalendarDate?>, _ meaning: String, french: String = "") -> Self {
        Self(name, type: "date (YYYY-MM-DD)", default: "none", meaning, french: french) { value, node, key, reader in
            value[keyPath: path] = reader.date(node, key: key)
        }
    }

    /// A list of text; a single text is read as a list of one.
    static func list(_ name: String, aliases: [String] = [], _ path: any Sendable & WritableKeyPath<Value, [String]>, _ meaning: String,
                     french: String = "") -> Self {
        Self(name, aliases: aliases, type: "list of text", default: "none", meaning, french: french) { value, node, key, reader in
            value[keyPath: path] = reader.strings(node, key: key)
        }
    }

    /// One word out of `choices` (compared in lowercase). Another word is a `problems` error,
    /// or, with `otherwise`, a problem of that kind and the default kept.
    static func choice<Choice: RawRepresentable & CaseIterable & Sendable>(
        _ name: String, _ path: any Sendable & WritableKeyPath<Value, Choice>, default defaultValue: Choice, _ meaning: String,
        french: String = "", problems: YAMLReader.Problems, otherwise: DiagnosticKind? = nil, synonyms: [String: Choice] = [:]
    ) -> Self where Choice.RawValue == String {
        let choices = Choice.allCases.map(\.rawValue)
        let listed = choices.dropLast().joined(separator: ", ") + " or " + (choices.last ?? "")
        let consequence = otherwise == nil ? "" : ": read as '\(defaultValue.rawValue)'"
        return Self(name, type: choices.map { "`\($0)`" }.joined(separator: ", "), default: "`\(defaultValue.rawValue)`",
            meaning, french: french) { value, node, key, reader in
            guard let raw = reader.string(node, key: key) else { return }
            if let choice = Choice(rawValue: raw.lowercased()) ?? synonyms[raw.lowercased()] {
                value[keyPath: path] = choice
            } else {
                reader.report(Diagnostic(otherwise ?? problems.invalidValue, "unknown \(key) '\(raw)', expected \(listed)\(consequence)", at: reader.location(of: node)))
            }
        }
    }
}
