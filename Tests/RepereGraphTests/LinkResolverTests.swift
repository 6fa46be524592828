import RepereContent
import RepereDiagnostics
@testable import RepereGraph
@testable import RepereMarkdown
import RepereTestSupport
import Testing

@Suite struct LinkResolverTests {
    /// Loads, parses and resolves an in-memory content folder.
    /// With `statics`, the files of the static folder `static/`.
    func resolve(
        _ files: [String: String], basePath: String = "", redirects: [ConfiguredRedirect] = [], statics: [String: String]? = nil,
        addresses: AddressStyle = .repere, navigationFile: String = "", relativeLinks: RelativeLinks = .files,
        formerAddresses: FormerAddresses = .none, keepingTrees: Bool = true
    ) throws -> ResolvedSite {
        var configuration = SiteConfiguration()
        configuration.navigationFile = navigationFile
        configuration.staticDirectories = statics == nil ? [] : ["static"]
        configuration.addresses = addresses
        let source: any ContentSource = statics.map { SiteSource(content: InMemorySource(files), statics: [.init(path: "static", source: InMemorySource($0))]) } ?? InMemorySource(files)
        let loaded = try ContentLoader(configuration: configuration).load(from: source)
        let parsed = ParseStage(filter: .init(allowsRawHTML: false)).run(loaded.pages, keepingTrees: keepingTrees)
        var resolver = LinkResolver(basePath: basePath)
        resolver.configuredRedirects = redirects
        resolver.staticFolders = configuration.staticFolders
        resolver.addressStyle = addresses
        resolver.leftOut = loaded.leftOut
        resolver.relativeLinks = relativeLinks
        resolver.formerAddresses = formerAddresses
        return resolver.resolve(parsed.pages, drafts: loaded.drafts, assets: loaded.assets)
    }

    func page(_ title: String, _ body: String = "", extra: String = "") -> String {
        "---\ntitle: \(title)\n\(extra)---\n\(body)"
    }

    func rewrites(of url: String, in site: ResolvedSite) -> [String: String] {
        site.rewrites[site.pages.firstIndex { $0.page.url.rawValue == url }!]
    }

    /// A page beside its French translation (MkDocs' i18n plugin, Hugo: `faq.md`, `faq.fr.md`)
    /// is left out with a note: the translation is published at its address, links to either
    /// reach it, and a navigation entry naming the page lists the translation.
    @Test func aFrenchTranslationIsPublishedInsteadOfItsPage() throws {
        let site = try resolve([
            "SUMMARY.md": "* [FAQ](faq.md)\n* [Guide](guide.md)\n",
            "faq.md": page("FAQ", "English."), "faq.fr.md": page("Questions", "[g](guide.md) [f](faq.md)"),
            "guide.md": page("Guide", "[f](faq.fr.md)"),
        ], navigationFile: "SUMMARY.md")
        #expect(site.pages.filter { $0.page.kind == .article }.map { "\($0.page.url) \($0.page.title)" }.sorted() == ["/faq/ Questions", "/guide/ Guide"])
        #expect(site.diagnostics.isEmpty, "\(site.diagnostics)")
        let loaded = try ContentLoader(configuration: .init()).load(from: InMemorySource(["faq.md": page("FAQ"), "faq.fr.md": page("Questions")]))
        #expect(loaded.diagnostics.map { "\($0.id) \($0.location?.file ?? "")" } == ["content.translated content/faq.md"])
        #expect(Set(rewrites(of: "/faq/", in: site).values) == ["/guide/", "/faq/"])
        #expect(site.pages.first { $0.page.url == "/faq/" }?.page.frontMatter.order == 1)
        // A page named after a site (`data.gouv.fr.md`, in a GitBook book) is no translation: its name is its own.
        let domain = try resolve(["data.gouv.md": page("Data"), "data.gouv.fr.md": page("Le site"), "a.md": page("A", "[s](data.gouv.fr.md)")])
        #expect(domain.pages.map(\.page.url.rawValue).sorted() == ["/", "/a/", "/data-gouv-fr/", "/data-gouv/"] && domain.diagnostics.isEmpty, "\(domain.pages.map(\.page.url.rawValue)) \(domain.diagnostics)")
    }

    /// A footnote's anchor, as GitBook links it (`#user-content-fn-1`, GitHub's id) or as written
    /// (`#fn-1`), is reached; so is a heading's with GitHub's prefix.
    @Test func footnoteAnchorsAreReached() throws {
        // `check` keeps only the pages' outlines: the footnotes' anchors outlive their blocks.
        for keepingTrees in [true, false] {
            let site = try resolve(
                ["a.md": page("A", "## Étape\n\n[l'attestation](#user-content-fn-1)[^1] [n](#fn-1) [e](#user-content-etape) [x](#fn-2)\n\n[^1]: Note.\n")],
                keepingTrees: keepingTrees)
            #expect(site.diagnostics.map(\.message) == ["no heading of 'A' has the anchor '#fn-2'"])
            #expect(rewrites(of: "/a/", in: site) == ["#user-content-fn-1": "#fn-1", "#user-content-etape": "#etape"])
        }
    }

    /// Wiki links name a page or file by its name, in any folder, the nearest first; one naming
    /// nothing is a broken link.
    @Test func wikiLinksReachThePageOrFileOfTheirName() throws {
        let files = [
            "Home.md": page("Accueil", "[[Créer un compte]] [[Guide/Page|ici]] [[Guide/Page#Partie#Étape 2]] ![[capture.png]] [[Page#Étape 2]] [[Absente]]"),
            "Créer-un-compte.md": page("Créer un compte"), "Guide/Page.md": page("P", "## Étape 2\n"), "_assets/capture.png": "png",
            "Autre/Page.md": page("Q"), "Autre/b.md": page("B", "[[Page]] [g](Glossaire.md#Smart%20Object) [x](absente.md)"),
            "_glossaire/Glossaire.md": page("Glossaire", "## Smart Object\n"),
            "Notes/alias.md": page("Alias", "[[Autre nom]]", extra: "aliases: [Autre nom, /ancienne/]\n"),
        ]
        let site = try resolve(files, relativeLinks: .names)
        // Obsidian's `aliases:` with a space are names wiki links use, not addresses; an address stays one.
        #expect(rewrites(of: "/notes/alias/", in: site)["wiki-ref:Autre nom"] == "/notes/alias/")
        #expect(site.redirects.map(\.from.rawValue) == ["/ancienne/"])
        let home = rewrites(of: "/home/", in: site)
        #expect(home["wiki-ref:Créer un compte"] == "/creer-un-compte/")
        #expect(home["wiki-ref:Guide/Page"] == "/guide/page/")
        #expect(home["wiki-ref:Guide/Page#Partie#Étape 2"] == "/guide/page/#etape-2", "a path of headings: the last one")
        #expect(home["wiki-ref:capture.png"]?.hasSuffix("/capture.png") == true)
        // The nearest of two `Page.md`: beside the page, else the shortest path (then by name).
        #expect(rewrites(of: "/autre/b/", in: site)["wiki-ref:Page"] == "/autre/page/")
        // With `relative_links: names`, a Markdown file named beside the page but in another folder:
        // found by its name too (Obsidian's links); without, a broken link.
        #expect(rewrites(of: "/autre/b/", in: site)["Glossaire.md#Smart%20Object"] == "/glossaire/glossaire/#smart-object")
        #expect(try resolve(files).diagnostics.contains { $0.message == "link target 'Glossaire.md#Smart%20Object' does not exist" })
        #expect(site.diagnostics.map(\.id).sorted() == ["link.broken", "link.broken", "link.missing-anchor"], "\(site.diagnostics)")
        #expect(site.diagnostics.contains { $0.message == "link target 'Absente' does not exist: no page or file of the content folder is named so" })
    }

    /// Jekyll's `.markdown` pages are pages: `index.markdown` the home page, links to their
    /// `.html` addresses or files reach them; so are `.mkd`, `.mkdn`, `.mdown` and `.mkdown`.
    @Test func markdownFilesNamedDotMarkdownArePages() throws {
        let site = try resolve([
            "index.markdown": page("Accueil", "[À propos](about.html) [b](guide/b.markdown) [c](c.mkd) [d](d.html)"),
            "about.markdown": page("À propos"), "guide/index.markdown": page("Guide"), "guide/b.markdown": page("B"),
            "c.mkd": page("C"), "d.mdown": page("D"), "e.txt": "# Pas une page\n",
        ])
        #expect(site.pages.map { "\($0.page.kind) \($0.page.url)" }.sorted() == [
            "article /about/", "article /c/", "article /d/", "article /guide/b/", "home /", "section /guide/",
        ])
        #expect(Set(rewrites(of: "/", in: site).values) == ["/about/", "/c/", "/d/", "/guide/b/"] && site.diagnostics.isEmpty, "\(site.diagnostics)")
    }

    /// GitHub's prefix is taken off once: a fragment of it repeated is none (and costs one pass).
    @Test func aRepeatedUserContentPrefixIsNoAnchor() {
        let table = AnchorTable([], title: "A", marked: ["fn-1"])
        #expect(table.anchor("user-content-fn-1") == "fn-1")
        #expect(table.anchor(String(repeating: "user-content-", count: 5_000) + "fn-1") == nil)
    }

    /// A page's `# Titre {#mon-ancre}`, taken for its title, keeps its anchor: links reach it.
    @Test func theTitleHeadingsOwnAnchorIsReached() throws {
        let site = try resolve(["a.md": "# Titre {#mon-ancre}\nTexte.\n", "b.md": page("B", "[x](a.md#mon-ancre)")])
        #expect(!site.diagnostics.contains { $0.id == "link.missing-anchor" }, "\(site.diagnostics)")
        #expect(rewrites(of: "/b/", in: site).values.first == "/a/#mon-ancre")
        // Character references in a title heading, as Markdown shows them (found in a sweep: `l&apos;orientation`).
        let entities = try resolve(["a.md": "# Ce que l&apos;orientation &mdash; &eacute;t&eacute;\nTexte.\n"])
        #expect(entities.pages.first { $0.page.url == "/a/" }?.page.title == "Ce que l'orientation — été")
        // Spaced, as mdBook writes it (`# Interfaçage (FFI) { #chapter-ffi }`; found in a sweep).
        let spaced = try resolve(["a.md": "# Interfaçage (FFI) { #chapter-ffi }\nTexte.\n", "b.md": page("B", "[x](a.md#chapter-ffi)")])
        #expect(spaced.pages.first { $0.page.url == "/a/" }?.page.title == "Interfaçage (FFI)")
        #expect(!spaced.diagnostics.contains { $0.id == "link.missing-anchor" }, "\(spaced.diagnostics)")
    }

    /// Hugo's French translations, `page.fr.md`: published as `page.md` would be, and reached
    /// by links and references written with or without the `.fr`.
    @Test func hugosFrenchTranslationsArePublishedWithoutTheirSuffix() throws {
        let site = try resolve([
            "_index.fr.md": page("Accueil", "[a]({{< ref \"guide\" >}}) [b](guide/page.md) [c](guide/page.fr.md) [d](guide/bundle)"),
            "guide/_index.fr.md": page("Guide", "[e](page)"),
            "guide/page.fr.md": page("Page"),
            "guide/bundle/index.fr.md": page("Paquet"),
        ])
        #expect(site.pages.map { "\($0.page.kind) \($0.page.url)" }.sorted() == [
            "article /guide/bundle/", "article /guide/page/", "home /", "section /guide/",
        ])
        #expect(site.diagnostics.isEmpty, "\(site.diagnostics)")
        #expect(Set(rewrites(of: "/", in: site).values) == ["/guide/", "/guide/page/", "/guide/bundle/"])
        // A page moved by its `url:` is still reached by its file's name from the root (Hugo's `ref`).
        let moved = try resolve([
            "a.md": page("A", "[b]({{< ref \"guide/b\" >}})"), "guide/b.md": page("B", "", extra: "url: /ailleurs/\n"),
        ])
        #expect(moved.diagnostics.isEmpty, "\(moved.diagnostics)")
        #expect(Array(rewrites(of: "/a/", in: moved).values) == ["/ailleurs/"])
        // `ref` looks beside the page first, then from the content folder, as Hugo does.
        let refs = try resolve([
            "docs/a.md": page("A", "[b]({{< ref \"b.md\" >}}) [c]({{< relref \"outils\" >}}) [d]({{< ref \"guide/d.md\" >}}) [x]({{< ref \"absent.md\" >}})"),
            "docs/b.md": page("B"), "b.md": page("B racine"), "outils/_index.md": page("Outils"), "guide/d.md": page("D"),
        ])
        #expect(rewrites(of: "/docs/a/", in: refs) == ["hugo-ref:b.md": "/docs/b/", "hugo-ref:outils": "/outils/", "hugo-ref:guide/d.md": "/guide/d/"])
        #expect(refs.diagnostics.map(\.message) == ["link target 'absent.md' does not exist"])
        // A bundle's file under a language's address (Hugo Learn's French pages show `/en/…` images).
        let languages = try resolve(["guide/page.fr.md": page("Page", "![a](/en/guide/images/a.png?width=20pc) ![b](/en/guide/images/absente.png)"), "guide/images/a.png": "png"])
        #expect(rewrites(of: "/guide/page/", in: languages) == ["/en/guide/images/a.png?width=20pc": "/guide/images/a.png"])
        #expect(languages.diagnostics.map(\.id) == ["image.missing"])
        #expect(LinkResolver.withoutLanguage("pt-br/a.md") == "a.md" && LinkResolver.withoutLanguage("eng/a.md") == nil && LinkResolver.withoutLanguage("fr") == nil)
        // The French home (`/fr/`, a Starlight site's French pages link it) is the home page; `/ui/` is no home.
        let home = try resolve(["index.md": page("Accueil"), "a.md": page("A", "[accueil](/fr/) [québec](/fr-ca) [x](/ui/) [y](/fra/)")])
        #expect(rewrites(of: "/a/", in: home) == ["/fr/": "/", "/fr-ca": "/"])
        #expect(home.diagnostics.map(\.message) == ["link target '/ui/' does not exist", "link target '/fra/' does not exist"])
        // A fragment alone is the page's own, with no marker; a marker written by hand, even twice, is read once.
        let marked = try resolve(["a.md": page("A", "## Installer\n\n[i]({{< ref \"#installer\" >}}) [m](hugo-ref:hugo-ref:b.md) [e](hugo-ref:https://exemple.fr/)"), "b.md": page("B")])
        #expect(rewrites(of: "/a/", in: marked) == ["hugo-ref:hugo-ref:b.md": "/b/", "hugo-ref:https://exemple.fr/": "https://exemple.fr/"])
        #expect(marked.diagnostics.isEmpty)
        #expect(ContentPath("a/README.FR.md").pageFileName == "README.md" && ContentPath("fr.md").pageFileName == "fr.md")
        #expect(ContentPath("a/image.fr.png").pageFileName == "image.fr.png")
    }

    @Test func resolvesEveryFormAuthorsUse() throws {
        let body = """
            [a](./autre.md) [b](autre.md#etape-2-valider) [c](../transport/bus.md) [d](../transport/_section.md)
            [e](../transport) [f](/transport/bus/) [g](plan/index.md) [h](%C3%A9t%C3%A9.md) [i](#haut) [j](https://snu.gouv.fr/x.md)
            [k](mailto:aide@exemple.fr) ![l](plan/carte.svg) [m](../_index.md)

            ## Haut
            """
        let site = try resolve([
            "s/_section.md": page("S"),
            "s/page.md": page("Page", body),
            "s/autre.md": page("Autre", "## Étape 2 : valider\n"),
            "s/été.md": page("Été"),
            "s/plan/index.md": page("Plan"),
            "s/plan/carte.svg": "<svg/>",
            "transport/_section.md": page("Transport"),
            "transport/bus.md": page("Bus"),
        ], basePath: "/aide")
        #expect(site.diagnostics.isEmpty)
        #expect(rewrites(of: "/s/page/", in: site) == [
            "./autre.md": "/aide/s/autre/", "autre.md#etape-2-valider": "/aide/s/autre/#etape-2-valider",
            "../transport/bus.md": "/aide/transport/bus/", "../transport/_section.md": "/aide/transport/",
            "../transport": "/aide/transport/", "/transport/bus/": "/aide/transport/bus/", "plan/index.md": "/aide/s/plan/",
            "%C3%A9t%C3%A9.md": "/aide/s/ete/", "plan/carte.svg": "/aide/s/plan/carte.svg", "../_index.md": "/aide/",
        ])
    }

    @Test func linksInsideABundleAreRelativeToItsFolder() throws {
        let site = try resolve([
            "s/plan/index.md": page("Plan", "![carte](carte.svg) [voisin](../voisin.md)"),
            "s/plan/carte.svg": "<svg/>",
            "s/voisin.md": page("Voisin"),
        ])
        #expect(site.diagnostics.isEmpty)
        #expect(rewrites(of: "/s/plan/", in: site) == ["carte.svg": "/s/plan/carte.svg", "../voisin.md": "/s/voisin/"])
    }

    @Test func problemsAreReportedAtTheLinkPositionInTheFile() throws {
        let body = """
            Texte [cassé](absent.md) et [ancre](autre.md#etape-3).
            [dehors](../../../etc/passwd) ![image](absente.png) [brouillon](brouillon.md) [ici](#nulle-part)
            [non-md](notes.txt)
            """
        let site = try resolve([
            "s/page.md": page("Page", body),
            "s/autre.md": page("Autre", "## Étape 2\n"),
            "s/brouillon.md": page("Brouillon", extra: "status: draft\n"),
        ])
        let found = site.diagnostics.sorted().map { "\($0.location!.line):\($0.location!.column) \($0.id)" }
        #expect(found == [
            "4:7 link.broken", "4:29 link.missing-anchor", "5:1 path.escapes-content", "5:31 image.missing",
            "5:53 link.to-draft", "5:79 link.missing-anchor", "6:1 link.broken",
        ])
        #expect(site.diagnostics.allSatisfy { $0.severity == .error && $0.location?.file == "content/s/page.md" })
        // A missing anchor still leads to its page: with the error lowered, the link works but for its place.
        #expect(rewrites(of: "/s/page/", in: site)["autre.md#etape-3"] == "/s/autre/#etape-3")
    }

    /// A site path to no page, and `related:` entries that are no page, are broken links.
    @Test func brokenSitePathsAndRelatedEntriesAreReported() throws {
        let site = try resolve([
            "s/page.md": page("Page", "[x](/nope/) [y](/s/autre/) [z](/s/autre/#absente)\n",
                extra: "related: [autre.md, absente.md, ../../dehors.md, img.svg, /s/autre/]\n"),
            "s/autre.md": page("Autre"),
            "s/img.svg": "<svg/>",
        ])
        #expect(site.diagnostics.sorted().map { "\($0.location!) \($0.id): \($0.message)" } == [
            "content/s/page.md:3:1 link.broken: link target 'absente.md' does not exist",
            "content/s/page.md:3:1 link.broken: related page 'img.svg' is not a page",
            "content/s/page.md:3:1 path.escapes-content: '../../dehors.md' points outside the content folder",
            "content/s/page.md:5:1 link.broken: link target '/nope/' does not exist",
            "content/s/page.md:5:28 link.missing-anchor: no heading of 'Autre' has the anchor '#absente'",
        ])
        #expect(rewrites(of: "/s/page/", in: site) == ["/s/autre/": "/s/autre/", "/s/autre/#absente": "/s/autre/#absente"])
        let autre = try #require(site.pages.firstIndex { $0.page.title == "Autre" })
        #expect(site.graph.explicitRelated[site.pages.firstIndex { $0.page.title == "Page" }!] == [autre, autre])
    }

    @Test func selfLinksAndCyclesResolve() throws {
        let site = try resolve([
            "a.md": page("A", "[moi](a.md) [b](b.md)"),
            "b.md": page("B", "[a](a.md)"),
        ])
        #expect(site.diagnostics.isEmpty)
        #expect(rewrites(of: "/a/", in: site) == ["a.md": "/a/", "b.md": "/b/"])
    }

    /// Anchors are looked up in a table made once per page: a page of 30,000 headings, each
    /// followed by a link to its own anchor (and another page linking to every one, half of them
    /// in the Git forge's spelling), resolves in linear time. It took 75 s of the resolve stage,
    /// quadratic in the anchors.
    @Test(.timeLimit(.minutes(1)))
    func thirtyThousandAnchorsResolveInLinearTime() throws {
        let n = 30_000
        let own = (0..<n).map { "## Étape \($0)\n\n[l’étape \($0)](#etape-\($0))\n" }.joined(separator: "\n")
        let other = (0..<n).map { $0.isMultiple(of: 2) ? "[e](a.md#etape-\($0))" : "[e](a.md#Étape-\($0))" }.joined(separator: "\n")
        let loaded = try ContentLoader(configuration: .init()).load(from: InMemorySource(["a.md": page("A", own), "b.md": page("B", other)]))
        let parsed = ParseStage(filter: .init(allowsRawHTML: false)).run(loaded.pages)
        let clock = ContinuousClock()
        let start = clock.now
        let site = LinkResolver(basePath: "").resolve(parsed.pages, drafts: [], assets: [])
        let elapsed = clock.now - start
        #expect(site.diagnostics.isEmpty)
        #expect(rewrites(of: "/b/", in: site)["a.md#Étape-7"] == "/a/#etape-7")
        #expect(rewrites(of: "/b/", in: site).count == n)
        #expect(elapsed < .seconds(10), "resolving took \(elapsed)")
    }

    @Test func anchorsAreFoundAsWrittenThenInTheForgesSpelling() {
        let headings = CommonMarkParser.parse("## Étape 2 : valider\n## Étape 2 : valider\n## etape-2-valider\n").headings
        #expect(headings.map(\.anchor) == ["etape-2-valider", "etape-2-valider-1", "etape-2-valider-2"])
        let table = AnchorTable(headings)
        #expect(table.anchor("etape-2-valider-1") == "etape-2-valider-1")
        #expect(table.anchor("étape-2--valider") == "etape-2-valider")
        #expect(table.anchor("Étape-2--valider-1") == "etape-2-valider-1")
        #expect(table.anchor("étape-3") == nil)
    }

    /// The hints for a broken fragment: an anchor of the same letters, the smallest of several;
    /// the title's first whole words, of 3 letters or more.
    @Test func hintsForABrokenFragment() {
        let table = AnchorTable(CommonMarkParser.parse("## B <a id=\"_x1\"></a>\n## A <a id=\"x-1\"></a>\n").headings, title: "1. Introduction au guide")
        #expect(table.anchorSpelled(like: "x1") == "_x1")
        #expect(table.anchorSpelled(like: "--") == nil)
        #expect(table.titleStarts(like: "1-introduction"))
        #expect(table.titleStarts(like: "1-introduction-au-guide"))
        #expect(!table.titleStarts(like: "1"))
        #expect(!table.titleStarts(like: "1-intro"))
        #expect(!table.titleStarts(like: "1-au"))
    }

    @Test func problemsInsideConvertedContainersAreReportedWhereWritten() throws {
        let body = """
            ::: tip Voir [ici](absente-1.md)
            Texte [lien](absente-2.md) et ![image](absente-3.png).
            :::
            {% hint style="info" %}
            Un [lien](absente-4.md).
            ::: warning
            Imbriqué : [lien](absente-5.md)
            :::
            {% endhint %}
            !!! note
                MkDocs : [lien](absente-6.md)
            """
        let site = try resolve(["a.md": page("A", body)])
        #expect(site.diagnostics.map { "\($0.location!) \($0.id)" } == [
            "content/a.md:4:14 link.broken", "content/a.md:5:7 link.broken", "content/a.md:5:31 image.missing",
            "content/a.md:8:4 link.broken", "content/a.md:10:12 link.broken", "content/a.md:14:14 link.broken",
        ])
    }

    @Test func anchorsAsGitBookAndGitHubSpellThemFindTheHeading() {
        let headings = CommonMarkParser.parse("""
            ## Pourquoi l’OWASP ?
            ## 1. Installer l'application
            ## Sécurité & conformité (RGPD)
            ## Pourquoi l’OWASP ?
            ## Qu’est-ce que c’est ?
            ## Qu'est-ce que c'est ?
            ## 2024 : bilan n°3
            """).headings
        #expect(headings.map(\.anchor) == [
            "pourquoi-l-owasp", "1-installer-l-application", "securite-conformite-rgpd", "pourquoi-l-owasp-1",
            "qu-est-ce-que-c-est", "qu-est-ce-que-c-est-1", "2024-bilan-n-3",
        ])
        let table = AnchorTable(headings)
        // GitBook drops apostrophes and joins the letters around them.
        #expect(table.anchor("pourquoi-lowasp") == "pourquoi-l-owasp")
        #expect(table.anchor("pourquoi-lowasp-1") == "pourquoi-l-owasp-1")
        #expect(table.anchor("1.-installer-lapplication") == "1-installer-l-application")
        // GitBook's newer editor puts `id-` before a heading starting with a digit, and keeps its points.
        #expect(table.anchor("id-1.-installer-lapplication") == "1-installer-l-application")
        #expect(table.anchor("id-2024-bilan-n3") == "2024-bilan-n-3")
        #expect(table.anchor("id-pourquoi-lowasp") == nil, "only before a digit")
        // GitBook cuts anchors at 100 characters.
        let long = CommonMarkParser.parse("#### Inscrivez votre adresse courriel et le mot de passe de votre choix. Sélectionnez ensuite _Créer mon compte_.\n").headings
        let cut = "inscrivez-votre-adresse-courriel-et-le-mot-de-passe-de-votre-choix.-selectionnez-ensuite-creer-mon-c"
        #expect(cut.count == 100 && AnchorTable(long).anchor(cut) == long.first?.anchor)
        #expect(AnchorTable(long).anchor("inscrivez-votre-adresse") == nil, "a short beginning is no cut anchor")
        // GitBook spells `&`, `<`, `>` out; letters that are not there still designate nothing.
        #expect(table.anchor("securite-and-conformite-rgpd") == "securite-conformite-rgpd")
        #expect(table.anchor("securite-et-conformite-rgpd") == nil)
        #expect(AnchorTable(CommonMarkParser.parse("## Le champ \\<nom>\n").headings).anchor("le-champ-less-thannomgreater-than") == "le-champ-nom")
        // GitHub keeps accents and turns each space into a hyphen.
        #expect(table.anchor("sécurité--conformité-rgpd") == "securite-conformite-rgpd")
        #expect(table.anchor("pourquoi-lowasp-") == "pourquoi-l-owasp")
        #expect(table.anchor("2024--bilan-n3") == "2024-bilan-n-3")
        // Two headings of different texts folding alike: neither is guessed.
        #expect(table.anchor("quest-ce-que-cest") == nil)
        #expect(table.ambiguousAnchors("quest-ce-que-cest") == ["qu-est-ce-que-c-est", "qu-est-ce-que-c-est-1"])
        #expect(table.anchor("pourquoi-lowasp-2") == nil)
        #expect(table.anchor("---") == nil)
    }

    @Test func linksWithGitBookAnchorsAreRewrittenToTheSitesAnchors() throws {
        let site = try resolve([
            "securite.md": page("Sécurité", "## Pourquoi l’OWASP ?\n## C’est parti !\n## C'est parti !\n"),
            "guide.md": page("Guide", "[a](securite.md#pourquoi-lowasp) [b](securite#Pourquoi-LOWASP)\n\n[c](securite.md#cest-parti)\n"),
        ])
        #expect(rewrites(of: "/guide/", in: site) == [
            "securite.md#pourquoi-lowasp": "/securite/#pourquoi-l-owasp", "securite#Pourquoi-LOWASP": "/securite/#pourquoi-l-owasp",
            "securite.md#cest-parti": "/securite/#cest-parti",  // ambiguous: reported, and still the page
        ])
        #expect(site.diagnostics.map { "\($0.location!) \($0.id) \($0.notes)" } == [
            "content/guide.md:6:1 link.missing-anchor [\"headings of different texts could be meant: #c-est-parti, #c-est-parti-1\"]",
        ])
    }

    @Test func permalinksAreReachedByFileByAddressAndFromTheFilesAddress() throws {
        let site = try resolve([
            "guide/_section.md": page("Guide"),
            "guide/intro.md": page("Intro", "## Pourquoi ?\n", extra: "permalink: /premiers-pas.html\n"),
            "guide/autre.md": page("Autre", extra: "slug: installation\n"),
            "guide/vieux.md": page("Vieux", extra: "permalink: /guide/autre/\n"),
            "liens.md": page("Liens", "[a](guide/intro.md#pourquoi) [b](/premiers-pas/) [c](/premiers-pas.html) [d](guide/autre)\n"),
        ])
        #expect(rewrites(of: "/liens/", in: site) == [
            "guide/intro.md#pourquoi": "/premiers-pas/#pourquoi", "/premiers-pas/": "/premiers-pas/",
            "/premiers-pas.html": "/premiers-pas/", "guide/autre": "/guide/installation/",
        ])
        // `autre.md`'s file address is now `vieux.md`'s page: no redirect from it.
        #expect(site.redirects == [
            Redirect(from: "/guide/intro/", to: "/premiers-pas/"), Redirect(from: "/guide/vieux/", to: "/guide/autre/"),
            Redirect(from: "/premiers-pas.html", to: "/premiers-pas/"),
        ])
        #expect(site.diagnostics.isEmpty)
    }

    /// docsify's heading links (`guide?id=etape-2`, `?id=section-a`) reach the anchor (found in a
    /// sweep: 21 lost their anchor); an id naming no heading leaves the page's address as before.
    @Test func docsifysIdQueryIsTheAnchor() throws {
        let site = try resolve([
            "index.md": page("Accueil", "[a](guide?id=etape-2) [b](?id=section-a) [c](guide.md?x=1&id=etape-2) [d](guide?id=nope)\n\n## Section A\n"),
            "guide.md": page("Guide", "## Étape 2\n"),
        ])
        #expect(rewrites(of: "/", in: site) == ["guide?id=etape-2": "/guide/#etape-2", "?id=section-a": "#section-a",
                                               "guide.md?x=1&id=etape-2": "/guide/#etape-2", "guide?id=nope": "/guide/"])
        // Any other site's `?id=42`, no heading's: the page, as before (found in a review: a build failed on it).
        #expect(site.diagnostics.isEmpty, "\(site.diagnostics)")
        let other = try resolve(["index.md": page("Accueil", "[a](b.md?id=42) [b](?id=7)"), "b.md": page("B", "Texte.\n")])
        #expect(rewrites(of: "/", in: other) == ["b.md?id=42": "/b/"] && other.diagnostics.isEmpty, "\(other.diagnostics)")
    }

    /// A file renamed in Git history keeps its old address as Repère gave it and as the former
    /// tool gave it (mdBook's `/02_devenv.html`; found in a sweep: only `/02-devenv/` redirected).
    @Test func aRenamedFilesFormerToolAddressRedirects() throws {
        let loaded = try ContentLoader(configuration: .init()).load(from: InMemorySource(["devenv.md": page("Env"), "guide/index.md": page("Guide")]))
        var pages = loaded.pages
        func renamed(_ url: SitePath, from old: ContentPath) throws {
            let i = try #require(pages.firstIndex { $0.url == url })
            pages[i].history = PageHistory(created: nil, updated: Timestamp(seconds: 0), authors: [], readerNote: "", previousPaths: [old], isUncommitted: false)
        }
        try renamed("/devenv/", from: "02_devenv.md")
        // A folder's page: its old `/coc/index.html` is where `/coc/` redirects, one file (found in a sweep: a build stopped on it).
        try renamed("/guide/", from: "coc/index.md")
        let parsed = ParseStage(filter: .init(allowsRawHTML: false)).run(pages)
        var resolver = LinkResolver(basePath: "")
        resolver.formerAddresses = .html
        let site = resolver.resolve(parsed.pages, drafts: loaded.drafts, assets: loaded.assets)
        #expect(site.redirects == [Redirect(from: "/02-devenv/", to: "/devenv/"), Redirect(from: "/02_devenv.html", to: "/devenv/"),
                                   Redirect(from: "/coc/", to: "/guide/"), Redirect(from: "/devenv.html", to: "/devenv/")])
        #expect(site.diagnostics.isEmpty, "\(site.diagnostics)")
        // An old address differing from a live page's by case alone is none (found in a review: both were written).
        let cased = try ContentLoader(configuration: .init()).load(from: InMemorySource(["Guide/Install.md": page("Installer"), "Guide/Setup.md": page("Nouveau")]))
        var casedPages = cased.pages
        let install = try #require(casedPages.firstIndex { $0.url == "/guide/install/" })
        casedPages[install].history = PageHistory(created: nil, updated: Timestamp(seconds: 0), authors: [], readerNote: "",
            previousPaths: ["Guide/Setup.md"], isUncommitted: false)
        var names = LinkResolver(basePath: "")
        names.formerAddresses = .names
        let casedSite = names.resolve(ParseStage(filter: .init(allowsRawHTML: false)).run(casedPages).pages, drafts: [], assets: cased.assets)
        #expect(!casedSite.redirects.contains { $0.from.rawValue.lowercased() == "/guide/setup/" }, "\(casedSite.redirects)")
        // Old paths are read in the site's address style: a number prefix Docusaurus drops gives no address of its own.
        var configuration = SiteConfiguration()
        configuration.addresses = .docusaurus
        let prefixed = try ContentLoader(configuration: configuration).load(from: InMemorySource(["community/chat.md": page("Chat")]))
        var renamedPages = prefixed.pages
        let chat = try #require(renamedPages.firstIndex { $0.url == "/community/chat/" })
        renamedPages[chat].history = PageHistory(created: nil, updated: Timestamp(seconds: 0), authors: [], readerNote: "",
            previousPaths: ["05-community/10-chat.md"], isUncommitted: false)
        var docusaurus = LinkResolver(basePath: "")
        docusaurus.addressStyle = .docusaurus
        let resolved = docusaurus.resolve(ParseStage(filter: .init(allowsRawHTML: false)).run(renamedPages).pages, drafts: [], assets: prefixed.assets)
        #expect(resolved.redirects.isEmpty, "\(resolved.redirects)")
    }

    @Test func aliasesBecomeRedirectsAndCollisionsAreErrors() throws {
        let site = try resolve([
            // Its own address as an alias (Hugo sites have them): nothing to do, no error.
            "s/a.md": page("A", extra: "aliases: [/ancien/a/, ancienne-a, /s/b/, /../../etc, /s/a/]\n"),
            "s/b.md": page("B", extra: "aliases: [/ancien/a]\n"),
        ])
        #expect(site.redirects == [
            Redirect(from: "/ancien/a/", to: "/s/a/"), Redirect(from: "/s/ancienne-a/", to: "/s/a/"),
        ])
        #expect(site.diagnostics.map(\.id).sorted() == ["alias.collision", "alias.collision", "path.escapes-site"])
    }

    /// A link written to an `id` with spaces (`#Problème-1 :`) reaches it as the page writes it.
    @Test func aLinkToAnIDWithSpacesReachesIt() throws {
        let site = try resolve([
            "a.md": page("A", "Voir [p](#Problème-1 :) et [q](b.md#Problème-1 :).\n\n<h3 id=\"Problème-1 :\">Problème</h3>\n"),
            "b.md": page("B", "<p id=\"Problème-1 :\">Texte</p>\n"),
        ])
        #expect(site.diagnostics.isEmpty, "\(site.diagnostics)")
        #expect(Set(rewrites(of: "/a/", in: site).values) == ["#Problème-1", "/b/#Problème-1"])
    }

    /// The files the build writes at the root (`404.html`, `sitemap.xml`) are no redirect's: an
    /// alias there is an error `check` reports too (before, only the build's write found it); a
    /// permalink's file (Jekyll's `404.md` at `permalink: /404.html`) leaves it to the build's own.
    @Test func noRedirectOverwritesAFileTheBuildWrites() throws {
        let site = try resolve([
            "a.md": page("A", extra: "aliases: [/404.html, /sitemap.xml]\n"), "introuvable.md": page("Introuvable", extra: "permalink: /404.html\n"),
        ])
        #expect(site.redirects == [Redirect(from: "/introuvable/", to: "/404/")], "\(site.redirects)")
        #expect(site.diagnostics.map(\.message) == [
            "alias '/404.html' is the address of a file the build writes (404.html)", "alias '/sitemap.xml' is the address of a file the build writes (sitemap.xml)",
        ])
    }

    /// `redirects:` of repere.yml: an old address (a folder's, unless it names an HTML file) to a
    /// page named by its file, its folder or its address; to no page, or from a live page's
    /// address, it is not made, with a warning. A page's own alias wins.
    @Test func configuredRedirectsLeadOldAddressesToPages() throws {
        let site = try resolve([
            "guide/README.md": "# Guide\n", "guide/page.md": page("Page", extra: "aliases: [/pris/]\n"), "autre.md": page("Autre"),
        ], redirects: [
            ConfiguredRedirect(from: "kit-accessibilite", to: "guide/page.md"), ConfiguredRedirect(from: "/beta.gouv", to: "guide/"),
            ConfiguredRedirect(from: "ancien/page.html", to: "/autre/"), ConfiguredRedirect(from: "disparue", to: "guide/disparue.md"),
            ConfiguredRedirect(from: "autre", to: "guide/page.md"), ConfiguredRedirect(from: "pris", to: "autre.md"),
            ConfiguredRedirect(from: "guide/page/", to: "guide/page.md"), ConfiguredRedirect(from: "/../../etc", to: "autre.md"),
        ])
        #expect(site.redirects == [
            Redirect(from: "/ancien/page.html", to: "/autre/"), Redirect(from: "/beta.gouv/", to: "/guide/"),
            Redirect(from: "/kit-accessibilite/", to: "/guide/page/"), Redirect(from: "/pris/", to: "/guide/page/"),
        ])
        #expect(site.diagnostics.map(\.id).sorted() == ["path.escapes-site", "redirect.ignored", "redirect.ignored", "redirect.ignored"])
    }

    /// `former_addresses`: the addresses MkDocs (names as written) or Hugo (lowercased) gave the
    /// pages redirect to them; a live page or an alias there wins, and an address differing only
    /// by case is none (a folder cannot hold both).
    @Test func formerAddressesRedirectToThePages() throws {
        let files = [
            "T6_Annales/epreuve_bac.md": page("Épreuve"), "T6_Annales/README.md": page("Annales"), "Guide/Mon Guide.md": page("Guide"),
            "deja.md": page("Déjà", extra: "aliases: [/Ancien_Nom/]\n"), "Ancien_Nom.md": page("Ancien"),
        ]
        let mkdocs = try resolve(files, formerAddresses: .names)
        #expect(mkdocs.redirects == [
            Redirect(from: "/Ancien_Nom/", to: "/deja/"), Redirect(from: "/Guide/Mon Guide/", to: "/guide/mon-guide/"),
            Redirect(from: "/T6_Annales/", to: "/t6-annales/"), Redirect(from: "/T6_Annales/epreuve_bac/", to: "/t6-annales/epreuve-bac/"),
        ], "the alias wins; /Guide/, the section's, differs from /guide/ only by case")
        #expect(mkdocs.diagnostics.isEmpty)
        let hugo = try resolve(files, formerAddresses: .lowercase)
        #expect(hugo.redirects.map(\.from.rawValue) == ["/Ancien_Nom/", "/ancien_nom/", "/t6_annales/", "/t6_annales/epreuve_bac/"])
        #expect(try resolve(files).redirects == [Redirect(from: "/Ancien_Nom/", to: "/deja/")])
        // MkDocs' `use_directory_urls: false`, Jekyll's pages: each file's `.html`.
        let files2 = try resolve(files, formerAddresses: .html)
        #expect(files2.redirects.map { "\($0.from) \($0.to)" }.sorted() == [
            "/Ancien_Nom.html /ancien-nom/", "/Ancien_Nom/ /deja/", "/Guide/Mon Guide.html /guide/mon-guide/", "/T6_Annales/epreuve_bac.html /t6-annales/epreuve-bac/",
            "/T6_Annales/index.html /t6-annales/", "/deja.html /deja/",
        ])
        // Docusaurus: names as written without their number prefix, a folder's own file at its folder (found in a sweep: 67 of 114 pages lost theirs).
        let docusaurus = try resolve([
            "community/35.security_team.md": page("Sécurité"), "02-guide/02-guide.md": page("Guide"), "02-guide/Mon_Guide.md": page("Mon guide"),
            "a-b.md": page("A"),
        ], addresses: .docusaurus, formerAddresses: .docusaurus)
        #expect(docusaurus.redirects.map { "\($0.from) \($0.to)" }.sorted() == [
            "/community/security_team/ /community/security-team/", "/guide/Mon_Guide/ /guide/mon-guide/",
        ], "\(docusaurus.redirects)")
        // mdBook: a chapter's page beside its folder, and the first page as the home page, at their own `.html` (found in a review).
        let book = try resolve([
            "introduction.md": page("Introduction"), "chapitre_1.md": page("Chapitre"), "chapitre_1/detail.md": page("Détail"),
        ], formerAddresses: .html)
        #expect(book.redirects.map { "\($0.from) \($0.to)" }.sorted() == [
            "/chapitre_1.html /chapitre-1/", "/chapitre_1/detail.html /chapitre-1/detail/", "/introduction.html /introduction/",
        ], "\(book.redirects)")
    }

    /// A link to a file left out because it would run code on the site says so.
    @Test func aLinkToAFileThatWouldRunCodeSaysWhyItIsNotPublished() throws {
        let site = try resolve(["a.md": page("A", "[api](/api/index.html) [outil](outil.js)"), "api/index.html": "<script>x()</script>", "outil.js": "x()"])
        #expect(site.diagnostics.map(\.message) == [
            "link target '/api/index.html' is not published: an HTML or JavaScript file would run on the site's origin",
            "link target 'outil.js' is not published: an HTML or JavaScript file would run on the site's origin",
        ])
    }

    /// A link to a page's alias (an old address, a Docusaurus category's `/category/<label>`)
    /// reaches the page, rewritten to its address.
    @Test func linksToAnAliasReachItsPage() throws {
        let site = try resolve([
            "a.md": page("A", "[vieux](/ancien/adresse) [catégorie](/category/les-bases/) [relatif](/b/)"),
            "b.md": page("B", extra: "aliases: [/ancien/adresse/, /category/les-bases/]\n"),
        ])
        #expect(site.diagnostics.isEmpty, "\(site.diagnostics)")
        #expect(rewrites(of: "/a/", in: site) == ["/ancien/adresse": "/b/", "/category/les-bases/": "/b/", "/b/": "/b/"])
    }

    /// No redirect is written where the build writes a page of its own (the search page, the
    /// site map, a tag's listing…): a former address or a permalink's old one gives way, an alias
    /// or a redirect of `repere.yml` is reported.
    @Test func redirectsGiveWayToTheGeneratedPages() throws {
        let site = try resolve([
            "recherche.md": page("Chercher", extra: "slug: chercher\ntags: [Aide]\n"), "Plan du site.md": page("Plan", extra: "slug: plan\n"),
            "b.md": page("B", extra: "aliases: [/mentions-legales/, /etiquettes/aide/, /etiquettes/autre/]\n"),
            "c.md": page("C", extra: "permalink: /ailleurs/\n"),
        ], redirects: [ConfiguredRedirect(from: "plan-du-site", to: "b.md"), ConfiguredRedirect(from: "glossaire", to: "b.md")], formerAddresses: .lowercase)
        #expect(site.redirects.map(\.from.rawValue) == ["/c/", "/etiquettes/autre/", "/glossaire/"], "no glossary here: \(site.redirects)")
        #expect(site.diagnostics.map(\.message) == [
            "alias '/mentions-legales/' is the address of a page the build writes (/mentions-legales/)",
            "alias '/etiquettes/aide/' is the address of a page the build writes (/etiquettes/aide/)",
            "the redirect 'plan-du-site' is not made: '/plan-du-site/' is already a page, an alias or a page or file the build writes",
        ])
    }

    /// Links as people write them in repositories made for other tools: without `.md`, to a
    /// folder (its README.md), with a trailing slash; files with spaces are percent-encoded.
    @Test func linksWithoutMdOrToAFolderResolve() throws {
        let site = try resolve([
            "guide/README.md": page("Guide"),
            "guide/page.md": page("Page", "[a](autre) [b](autre/) [c](../guide) [d](sous-dossier) ![e](<images/mon image.png>)"),
            "guide/autre.md": page("Autre"),
            "guide/sous-dossier/README.md": page("Sous-dossier"),
            "guide/sous-dossier/b.md": page("B"),
            "guide/images/mon image.png": "png",
        ])
        #expect(site.diagnostics.isEmpty, "\(site.diagnostics)")
        #expect(rewrites(of: "/guide/page/", in: site) == [
            "autre": "/guide/autre/", "autre/": "/guide/autre/", "../guide": "/guide/", "sous-dossier": "/guide/sous-dossier/",
            "images/mon image.png": "/guide/images/mon%20image.png",
        ])
    }

    /// Docusaurus' `.mdx` files are pages like `.md` ones, reached by their name with or without
    /// extension, `index.mdx` being its folder's page; a file path from the root (`/blocs/basic.mdx`)
    /// starts from the content folder, as Docusaurus reads it.
    @Test func mdxFilesArePagesReachedAsMdOnesAre() throws {
        let site = try resolve([
            "intro.mdx": page("Introduction", "[a](blocs/basic.mdx) [b](./blocs/basic) [c](blocs) [d](blocs/basci.mdx) [e](/blocs/basic.mdx)"),
            "blocs/index.mdx": page("Blocs"),
            "blocs/basic.mdx": page("Bloc simple"),
        ])
        #expect(site.pages.map(\.page.url.rawValue).sorted() == ["/", "/blocs/", "/blocs/basic/", "/intro/"])
        #expect(site.pages.first { $0.page.url.rawValue == "/blocs/" }?.page.kind == .section)
        #expect(rewrites(of: "/intro/", in: site) == [
            "blocs/basic.mdx": "/blocs/basic/", "./blocs/basic": "/blocs/basic/", "blocs": "/blocs/", "/blocs/basic.mdx": "/blocs/basic/",
        ])
        #expect(site.diagnostics.map(\.id) == ["link.broken"])
        #expect(site.diagnostics.first?.notes == ["did you mean 'blocs/basic.mdx'?"])
    }

    /// Docusaurus' `@site/` starts from the project's folder: the content folder is `content/`
    /// in these tests.
    @Test func siteRootedPathsInTheContentFolderResolve() throws {
        let site = try resolve([
            "guide/page.md": page("Page", "![a](@site/content/guide/images/capture.png) [b](@site/content/autre.md) ![c](@site/static/img/x.png)"),
            "guide/images/capture.png": "png",
            "autre.md": page("Autre"),
        ])
        #expect(rewrites(of: "/guide/page/", in: site) == [
            "@site/content/guide/images/capture.png": "/guide/images/capture.png", "@site/content/autre.md": "/autre/",
        ])
        #expect(site.diagnostics.map(\.id) == ["image.missing"])
    }

    /// Docusaurus' `static/` folder (`static_dir`): its files are at the site's root, reached as
    /// site paths, from the project's folder (`@site/static/`) or by climbing out of the content
    /// folder; a path leaving the project, or landing beside the static folder, still escapes.
    @Test func filesOfTheStaticFolderResolveInEveryFormDocusaurusReads() throws {
        let body = """
            ![a](/img/a.png) ![b](@site/static/img/a.png) ![c](../../static/img/a.png#clair) [d](/aide/docs/guide.pdf)
            ![e](/img/absente.png) ![f](../../static/img/b.png) [g](../../../dehors.md) [h](../../package.json) ![i](/img/a.png?v=2)
            """
        let site = try resolve(["guide/page.md": page("Page", body)], basePath: "/aide", statics: ["img/a.png": "png", "docs/guide.pdf": "pdf"])
        #expect(rewrites(of: "/guide/page/", in: site) == [
            "/img/a.png": "/aide/img/a.png", "@site/static/img/a.png": "/aide/img/a.png", "../../static/img/a.png#clair": "/aide/img/a.png",
            "/aide/docs/guide.pdf": "/aide/docs/guide.pdf", "/img/a.png?v=2": "/aide/img/a.png",
        ])
        #expect(site.diagnostics.map(\.id) == ["image.missing", "image.missing", "path.escapes-content", "path.escapes-content"])
        #expect(site.diagnostics[1].message == "image '../../static/img/b.png' does not exist" && site.diagnostics[1].notes == ["did you mean 'a.png'?"])
        // Without a static folder, nothing of it is found.
        let without = try resolve(["guide/page.md": page("Page", "![a](/img/a.png) ![c](../../static/img/a.png)")])
        #expect(without.diagnostics.map(\.id) == ["image.missing", "path.escapes-content"])
    }

    /// A relative address in a Docusaurus page is read from the folder its own address names, as a
    /// browser reads it (`./contractual/sla` from `slug: /contracts`; an image `img/logo.png` there:
    /// the static folder's); `/fr/img/…` is the static file of a site in several languages, and
    /// `/docs/…` a page of a French site published under `/fr/docs/`.
    @Test func docusaurusAddressesAreReadAsBrowsersReadThem() throws {
        let files = [
            "contractual/contracts.md": page("Contrats", "[a](./contractual/vm/sla) ![b](img/logo.png) ![c](/fr/img/logo.png) [d](/docs/contractual/vm/sla)"),
            "contractual/vm/sla_vm.md": page("SLA", extra: "slug: /contractual/vm/sla\n"),
        ]
        let site = try resolve(
            files.merging(["contractual/contracts.md": files["contractual/contracts.md"]!.replacingOccurrences(of: "title: Contrats\n", with: "title: Contrats\nslug: /contracts\n")]) { $1 },
            basePath: "/fr/docs", statics: ["img/logo.png": "png"], addresses: .docusaurus)
        #expect(site.diagnostics.isEmpty, "\(site.diagnostics)")
        #expect(rewrites(of: "/contracts/", in: site) == [
            "./contractual/vm/sla": "/fr/docs/contractual/vm/sla/", "img/logo.png": "/fr/docs/img/logo.png", "/fr/img/logo.png": "/fr/docs/img/logo.png",
            "/docs/contractual/vm/sla": "/fr/docs/contractual/vm/sla/",
        ])
        // A site under `/cours/docs/` (Docusaurus' `baseUrl: '/cours/'`, its docs at `docs/`)
        // publishes its static files at `/cours/…` too.
        let course = try resolve(["a.md": page("A", "[csv](/cours/fichiers/a.csv) [b](/cours/absente/)")], basePath: "/cours/docs",
            statics: ["fichiers/a.csv": "csv"], addresses: .docusaurus)
        #expect(rewrites(of: "/a/", in: course) == ["/cours/fichiers/a.csv": "/cours/docs/fichiers/a.csv"])
        #expect(course.diagnostics.map(\.id) == ["link.broken"])
        // `/docs/a` there: Docusaurus adds `baseUrl` (found in a sweep: 21 false errors blocked a build).
        let withoutBase = try resolve(["a.md": page("A"), "b.md": page("B", "[a](/docs/a)")], basePath: "/cours/docs", addresses: .docusaurus)
        #expect(withoutBase.diagnostics.isEmpty && rewrites(of: "/b/", in: withoutBase) == ["/docs/a": "/cours/docs/a/"])
        // Without the slug, the page's folder is /contractual/: the address is wrong there too.
        #expect(try resolve(files, statics: ["img/logo.png": "png"], addresses: .docusaurus).diagnostics.map(\.id).contains("link.broken"))
    }

    /// `addresses: docusaurus`: a page whose number prefix or `id:` gave it its address is reached by
    /// its file, by its address, and by a relative address as Docusaurus' pages write them.
    @Test func docusaurusAddressesAreReachedByFileAndByAddress() throws {
        let body = """
            [a](5_external-integrations.md) [b](external-integrations) [c](/dev/external-integrations/) [d](../api/rest#auth)
            [e](setup-windows) [f](absente) [g](external-integrations.md) [h](/dev/5_external-integrations) [i](/dev/2_windows)
            [j](../setup-windows/)
            """
        let files = [
            "dev/4_cypress.md": page("Cypress", body),
            "dev/5_external-integrations.md": page("Intégrations"), "dev/2_windows.md": page("Windows", extra: "id: setup-windows\n"),
            "api/2_rest.md": page("REST", "## Auth\n"),
        ]
        let site = try resolve(files, addresses: .docusaurus)
        #expect(rewrites(of: "/dev/cypress/", in: site) == [
            "5_external-integrations.md": "/dev/external-integrations/", "external-integrations": "/dev/external-integrations/",
            "/dev/external-integrations/": "/dev/external-integrations/", "../api/rest#auth": "/api/rest/#auth", "setup-windows": "/dev/setup-windows/",
            "/dev/5_external-integrations": "/dev/external-integrations/", "/dev/2_windows": "/dev/setup-windows/",
            "../setup-windows/": "/dev/setup-windows/",
        ])
        #expect(site.diagnostics.map(\.id) == ["link.broken", "link.broken"])
        // In Repère's own style, names are addresses as written and relative links name files.
        #expect(try resolve(files).diagnostics.map(\.id) == ["link.broken", "link.broken", "link.broken", "link.broken", "link.broken", "link.broken", "link.broken"])
        // A `.md` path naming no file beside the page is read from `docs/`, and `/docs/…` from the project.
        let fromDocs = try resolve(["dev/a.md": page("A", "[s](install/b.md) [t](/docs/install/b.md) [u](absente.md)"), "install/b.md": page("B")],
            addresses: .docusaurus)
        #expect(rewrites(of: "/dev/a/", in: fromDocs) == ["install/b.md": "/install/b/", "/docs/install/b.md": "/install/b/"])
        #expect(fromDocs.diagnostics.map(\.message) == ["link target 'absente.md' does not exist"])
    }

    /// A site published under `/aide/`: a link written with that prefix (as Docusaurus' pages
    /// write `/docs/guide/`) designates the page at the rest.
    @Test func addressesUnderTheSitesBasePathResolve() throws {
        let site = try resolve([
            "guide/page.md": page("Page", "[a](/aide/autre/) [b](/aide/guide/page/#suite) [c](/autre/) [d](/aide/absente/)\n\n## Suite\n"),
            "autre.md": page("Autre"),
        ], basePath: "/aide")
        #expect(rewrites(of: "/guide/page/", in: site) == ["/aide/autre/": "/aide/autre/", "/aide/guide/page/#suite": "/aide/guide/page/#suite", "/autre/": "/aide/autre/"])
        #expect(site.diagnostics.map(\.id) == ["link.broken"])
    }

    /// An address written with the files' own names (Docusaurus keeps `_` in its addresses) is
    /// the page their slugs give, with or without its final `/`. A file's path from the content
    /// folder is the file, at its address, but on a Docusaurus site, which does not publish it there.
    @Test func addressesUnderTheFilesOwnNamesReachThePageTheirSlugsGive() throws {
        let files = [
            "guide/page.md": page("Page", "[a](/iaas_vmware/Vue_ensemble) [b](/data.gouv.fr/) ![c](/iaas_vmware/Capture_1.png)"),
            "iaas_vmware/Vue_ensemble.md": page("Vue d'ensemble"),
            "data.gouv.fr/README.md": page("Data"),
            "data.gouv.fr/a.md": page("A"),
            "iaas_vmware/Capture_1.png": "png",
        ]
        let docusaurus = try resolve(files, addresses: .docusaurus)
        #expect(rewrites(of: "/guide/page/", in: docusaurus) == ["/iaas_vmware/Vue_ensemble": "/iaas-vmware/vue-ensemble/", "/data.gouv.fr/": "/data-gouv-fr/"])
        #expect(docusaurus.diagnostics.map(\.id) == ["image.missing"])
        let site = try resolve(files)
        #expect(rewrites(of: "/guide/page/", in: site) == [
            "/iaas_vmware/Vue_ensemble": "/iaas-vmware/vue-ensemble/", "/data.gouv.fr/": "/data-gouv-fr/",
            "/iaas_vmware/Capture_1.png": "/iaas-vmware/Capture_1.png",
        ])
        #expect(site.diagnostics.isEmpty)
    }

    @Test func aBrokenLinkSuggestsTheClosestPageOfItsFolder() throws {
        let site = try resolve([
            "s/a.md": page("A", "[x](notifications.md) [y](../s/zzz.md) [z](c.md)"),
            "s/notifications-v2.md": page("N"),
        ])
        #expect(site.diagnostics.map(\.id) == ["link.broken", "link.broken", "link.broken"])
        #expect(site.diagnostics.map(\.notes) == [["did you mean 'notifications-v2.md'?"], [], []])
    }

    /// GitBook and GitHub give a page's `# Title` an anchor, which Repère shows as the `<h1>`:
    /// a link to it goes to the page; one written for an older, shorter title says so.
    @Test func aFragmentNamingThePagesTitleGoesToThePage() throws {
        let site = try resolve([
            "a.md": "# Champ référentiel avancé\n\n[haut](#champ-référentiel-avancé) [b](b.md#champ-referentiel-avance-a-configurer)\n",
            "b.md": "# Champ référentiel avancé (à configurer)\n\n[c](#champ-référentiel-avancé)\n",
            "c.md": "# Étape\n\n## Étape\n\n[d](#étape)\n",
            // MkDocs Material's comments, a place on every page of the former theme.
            "d.md": "# Avis\n\n[Commentez](#__comments) [là](a.md#__comments)\n",
        ])
        #expect(rewrites(of: "/a/", in: site) == ["#champ-référentiel-avancé": "/a/", "b.md#champ-referentiel-avance-a-configurer": "/b/"])
        #expect(rewrites(of: "/d/", in: site) == ["#__comments": "/d/", "a.md#__comments": "/a/"])
        #expect(rewrites(of: "/c/", in: site) == ["#étape": "#etape"])  // a heading of the title's text wins
        #expect(site.diagnostics.map(\.message) == ["no heading of 'Champ référentiel avancé (à configurer)' has the anchor '#champ-référentiel-avancé'"])
        #expect(site.diagnostics.map(\.notes) == [["the page's title starts like it: to link to the page, leave out '#champ-référentiel-avancé'"]])
    }

    /// An empty fragment, a placeholder (`[haut](#)`) or after a page (`b.md#`), is the top of
    /// the page, as in a browser: no problem.
    @Test func anEmptyFragmentIsTheTopOfThePage() throws {
        let site = try resolve(["a.md": "# A\n\n[haut](#) [b](b.md#)\n", "b.md": "# B\n"])
        #expect(site.diagnostics.isEmpty)
        #expect(rewrites(of: "/a/", in: site) == ["b.md#": "/b/"])
    }

    /// `./` from the root is the home page; `page.html` (GitBook 3, Jekyll) the page `page.md`,
    /// `index.html` its folder's.
    @Test func theRootFolderAndHTMLNamesReachTheirPages() throws {
        let site = try resolve([
            "README.md": "# Accueil\n\n## Section deux\n\n[a](./#section-deux) [b](./) [c](sub/b.html)\n",
            "sub/b.md": "# B\n\n[d](../index.html) [e](../README.md) [f](absente.html)\n", "sub/c.md": "# C\n",
        ])
        #expect(rewrites(of: "/", in: site) == ["./#section-deux": "/#section-deux", "./": "/", "sub/b.html": "/sub/b/"])
        #expect(rewrites(of: "/sub/b/", in: site) == ["../index.html": "/", "../README.md": "/"])
        #expect(site.diagnostics.map(\.message) == ["link target 'absente.html' does not exist"])
    }

    /// Anchors written in HTML (`<a id="…"></a>`, `<span id>`) are reached like headings'.
    @Test func linksReachAnchorsWrittenInHTML() throws {
        let site = try resolve([
            "a.md": "# A\n\n[b](b.md#ici) [s](b.md#marque) [c](#retour) [x](b.md#absente)\n\n<a name=\"retour\"></a>Fin.\n",
            "b.md": "# B\n\nTexte <a id=\"ici\"></a> et <span id=\"marque\">là</span>.\n",
        ])
        #expect(site.diagnostics.map(\.message) == ["no heading of 'B' has the anchor '#absente'"])
        #expect(rewrites(of: "/a/", in: site)["b.md#ici"] == "/b/#ici")
    }

    /// GitBook keeps every file ever uploaded: only those a page shows or links to are published.
    @Test func uploadsNoPageUsesAreNotPublished() throws {
        let site = try resolve([
            "a.md": page("A", "![Écran](.gitbook/assets/ecran.png) [le guide](.gitbook/assets/guide.pdf) ![carte](carte.png)"),
            ".gitbook/assets/ecran.png": "png", ".gitbook/assets/guide.pdf": "pdf", ".gitbook/assets/ancienne.png": "png",
            "carte.png": "png", "inutile.png": "png",
        ])
        #expect(site.diagnostics.isEmpty)
        #expect(site.unusedUploads == ["/gitbook/assets/ancienne.png"])  // other unused files are published as before
    }

    @Test func aFragmentSpelledLikeAnAnchorIsSuggested() throws {
        let site = try resolve(["a.md": page("A", "[2](#_toc108111727) [q](#mutations-queries)\n\n## 2. Objet <a href=\"#toc108111727\" id=\"toc108111727\"></a>\n\n## Queries <a href=\"#mutations-queries\" id=\"mutations-queries\"></a>\n")])
        #expect(site.diagnostics.map(\.message) == ["no heading of 'A' has the anchor '#_toc108111727'"])
        #expect(site.diagnostics.map(\.notes) == [["did you mean '#toc108111727'?"]])
    }

    /// One `../` too many finds its file from the content folder, as GitBook and browsers read it,
    /// with a warning; a file that is not there that way still points outside the folder.
    @Test func extraParentFoldersStopAtTheContentFolder() throws {
        let site = try resolve([
            "s/a.md": page("A", "![plan](../../../assets/plan.png) [b](./../../b.md#x) [secret](../../secret.md)"),
            "assets/plan.png": "png", "b.md": page("B", "## X\n"),
        ])
        #expect(rewrites(of: "/s/a/", in: site) == ["../../../assets/plan.png": "/assets/plan.png", "./../../b.md#x": "/b/#x"])
        #expect(site.diagnostics.map(\.message) == [
            "'../../../assets/plan.png' climbs above the content folder: read as 'assets/plan.png'",
            "'./../../b.md#x' climbs above the content folder: read as 'b.md'",
            "'../../secret.md' points outside the content folder",
        ])
    }

    /// With `relative_links: addresses`, a link written as an address (`../b/`, `../Entite`), as
    /// Jekyll, Hugo and MkDocs authors write them from a page published as a folder, finds the
    /// page the browser would find there when it names nothing from the page's file, without a
    /// warning; a file path still climbs with one, what leads nowhere is still an error, and so
    /// is a name that slugs to nothing. By default (`files`), links are files' paths only.
    @Test func linksWrittenAsTheSiteReadsThemReachTheirPages() throws {
        let files = [
            "docs/a.md": page("A", "[b](../b/) [b2](../b) [c](../../c) [mauvais](../absente/) [loin](../../../../etc/passwd) [rien](!!!)"),
            "docs/b.md": page("B"),
            "Recolement.md": page("Récolement", "[e](../Entite/#base) [e2](../Entite./#base) [e3](../Entite.md#base)"),
            "Entite.md": page("Entité", "## Base\n"), "c.md": page("C"),
        ]
        let asFiles = try resolve(files)
        #expect(rewrites(of: "/docs/a/", in: asFiles) == ["../../c": "/c/"])
        #expect(asFiles.diagnostics.filter { $0.id == "link.broken" }.count == 4)
        let site = try resolve(files, relativeLinks: .addresses)
        #expect(rewrites(of: "/docs/a/", in: site) == ["../b/": "/docs/b/", "../b": "/docs/b/", "../../c": "/c/"])
        #expect(rewrites(of: "/recolement/", in: site) == [
            "../Entite/#base": "/entite/#base", "../Entite./#base": "/entite/#base", "../Entite.md#base": "/entite/#base",
        ])
        #expect(site.diagnostics.map(\.message) == [
            "link target '../absente/' does not exist",
            "'../../../../etc/passwd' points outside the content folder",
            "link target '!!!' does not exist",
            "'../Entite.md#base' climbs above the content folder: read as 'Entite.md'",
        ])
        // `./#titre`: the page's own address there, its folder's page from its file.
        let own = ["trigo/_section.md": page("Trigo"), "trigo/fiche.md": page("Fiche", "## Un\n\n[ici](./#un)")]
        #expect(rewrites(of: "/trigo/fiche/", in: try resolve(own, relativeLinks: .addresses)) == ["./#un": "/trigo/fiche/#un"])
        #expect(try resolve(own).diagnostics.map(\.id) == ["link.missing-anchor"])
    }

    /// A link to a page the navigation leaves out says so, not that the file does not exist.
    @Test func aLinkToAPageTheNavigationLeavesOutSaysWhy() throws {
        let site = try resolve([
            "SUMMARY.md": "* [Accueil](README.md)\n* [A](a.md)\n", "README.md": "# Accueil\n", "a.md": page("A", "[b](b.md) [b2](b) [c](c.md)"),
            "b.md": page("B"),
        ], navigationFile: "SUMMARY.md")
        #expect(site.diagnostics.filter { $0.id == "link.broken" }.map(\.message) == [
            "link target 'b.md' is not in SUMMARY.md, which leaves it unpublished", "link target 'b' is not in SUMMARY.md, which leaves it unpublished",
            "link target 'c.md' does not exist",
        ])
    }

    /// The titles of the pages that links naming their file lead to, for the renderer.
    @Test func linksNamingTheirFileGetTheirPagesTitle() throws {
        let site = try resolve([
            "a.md": page("A", "[b.md](b.md) [Voir B](b.md#x) [nos-outils](nos-outils/) [plan.png](plan.png) [absent.md](absent.md) [#etape-2](b.md#etape-2 \"mention\")"),
            "b.md": page("La page B", "## X\n## Étape 2\n"), "nos-outils/_section.md": page("Les outils"), "nos-outils/pad.md": page("Pad"), "plan.png": "png",
        ])
        let i = try #require(site.pages.firstIndex { $0.page.url == "/a/" })
        // GitBook's mention of a heading (`[#etape-2](b.md#etape-2 "mention")`) shows the heading's text.
        #expect(site.linkTitles[i] == ["b.md": "La page B", "nos-outils/": "Les outils", "b.md#etape-2": "Étape 2"])
    }

    @Test func gitBooksAddressOfADeletedPageSaysSo() throws {
        let site = try resolve(["a.md": page("A", "[ancienne](/broken/pages/-LtV6Sq8EufAJmOunFik) [autre](broken-reference/)")])
        #expect(site.diagnostics.map(\.notes) == Array(repeating: ["GitBook writes this address for a link to a page that was deleted"], count: 2))
    }

    @Test func aFileInAHiddenFolderSaysSo() throws {
        let site = try resolve(["a.md": page("A", "![capture](.gitbook/includes/capture.png) ![absente](.gitbook/assets/absente.png)"
            + " ![x](.gitbook/assets/.x.png) [note](.gitbook/assets/note.md) ![y](.git/y.png) [z](.gitbook)")])
        #expect(site.diagnostics.map(\.message) == [
            "image '.gitbook/includes/capture.png' is in the hidden folder '.gitbook/includes', which is not published",
            "image '.gitbook/assets/absente.png' does not exist",  // GitBook's uploads are published
            "image '.gitbook/assets/.x.png' is a hidden file, which is not published",
            "link target '.gitbook/assets/note.md' is a page in GitBook's uploads folder, which is not published",
            "image '.git/y.png' is in the hidden folder '.git', which is not published",
            "link target '.gitbook' is a hidden file, which is not published",
        ])
    }

    /// `../.gitbook/assets/a.png` a `../` short names the upload at the top in its note.
    @Test func anUploadOneFolderShortIsNamed() throws {
        let site = try resolve(["guide/sous/a.md": page("A", "![Écran](../.gitbook/assets/ecran.png) ![Autre](../.gitbook/assets/autre.png)"),
                                ".gitbook/assets/ecran.png": "png"])
        #expect(site.diagnostics.map { "\($0.message) | \($0.notes.joined())" } == [
            "image '../.gitbook/assets/ecran.png' does not exist | did you mean '../../.gitbook/assets/ecran.png'? GitBook's uploads are in '.gitbook/assets/' at the top",
            // A GitBook space in a folder has uploads of its own: this one is not there.
            "image '../.gitbook/assets/autre.png' does not exist | ",
        ])
        // …and they are published when a page shows them.
        let space = try resolve(["espace/guide/a.md": page("A", "![Écran](../.gitbook/assets/ecran.png)"), "espace/.gitbook/assets/ecran.png": "png"])
        #expect(space.diagnostics.isEmpty && space.unusedUploads.isEmpty, "\(space.diagnostics)")
    }
}
