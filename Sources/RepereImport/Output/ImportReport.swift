import RepereContent
import RepereDiagnostics

/// `import-report.md`: what was imported, what Markdown approximates, every problem with its
/// record, and the commands to commit (the import itself never commits).
package enum ImportReport {
    package static func markdown(_ result: SnupportImport.Result, contentFolder: String, configuration: ConfigurationChange) -> String {
        var out = "# Import of the SNUpport knowledge base\n\n"
        let placed = result.tree.placed
        out += "From `\(result.sourceName)`: \(placed.count) records written into `\(contentFolder)/`"
        out += result.basePath.isEmpty ? ".\n" : ", each with its old address `\(result.basePath)/<slug>/` as an alias.\n"
        out += "The import does not commit: review the files, then run the commands at the end.\n"

        out += "\n## Records\n\n| type | published | draft | archived | total |\n|---|---:|---:|---:|---:|\n"
        for kind in KnowledgeRecord.Kind.allCases {
            let ofKind = placed.filter { $0.record.kind == kind }
            let counts = [PageStatus.published, .draft, .archived].map { s in ofKind.count { $0.status == s } }
            out += "| \(kind.rawValue) | " + counts.map(String.init).joined(separator: " | ") + " | \(ofKind.count) |\n"
        }
        let unreadable = placed.count { $0.roles.isEmpty }
        let unfiled = placed.count(where: \.isUnfiled)
        out += "\nStatuses: DRAFT → `draft`, PUBLISHED → published (the default, not written), ARCHIVED → `archived`."
        if unreadable > 0 {
            out += " \(plural(unreadable, "record")) no role could read \(unreadable == 1 ? "is a draft" : "are drafts") (`import.no-audience` below)."
        }
        if let folder = result.tree.unfiledFolder {
            out += " \(plural(unfiled, "record")) whose parent is missing or an article \(unfiled == 1 ? "is" : "are") in `\(folder)/`."
        }
        out += "\n"

        out += audiences(result, configuration: configuration)
        out += approximations(result)
        out += section("Unknown node types", [.importUnknownNode], result.diagnostics,
            empty: "None: every node is one the SNUpport editor makes.")
        out += section("Broken references", [.importUnknownLink, .importLinkToDraft], result.diagnostics,
            empty: "None: every link to the knowledge base names a record of the export.")
        out += section("Orphans", [.importOrphan, .importParentIsArticle], result.diagnostics,
            empty: "None: every record's parent is a section of the export.")
        let shown = Set([DiagnosticKind.importUnknownNode, .importUnknownLink, .importLinkToDraft, .importOrphan, .importParentIsArticle].map(\.id))
        out += section("Other warnings and notes", nil, result.diagnostics.filter { !shown.contains($0.id) }, empty: "None.")
        out += history(result)
        out += """

            ## Next steps

            ```sh
            repere check
            repere serve
            git add repere.yml \(contentFolder)\(result.feedback != nil || result.searches != nil ? " imports" : "")
            git commit -m "Import de la base de connaissance SNUpport"
            ```

            """
        return out
    }

    static func plural(_ n: Int, _ word: String, _ plural: String? = nil) -> String {
        "\(n) " + (n == 1 ? word : plural ?? word + "s")
    }

    /// How `repere.yml` was brought to declare the audiences.
    package enum ConfigurationChange: Sendable, Equatable {
        /// `repere.yml` did not exist: written with the audiences.
        case written
        /// `repere.yml` had no `audiences:`: the block was added at its end.
        case appended
        /// Every audience is already declared.
        case upToDate
        /// `repere.yml` declares other audiences: these are to add by hand.
        case toAdd([Audience])
    }

    private static func audiences(_ result: SnupportImport.Result, configuration: ConfigurationChange) -> String {
        var out = "\n## Audiences\n\n"
        guard !result.audiences.isEmpty else { return out + "No record names a role.\n" }
        out += "Each SNUpport role is an audience, declared in `repere.yml`; a page lists its own only where they are narrower than its section's (else it inherits them).\n\n"
        out += "| audience | label | SNUpport role | pages |\n|---|---|---|---:|\n"
        let roles = Set(result.tree.roles)
        for audience in result.audiences {
            let role = roles.first { SnupportRoles.audienceID($0) == audience.id } ?? audience.id
            let pages = result.tree.placed.count { $0.roles.contains(role) }
            out += "| `\(audience.id)` | \(audience.label) | `\(role)` | \(pages) |\n"
        }
        out += "\n"
        switch configuration {
        case .written: out += "`repere.yml` did not exist: it was written with these audiences.\n"
        case .appended: out += "`repere.yml` had no `audiences:`: the list was added at its end.\n"
        case .upToDate: out += "`repere.yml` already declares every one of them.\n"
        case .toAdd(let missing):
            out += "`repere.yml` declares other audiences: add these lines under `audiences:`, or `repere check` warns about each page that names them:\n\n```yaml\n"
            for audience in missing { out += "  \(audience.id): \(FrontMatterText.quoted(audience.label))\n" }
            out += "```\n"
        }
        return out
    }

    private static func approximations(_ result: SnupportImport.Result) -> String {
        let a = result.approximations
        var lines: [String] = []
        if a.underlined > 0 {
            lines.append("Underlined text (\(plural(a.underlined, "leaf", "leaves"))): Markdown has no underline, so the text is kept without it.")
        }
        if a.videos > 0 {
            lines.append("Videos (\(a.videos)): written as a link to the video, « Vidéo : <title of the page> (Vimeo) », since Repère lets no `<iframe>` through; add a transcript to each (RGAA 4.1).")
        }
        if a.deepHeadings > 0 {
            lines.append("Headings (\(a.deepHeadings)) below level 6 once shifted (`heading-six`) are written at level 6.")
        }
        if a.emptyBlocks > 0 {
            lines.append("Empty paragraphs, headings, quotes, lists and list items (\(a.emptyBlocks)) are left out: the editor adds them as spacing.")
        }
        if a.linkTextsFromTitles > 0 {
            lines.append("Links to articles whose text was their address (\(a.linkTextsFromTitles)) now show the article's title.")
        }
        if a.droppedLinkSuffixes > 0 {
            lines.append("Links to articles (\(a.droppedLinkSuffixes)) lost a `#anchor` or `?query`: SNUpport's headings had no anchors.")
        }
        if a.codeBlocks > 0 { lines.append("Code blocks (\(a.codeBlocks)), from pasted HTML, are fenced code.") }
        if a.schemelessLinks > 0 { lines.append("Links written `www.…` (\(a.schemelessLinks)) were given `https://`.") }
        for (mark, count) in a.unknownMarks.sorted(by: { $0.key < $1.key }) {
            lines.append("Text marked `\(mark)` (\(plural(count, "leaf", "leaves"))): not a mark of the editor; the text is kept without it.")
        }
        let copied = result.images.count
        if copied > 0 { lines.append("Images (\(plural(copied, "file"))) were copied from the assets folder into `assets/snupport/`.") }
        let updatedAt = result.tree.placed.count(where: \.record.updatedFromTimestamp)
        if updatedAt > 0 {
            lines.append("`updated` comes from `updatedAt` for \(updatedAt) records without `contentUpdatedAt`: SNUpport moves `updatedAt` at every reading (it counts views with an update), so these dates may be later than the last edit.")
        }
        lines.append("Headings are shifted one level down: the title is the page's only level 1, so `heading-one` is `##`.")
        lines.append("Dates are the UTC day of `createdAt` and `contentUpdatedAt` (or `updatedAt`).")
        return "\n## What Markdown approximates\n\n" + lines.map { "- " + $0 }.joined(separator: "\n") + "\n"
    }

    private static func section(_ title: String, _ kinds: [DiagnosticKind]?, _ diagnostics: [Diagnostic], empty: String) -> String {
        let ids = kinds.map { Set($0.map(\.id)) }
        let selected = diagnostics.filter { ids?.contains($0.id) ?? true }
        var out = "\n## \(title)\n\n"
        guard !selected.isEmpty else { return out + empty + "\n" }
        for d in selected {
            let place = d.location.map { "`\($0.file):\($0.line)`" } ?? "the export"
            out += "- \(place) \(d.severity.rawValue): \(d.message) [\(d.id)]\n"
        }
        return out
    }

    private static func history(_ result: SnupportImport.Result) -> String {
        guard result.feedback != nil || result.searches != nil else { return "" }
        var out = "\n## Impact history\n\nWithout any person identifier: no `_id`, `createdBy`, `treatedBy` or user id is copied, and dates are days.\n\n"
        if let f = result.feedback {
            out += "- `\(ImportedFiles.feedback)`: \(f.entries) feedback entries (article, page, day, `isPositive`, comment)"
            if f.leftOut > 0 { out += "; \(f.leftOut) left out, their article missing from the export" }
            out += ".\n"
        }
        if let s = result.searches {
            out += "- `\(ImportedFiles.searches)`: \(s.entries) searches (text, `resultsNumber`, `role`, day).\n"
        }
        let redactions = (result.feedback?.redactions ?? 0) + (result.searches?.redactions ?? 0)
        out += "- E-mail addresses and phone numbers typed by readers: \(redactions) replaced by « [courriel retiré] » or « [téléphone retiré] ».\n"
        return out
    }
}
