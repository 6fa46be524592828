import Foundation
import RepereContent
import RepereDiagnostics

/// `repere import snupport`: a `mongoexport` of SNUpport's knowledge base turned into the
/// files of a Repère project, in memory. ``ProjectWriter`` writes them.
///
/// The steps: read the export (``ExportReader``), decode each record (``KnowledgeRecord``),
/// place them in a tree with their audiences (``KnowledgeTree``), write each body as Markdown
/// (``SlateConverter``) and each front-matter (``PageText``), then the impact history
/// (``ImpactHistory``). Problems are diagnostics against the export's lines; with any error
/// the result must not be written.
package struct SnupportImport: Sendable {
    package struct Options: Sendable {
        /// The `knowledgebases` export, and how diagnostics name it.
        package var knowledgeBase: URL
        package var knowledgeBaseName: String
        package var feedback: (url: URL, name: String)?
        package var searches: (url: URL, name: String)?
        /// The old site's path of the knowledge base (`/base-de-connaissance`).
        package var basePath = "/base-de-connaissance"
        /// A folder of images fetched beforehand (`--download-assets`).
        package var assetsFolder: URL?

        package init(knowledgeBase: URL, name: String) {
            self.knowledgeBase = knowledgeBase
            self.knowledgeBaseName = name
        }
    }

    /// The project's new files and what the report says about them.
    package struct Result: Sendable {
        /// Files of the content folder: path relative to it → text.
        package var pages: [(path: String, text: String)]
        /// Images to copy into the content folder: path relative to it → the fetched file.
        package var images: [(path: String, source: URL)]
        /// `imports/feedback.json` and `imports/searches.json`, when asked for.
        package var feedback: ImpactHistory.Outcome?
        package var searches: ImpactHistory.Outcome?
        /// The audiences the pages use (roles cut everywhere are left out), for `repere.yml`.
        package var audiences: [Audience]
        package var tree: KnowledgeTree
        package var approximations: Approximations
        package var diagnostics: [Diagnostic]
        package var basePath: String
        package var sourceName: String

        package var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    package var options: Options

    package init(options: Options) { self.options = options }

    /// Reads the exports and converts them.
    ///
    /// - Throws: when an export file cannot be read at all (its content's problems are
    ///   diagnostics).
    package func run() throws -> Result {
        try run(
            knowledgeBase: Self.bytes(options.knowledgeBase), feedback: options.feedback.map { try Self.bytes($0.url) },
            searches: options.searches.map { try Self.bytes($0.url) })
    }

    /// Converts exports already read (the files of ``options`` name them in diagnostics).
    package func run(knowledgeBase: [UInt8], feedback: [UInt8]? = nil, searches: [UInt8]? = nil) -> Result {
        let basePath = Self.normalizedBasePath(options.basePath)
        let file = options.knowledgeBaseName
        let (exported, readProblems) = ExportReader.read(knowledgeBase, file: file)
        var diagnostics = readProblems
        var records: [KnowledgeRecord] = []
        for record in exported {
            let (decoded, problems) = KnowledgeRecord.decode(record, file: file)
            diagnostics += problems
            if let decoded { records.append(decoded) }
        }
        let baseFolder = basePath.split(separator: "/").first.map { Slug.make(from: String($0)) }
        let (tree, treeProblems) = KnowledgeTree.build(records, file: file, reservedAtRoot: Set([baseFolder].compactMap { $0 }))
        diagnostics += treeProblems

        let links = KnowledgeLinks(basePath: basePath, bySlug: tree.bySlug)
        var assets = AssetLibrary(source: options.assetsFolder)
        var approximations = Approximations()
        var pages: [(path: String, text: String)] = []
        for placed in tree.placed {
            var converter = SlateConverter(page: placed, tree: tree, links: links, assets: assets)
            let body = converter.markdown(of: placed.record.content)
            let image = placed.record.imageSrc.map { converter.cardImageAddress($0) }
            assets = converter.assets
            approximations += converter.notes.approximations
            diagnostics += Self.diagnostics(converter.notes, of: placed.record, file: file)
            pages.append((placed.file, PageText.make(placed, body: body, image: image, basePath: basePath)))
        }
        if let folder = tree.unfiledFolder {
            pages.append((folder + "/_section.md", Self.unfiledSection))
        }
        pages.append((ImportedFiles.home, Self.home(basePath: basePath)))

        var result = Result(
            pages: pages, images: assets.files.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, feedback: nil,
            searches: nil, audiences: SnupportRoles.audiences(of: Set(tree.placed.flatMap(\.roles))), tree: tree, approximations: approximations,
            diagnostics: [], basePath: basePath, sourceName: file)
        if let feedback {
            let outcome = ImpactHistory.feedback(feedback, file: options.feedback?.name ?? "feedbacks.json", tree: tree)
            diagnostics += outcome.diagnostics
            result.feedback = outcome
        }
        if let searches {
            let outcome = ImpactHistory.searches(searches, file: options.searches?.name ?? "kbsearches.json")
            diagnostics += outcome.diagnostics
            result.searches = outcome
        }
        result.diagnostics = DiagnosticReport(diagnostics).diagnostics
        return result
    }

    /// `/base-de-connaissance` from `base-de-connaissance/`, `/x/`…; `/` alone is `""`.
    static func normalizedBasePath(_ path: String) -> String {
        let parts = path.split(separator: "/").filter { !$0.isEmpty }
        return parts.isEmpty ? "" : "/" + parts.joined(separator: "/")
    }

    private static func bytes(_ url: URL) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ImportError("cannot read '\(url.path)'")
        }
        return [UInt8](data)
    }

    /// One record's conversion problems, as diagnostics at its line.
    private static func diagnostics(_ notes: ConversionNotes, of r: KnowledgeRecord, file: String) -> [Diagnostic] {
        let at = SourceLocation(file: file, line: r.line)
        var out: [Diagnostic] = []
        for (type, count) in notes.unknownNodes.sorted(by: { $0.key < $1.key }) {
            out.append(Diagnostic(.importUnknownNode,
                "\(r.name): unknown Slate node '\(type)' (\(count) time\(count == 1 ? "" : "s")); its text is kept", at: at))
        }
        for message in notes.malformed {
            out.append(Diagnostic(.importMalformedNode, "\(r.name): \(message)", at: at))
        }
        for (url, text) in notes.unknownLinks {
            out.append(Diagnostic(.importUnknownLink,
                "\(r.name): link '\(url.prefix(120))'\(quoted(text)) names no record of the export; its text is kept without the link",
                at: at))
        }
        for (slug, text) in notes.draftLinks {
            out.append(Diagnostic(.importLinkToDraft, "\(r.name): link to the draft '\(slug)'\(quoted(text)) is kept as text", at: at,
                notes: ["a published page may not link to a draft, which is not published"]))
        }
        for url in Set(notes.missingAssets).sorted() {
            out.append(Diagnostic(.importMissingAsset,
                "\(r.name): image '\(url.prefix(120))' is not in the assets folder; its URL is kept", at: at))
        }
        return out
    }

    private static func quoted(_ text: String) -> String {
        text.isEmpty ? " (no text)" : " (« \(text.prefix(60)) »)"
    }

    /// `a-classer/_section.md`.
    static let unfiledSection = """
        ---
        title: "À classer"
        description: "Fiches de l'ancienne base de connaissance dont la rubrique est introuvable : à ranger dans leur rubrique."
        order: 999
        ---

        Ces fiches viennent de la base de connaissance SNUpport. Leur rubrique n'était pas dans l'export, ou n'était \
        pas une rubrique : déplacez chaque fichier dans le dossier de sa rubrique (son ancienne adresse reste valable).

        """

    /// `_index.md`: the home page, with the old knowledge base's address as its alias.
    static func home(basePath: String) -> String {
        var fm = FrontMatterText()
        if !basePath.isEmpty { fm.list("aliases", [basePath + "/"]) }
        return fm.result
    }
}

/// The files an import writes besides the pages, relative to the project (or, for the home
/// page, to the content folder).
package enum ImportedFiles {
    package static let home = "_index.md"
    package static let feedback = "imports/feedback.json"
    package static let searches = "imports/searches.json"
    package static let report = "import-report.md"
}

/// Why an import could not run (an unreadable file, a project it may not overwrite).
package struct ImportError: Error, CustomStringConvertible, Hashable, Sendable {
    package var description: String
    package init(_ description: String) { self.description = description }
}
