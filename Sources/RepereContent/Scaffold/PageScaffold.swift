import RepereSupport
import Foundation

/// Creates a new page file with a front-matter skeleton (`repere new`).
///
/// The file name is the title's slug (`"Changer de séjour ?"` → `changer-de-sejour.md`); an
/// existing file is never overwritten, and a section that does not exist is refused unless
/// `createSection` is set, so a typo does not silently start a new section.
public struct PageScaffold: Sendable {
    public var type: PageType
    public var title: String
    /// The section's folder inside the content folder (`affectations`, `missions/structures`);
    /// empty for the content folder itself.
    public var section: String
    public var createSection: Bool

    public init(type: PageType, title: String, section: String = "", createSection: Bool = false) {
        self.type = type
        self.title = title
        self.section = section.split(separator: "/").joined(separator: "/")
        self.createSection = createSection
    }

    /// Writes the page under `contentDirectory` and returns its path relative to it.
    ///
    /// - Throws: ``ScaffoldError`` when the title has no slug, the section is unknown or leaves
    ///   the content folder, or the file already exists.
    public func create(in contentDirectory: URL) throws -> String {
        let slug = Slug.make(from: title)
        guard !slug.isEmpty else { throw ScaffoldError("the title '\(title)' gives an empty file name: use letters or digits") }
        let parts = section.split(separator: "/")
        guard !parts.contains(where: { $0 == ".." || $0 == "." || $0.hasPrefix(".") }) else {
            throw ScaffoldError("section '\(section)' is not a folder inside the content folder")
        }
        let fm = FileManager.default
        let folder = section.isEmpty ? contentDirectory : contentDirectory.appendingPathComponent(section)
        var isDirectory: ObjCBool = false
        if !fm.fileExists(atPath: folder.path, isDirectory: &isDirectory) || !isDirectory.boolValue {
            guard createSection else {
                let known = Self.sections(in: contentDirectory).joined(separator: ", ")
                throw ScaffoldError("section '\(section)' does not exist (sections: \(known.isEmpty ? "none" : known)); pass --create-section to start it")
            }
            try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        let relative = (section.isEmpty ? "" : section + "/") + slug + ".md"
        let file = folder.appendingPathComponent(slug + ".md")
        guard !fm.fileExists(atPath: file.path), !fm.fileExists(atPath: folder.appendingPathComponent(slug).path) else {
            throw ScaffoldError("'\(relative)' already exists: it was left as it is (choose another title)")
        }
        let text = skeleton(order: type == .tutorial ? Self.nextTutorialOrder(in: folder) : nil)
        guard fm.createFile(atPath: file.path, contents: Data(text.utf8)) else {
            throw ScaffoldError("cannot write '\(relative)'")
        }
        return relative
    }

    /// The new file's text.
    func skeleton(order: Int?) -> String {
        var lines = [
            "---",
            "title: \(Self.quoted(title))",
            "description: \"Une phrase qui résume la page (listes et moteurs de recherche).\"",
            "type: \(type.rawValue)",
        ]
        if let order { lines.append("order: \(order)") }
        lines += [
            "tags: []",
            "# audience: la page hérite des publics de sa section ; décommentez pour restreindre.",
            "# audience: []",
            "---",
        ]
        switch type {
        case .faq:
            lines += ["Réponse courte à la question, en une ou deux phrases.", "", "Détails, cas particuliers et liens utiles."]
        case .tutorial:
            lines += ["À qui s'adresse ce tutoriel et ce qu'il permet de faire.", ""]
            for step in 1...3 { lines += ["## Étape \(step) : …", "", "Décrivez l'action et son résultat.", ""] }
            lines.removeLast()
        case .article:
            lines += ["Introduction.", "", "## Première partie", "", "Texte."]
        case .path:
            lines.insert(contentsOf: [
                "steps:",
                "  - page: ../une-rubrique/une-page.md",
                "    note: \"Ce qu'il faut en retenir\"",
                "    duration: 10 min",
            ], at: lines.count - 1)
            lines += ["À qui s'adresse ce parcours et ce qu'il permet de faire."]
        case .event:
            lines.insert(contentsOf: [
                "start: 2027-01-13 14:00",
                "end: 15:30",
                "online: true",
                "join_url: https://webinaire.example.gouv.fr/salle",
                "registration_url: https://demarches.example.gouv.fr/inscription",
                "# cancelled: true",
                "# replay: ../videos/replay.md",
            ], at: lines.count - 1)
            lines += ["Programme du webinaire, public visé et intervenants."]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A YAML double-quoted scalar.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n", "\r", "\t": out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// One more than the highest `order` of the tutorials already in `folder`.
    static func nextTutorialOrder(in folder: URL) -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var highest = 0
        for name in names where name.hasSuffix(".md") && !["_section.md", "_index.md"].contains(name) {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path),
                case .success(let parts) = FrontMatterSplitter.split(LineEnds.text(data), file: name)
            else { continue }
            let (frontMatter, _) = FrontMatter.decode(yaml: parts.yaml, file: name, lineOffset: 1)
            if frontMatter.type == .tutorial, let order = frontMatter.order { highest = max(highest, Int(order.rounded(.down))) }
        }
        return highest + 1
    }

    /// Section folders (those holding Markdown files) under the content folder, relative and sorted.
    public static func sections(in contentDirectory: URL) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: contentDirectory.path) else { return [] }
        var result: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") || relative == "assets" {
                walker.skipDescendants()
                continue
            }
            var isDirectory: ObjCBool = false
            let path = contentDirectory.appendingPathComponent(relative).path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue,
                let names = try? FileManager.default.contentsOfDirectory(atPath: path), names.contains(where: { $0.hasSuffix(".md") }) {
                result.append(relative)
            }
        }
        return result.sorted()
    }
}

/// Why `repere new` could not create the page.
public struct ScaffoldError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
