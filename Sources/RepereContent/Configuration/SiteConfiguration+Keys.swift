import RepereDiagnostics
import RepereSupport
import Yams

extension SiteConfiguration {
    /// Every key of `repere.yml`, declared once: decoding, the unknown-key warning and
    /// `Documentation/Reference/configuration.md` come from here.
    static let keys = KeyTable<SiteConfiguration>([
        .text("title", \.title, default: SiteConfiguration().title, "the site's name, in every page title and the header"),
        .text("description", \.description, default: "", "the home page's meta description"),
        DeclaredKey("base_url", type: "text", default: "`\"\(SiteConfiguration().baseURL)\"`",
            "where the site is published (`https://aide.example.gouv.fr/` or `/aide/`); internal links start with its path, and sitemap.xml and the feed need it absolute; an address of another scheme (`javascript:`) is an error"
        ) { config, node, key, reader in
            guard let text = reader.string(node, key: key) else { return }
            guard SiteConfiguration.isPublishingAddress(text) else {
                reader.report(Diagnostic(.configInvalidValue, "'base_url' must be an http or https address, or a path, not '\(text)'",
                    at: reader.location(of: node), notes: ["write https://aide.exemple.fr/ or /aide/"]))
                return
            }
            config.baseURL = text
        },
        DeclaredKey("nav", type: "list of pages, MkDocs style (`- Titre: page.md`, `- Rubrique: [ … ]`)", default: "none",
            "the order and the set of published pages: pages listed are published in that order, others are left out with a warning (or published after them, with `nav_unlisted: publish`)"
        ) { config, node, _, reader in
            config.navigation = Navigation.list(node, reader: &reader)
        },
        .text("nav_file", \.navigationFile, default: "",
            "a GitBook-style `SUMMARY.md` (path in the content folder) giving the order and the set of published pages, as `nav` does; the file itself is not published"),
        .choice("nav_unlisted", \.unlistedPages, default: SiteConfiguration().unlistedPages,
            "the Markdown pages `nav` or `nav_file` does not list: `leave-out`, not published (each reported, `nav.unlisted-page`); `publish`, published after the listed pages, in their own order, and the list's order wins over `order:`, as with Docusaurus' and VuePress' sidebars (`init --from` writes it for them)",
            problems: .config),
        .text("language", \.language, default: SiteConfiguration().language, "the `lang` of every page"),
        .projectFolder("content_dir", \.contentDirectory, default: SiteConfiguration().contentDirectory, "the folder of Markdown content (`.`: the project itself, whose `repere.yml`, output and templates folders are then no content)"),
        .projectFolder("templates_dir", \.templatesDirectory, default: SiteConfiguration().templatesDirectory,
            "the folder whose files override the built-in theme, file by file"),
        .projectFolder("output_dir", \.outputDirectory, default: SiteConfiguration().outputDirectory,
            "where the site is written (`--output` may point elsewhere)"),
        .projectFolders("static_dir", \.staticDirectories,
            "a folder (not the content folder) whose files are published at the site's root as they are (Docusaurus' `static/`: `static/img/a.png` at `/img/a.png`, which pages reach as `/img/a.png`, `@site/static/img/a.png` or `../static/img/a.png`), or a list of them (Starlight's `[public, src/assets]`), a file of an earlier one winning over a later one's at the same address; a file at the address of one of the site's own is not published (`static.clash`); none: nothing is"),
        .choice("addresses", \.addresses, default: SiteConfiguration().addresses,
            "how file and folder names become addresses: `repere`, as they are (`2026-bilan.md` at `/2026-bilan/`); `docusaurus`, as Docusaurus reads them: a number prefix is left out and gives the place in the folder (`5_integrations.md` at `/integrations/`, 5th; not a date or version, `2026-01-bilan.md`), `id:` names a page in its folder, and a file named like its folder (`guide/guide.md`) is the folder's page, unless the folder has its `index.md` or `README.md`; `init --from docusaurus` writes it",
            problems: .config),
        .choice("relative_links", \.relativeLinks, default: SiteConfiguration().relativeLinks,
            "how a relative link that names no file is read: `files`, as a file's path from the page's folder only (as Git forges show Markdown); `addresses`, also as an address from the page's own, as Jekyll, Hugo and MkDocs publish each page as a folder (`../b/` from `docs/a.md`, at `/docs/a/`, is `/docs/b/`); `init --from jekyll`, `hugo` and `mkdocs` write it (with `addresses: docusaurus`, such links are read so already); `names`, also a page's file named beside none (`[x](Glossaire.md)`) as the page of that name in any folder, the nearest, as Obsidian finds it; `init --from markdown` writes it",
            problems: .config),
        .choice("former_addresses", \.formerAddresses, default: SiteConfiguration().formerAddresses,
            "the addresses the tool the pages come from gave them, each redirecting to the page's own: `none`; `names`, the file's path as written, without `.md` (MkDocs: `T6_Annales/epreuve_bac.md` was `/T6_Annales/epreuve_bac/`); `lowercase`, the same lowercased, spaces as `-` (Hugo); `html`, the file's path as written, `.md` as `.html` (MkDocs' `use_directory_urls: false`, Jekyll's pages: `guide/Mon_Guide.md` was `/guide/Mon_Guide.html`), a folder's page its folder's `index.html`; `docusaurus`, the file's path as written without number prefixes (`community/35.security_team.md` was `/community/security_team/`); a live page, an alias or a redirect at that address wins; `init` writes it for the tools that need it",
            problems: .config),
        DeclaredKey("exclude", type: "list of path patterns", default: "none",
            "files of the content folder that are not published, as paths relative to it (`SUMMARY.md`, `package.json`, `**/brouillons/`); hidden files and folders never are, but for GitBook's `.gitbook/assets/`"
        ) { config, node, key, reader in
            config.exclude = reader.strings(node, key: key).map(PathGlob.init)
        },
        .text("timezone", \.timezone, default: SiteConfiguration().timezone,
            "the IANA time zone of events (`type: event`) that give no `timezone` of their own"),
        DeclaredKey("event_replay_days", type: "whole number", default: "`\(SiteConfiguration().eventReplayDays)`",
            "days after a past event before `check` warns that it has no `replay` (`event.replay-missing`)"
        ) { config, node, key, reader in
            if let days = reader.int(node, key: key) { config.eventReplayDays = max(0, days) }
        },
        DeclaredKey("video_max_mb", type: "whole number", default: "`\(SiteConfiguration().videoMaxMB)`",
            "the size in MB over which `check` warns about a video file of the content folder (`video.too-large`)"
        ) { config, node, key, reader in
            if let mb = reader.int(node, key: key) { config.videoMaxMB = max(0, mb) }
        },
        .text("edit_url", \.editURL, default: "",
            "link pattern for « Modifier cette page », `{path}` being the file's path in the repository (`https://forge.example/aide/-/edit/main/{path}`); none: no link"),
        .text("issue_url", \.issueURL, default: "",
            "link pattern for « Signaler un problème », `{title}` and `{url}` replaced by the page's title and address, URL-encoded; none: no link"),
        .flag("unsafe_html", \.unsafeHTML, default: SiteConfiguration().unsafeHTML,
            "let raw HTML from Markdown through unfiltered (except GFM's tag filter)"),
        .flag("hidden_searchable", \.hiddenPagesSearchable, default: SiteConfiguration().hiddenPagesSearchable,
            "whether the search finds the pages with `hidden: true`, which the menus and listings leave out: GitBook's hidden pages and Just the Docs' `nav_exclude` are hidden from the table of contents only (`init --from gitbook` and `jekyll` write `true`)"),
        DeclaredKey("audiences", type: "mapping of id to label", default: "none",
            "the reader groups pages may target, id → French label, in display order (`referent-departemental: Référent départemental`)"
        ) { config, node, key, reader in
            for (_, id, label) in textMapping(node, key: key, example: "ids to labels (referent: Référent)", reader: &reader) {
                config.audiences.append(Audience(id: id, label: label))
            }
        },
        DeclaredKey("redirects", type: "mapping of old address to page", default: "none",
            "old addresses that lead to a page, as GitBook's `.gitbook.yaml` or MkDocs' redirects plugin list them (`kit-accessibilite: guide/kit/README.md`); the page is named by its file in the content folder or its address; `init --from` writes them"
        ) { config, node, key, reader in
            for (location, from, to) in textMapping(node, key: key, example: "old addresses to pages (ancien/chemin: guide/page.md)", reader: &reader) {
                config.redirects.append(ConfiguredRedirect(from: from, to: to, location: location))
            }
        },
        DeclaredKey("site_variables", type: "mapping of name to text", default: "none",
            "the values of Jekyll's `{{ site.name }}` in pages (`repository: https://forge.example/aide`), put in their place before the Markdown is read, but between `{% raw %}` and `{% endraw %}`; a `{{ site.… }}` without one is shown as written, with a warning (without the key, pages are left as written); `init --from jekyll` copies the texts and numbers of `_config.yml`. GitBook 3's `{{ book.name }}` is the key `book.name`, which `init --from gitbook` copies from `book.json`'s `variables`"
        ) { config, node, key, reader in
            for (_, name, value) in textMapping(node, key: key, example: "names to texts (repository: https://…)", reader: &reader) {
                config.siteVariables[name] = value
            }
        },
        DeclaredKey("sections", type: "mapping of folder to `title`, `order`, `description`", default: "none",
            "the title, place and description of folders of the content folder that have no page of their own (`_section.md`), as other tools' settings give them (Jekyll's `collections:`, VitePress' navbar): `guide/avance: { title: \"Pour aller plus loin\", order: 2 }`; `init --from` writes them"
        ) { config, node, key, reader in
            config.sections = FolderSettings.decode(node, key: key, reader: &reader)
        },
        DeclaredKey("snippets", type: "mapping", default: "`base_path: [\".\"]`",
            "where the files pages include with `--8<-- \"fichier.md\"` (MkDocs' snippets) are looked up: `base_path`, folders of the project tried in order; `auto_append`, files added at the end of every page; `init --from mkdocs` copies them"
        ) { config, node, _, reader in
            config.snippets = SnippetSettings.decode(node, reader: &reader)
        },
        DeclaredKey("institution", type: "text or list of text", default: "none",
            "the lines of the institution block in the header (`[\"Ministère des Armées\", \"et des Anciens combattants\"]`); text only, no logo is bundled"
        ) { config, node, key, reader in
            config.institution = reader.strings(node, key: key).flatMap { $0.split(separator: "\n").map(String.init) }
        },
        DeclaredKey("accessibility_status", type: "`totalement`, `partiellement`, `non` (optionally followed by ` conforme`)",
            default: "`\(SiteConfiguration().accessibilityStatus.rawValue)`",
            "the RGAA conformity shown in the footer and the accessibility statement; `non` is what the law requires without a valid audit"
        ) { config, node, key, reader in
            guard let text = reader.string(node, key: key) else { return }
            let word = text.hasSuffix(" conforme") ? String(text.dropLast(" conforme".count)) : text
            guard let status = AccessibilityStatus(rawValue: word) else {
                reader.report(
                    Diagnostic(.configInvalidValue, "'accessibility_status' must be totalement, partiellement or non", at: reader.location(of: node)))
                return
            }
            config.accessibilityStatus = status
        },
        .text("accessibility_rate", \.accessibilityRate, default: "",
            "the audit's result, such as `\"62 %\"` of criteria met; none: the statement says no audit was made"),
        .date("accessibility_date", \.accessibilityDate, "the day the accessibility statement was written"),
        .text("contact_url", \.contactURL, default: "",
            "the contact page, linked from « Je n'ai pas trouvé de réponse » (section and FAQ pages) and the accessibility statement"),
        .text("collect_url", \.collectURL, default: "",
            "the address of `repere collect` (`/_retours/`, proxied by the site's server): « Cette page vous a-t-elle aidé ? » posts to its `avis` and the search page reports unanswered searches to its `recherche`; none: no form, nothing collected"),
        .flag("collect_views", \.collectViews, default: false,
            "with `collect_url`: count each page view at its `vue` (the page's path and the hour, no identifier; run `repere collect --views`)"),
        DeclaredKey("feedback_endpoint", type: "text", default: "none",
            "deprecated, use `collect_url`: where « Cette page vous a-t-elle aidé ? » posts its answers (the CSP allows its origin)"
        ) { config, node, key, reader in
            guard let text = reader.string(node, key: key) else { return }
            config.feedbackEndpoint = text
            reader.report(
                Diagnostic(.configDeprecatedKey, "'feedback_endpoint' is deprecated: use 'collect_url', the address of `repere collect`",
                    at: reader.location(of: node), notes: ["it still works: the form posts to it, and searches are not reported"]))
        },
        DeclaredKey("legal", type: "mapping", default: "none (« à compléter »)",
            "the facts of the generated legal pages: `publisher` (éditeur), `director` (directeur de la publication), `host` (hébergeur), `data_contact`, and `licence`, the content's, which every page's footer names (default `etalab-2.0`, the French State's open licence; `\"\"`: none said; `init` writes `\"\"` for another tool's site)"
        ) { config, node, _, reader in
            config.legal = LegalNotice.decode(node, reader: &reader)
        },
        DeclaredKey("history", type: "mapping", default: "none",
            "how Git history is read: `ignore_revisions`, a file of commit ids (one per line, `#` comments, as Git's `.git-blame-ignore-revs`) that count neither as updates nor for authorship, such as a migration"
        ) { config, node, _, reader in
            config.history = HistorySettings.decode(node, reader: &reader)
        },
        DeclaredKey("checks", type: "mapping of diagnostic ID to `off`, `note`, `warning` or `error`", default: "none",
            "how a diagnostic is reported, overriding its default severity (`page.orphan: off`); IDs in the diagnostics reference"
        ) { config, node, _, reader in
            config.checks.levels = CheckSettings.decodeLevels(node, reader: &reader)
        },
        DeclaredKey("checks_ignore", type: "list of path patterns", default: "none",
            "files whose diagnostics are not reported, as paths relative to the content folder (`archives/**`, `**/brouillon-*.md`)"
        ) { config, node, key, reader in
            config.checks.ignoredPaths = reader.strings(node, key: key).map(PathGlob.init)
        },
    ])

    /// Decodes `repere.yml` (shown as `file` in diagnostics) over the defaults.
    /// The entries of a mapping of text to text (`key: value`), each with its key's place; a
    /// node of another shape, or a value that is not text, is reported.
    static func textMapping(_ node: Node, key: String, example: String, reader: inout YAMLReader) -> [(SourceLocation, String, String)] {
        guard case .mapping(let mapping) = node else {
            reader.report(Diagnostic(.configInvalidValue, "'\(key)' must map \(example)", at: reader.location(of: node)))
            return []
        }
        return mapping.compactMap { name, value in
            guard let text = name.string, let value = reader.string(value, key: "\(key).\(text)") else { return nil }
            return (reader.location(of: name), text, value)
        }
    }

    public static func decode(yaml: String, file: String = "repere.yml") -> (SiteConfiguration, [Diagnostic]) {
        var reader = YAMLReader(yaml: yaml, file: file, lineOffset: 0, problems: .config)
        var config = SiteConfiguration()
        for (name, node, location) in reader.entries {
            guard let key = keys.key(named: name) else {
                let guess = keys.suggestion(for: name).map { "did you mean '\($0)'?" }
                reader.report(
                    Diagnostic(.configUnknownKey, "unknown key '\(name)' in repere.yml", at: location,
                        notes: (guess.map { [$0] } ?? []) + ["known keys: \(keys.names.sorted().joined(separator: ", "))"]))
                continue
            }
            key.read(&config, node, name, &reader)
        }
        return (config, reader.diagnostics)
    }

    /// The reference of every key, in declaration order.
    public static var keyReference: [KeyReference] { keys.keys.map(\.reference) }
}

extension HistorySettings {
    /// The `history:` mapping: ignore_revisions.
    static func decode(_ node: Node, reader: inout YAMLReader) -> HistorySettings {
        var settings = HistorySettings()
        guard case .mapping(let mapping) = node else {
            reader.report(Diagnostic(.configInvalidValue, "'history' must be a mapping (ignore_revisions: …)", at: reader.location(of: node)))
            return settings
        }
        for (key, value) in mapping {
            guard key.string == "ignore_revisions" else {
                reader.report(
                    Diagnostic(.configUnknownKey, "unknown key 'history.\(key.string ?? "")' in repere.yml", at: reader.location(of: key),
                        notes: ["known keys: ignore_revisions"]))
                continue
            }
            guard let path = reader.string(value, key: "history.ignore_revisions") else { continue }
            guard !path.hasPrefix("/"), !path.split(separator: "/").contains("..") else {
                reader.report(Diagnostic(.configInvalidValue, "'history.ignore_revisions' must be a path inside the project folder",
                    at: reader.location(of: value)))
                continue
            }
            settings.ignoreRevisions = path
            settings.ignoreRevisionsLocation = reader.location(of: value)
        }
        return settings
    }
}

extension SnippetSettings {
    /// The `snippets:` mapping: base_path, auto_append (text or lists of paths inside the project).
    static func decode(_ node: Node, reader: inout YAMLReader) -> SnippetSettings {
        var settings = SnippetSettings()
        guard case .mapping(let mapping) = node else {
            reader.report(Diagnostic(.configInvalidValue, "'snippets' must be a mapping (base_path: …)", at: reader.location(of: node)))
            return settings
        }
        for (key, value) in mapping {
            let name = key.string ?? ""
            guard name == "base_path" || name == "auto_append" else {
                reader.report(
                    Diagnostic(.configUnknownKey, "unknown key 'snippets.\(name)' in repere.yml", at: reader.location(of: key),
                        notes: ["known keys: base_path, auto_append"]))
                continue
            }
            var paths: [String] = []
            for path in reader.strings(value, key: "snippets.\(name)") {
                guard let normalized = SnippetPath.normalized(path) else {
                    reader.report(Diagnostic(.configInvalidValue, "'snippets.\(name)' must name paths inside the project, not '\(path)'",
                        at: reader.location(of: value), notes: ["write a path relative to the folder of repere.yml, without '..' leaving it"]))
                    continue
                }
                paths.append(normalized)
            }
            if name == "base_path" { settings.basePaths = paths } else { settings.autoAppend = paths }
        }
        return settings
    }
}

extension LegalNotice {
    /// The `legal:` mapping: publisher, director, host, data_contact.
    static func decode(_ node: Node, reader: inout YAMLReader) -> LegalNotice {
        var legal = LegalNotice()
        guard case .mapping(let mapping) = node else {
            reader.report(Diagnostic(.configInvalidValue, "'legal' must be a mapping (publisher: …)", at: reader.location(of: node)))
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
            case "licence", "license": legal.licence = text
            default:
                reader.report(
                    Diagnostic(.configUnknownKey, "unknown key 'legal.\(name)' in repere.yml", at: reader.location(of: key),
                        notes: ["known keys: publisher, director, host, data_contact, licence"]))
            }
        }
        return legal
    }
}

extension CheckSettings {
    /// The `checks:` mapping; unknown IDs are a warning with the closest known one.
    static func decodeLevels(_ node: Node, reader: inout YAMLReader) -> [DiagnosticID: Level] {
        guard case .mapping(let mapping) = node else {
            reader.report(Diagnostic(.configInvalidValue, "'checks' must map diagnostic IDs to off, note, warning or error",
                at: reader.location(of: node)))
            return [:]
        }
        var levels: [DiagnosticID: Level] = [:]
        for (key, value) in mapping {
            let name = key.string ?? ""
            guard let kind = DiagnosticKind.named(DiagnosticID(rawValue: name)) else {
                let guess = EditDistance.closest(to: name, in: DiagnosticKind.all.map(\.id.rawValue))
                reader.report(
                    Diagnostic(.configUnknownCheck, "unknown check '\(name)' in 'checks'", at: reader.location(of: key),
                        notes: guess.map { ["did you mean '\($0)'?"] } ?? ["the diagnostic IDs are listed by `repere reference diagnostics`"]))
                continue
            }
            guard let raw = reader.string(value, key: "checks.\(name)") else { continue }
            guard let level = Level(rawValue: raw.lowercased()) else {
                reader.report(Diagnostic(.configInvalidValue, "'checks.\(name)' must be off, note, warning or error, found '\(raw)'",
                    at: reader.location(of: value)))
                continue
            }
            guard kind.isAdjustable else {
                reader.report(Diagnostic(.configInvalidValue, "'\(name)' cannot be changed: the site would be wrong or unsafe",
                    at: reader.location(of: key)))
                continue
            }
            levels[kind.id] = level
        }
        return levels
    }
}
