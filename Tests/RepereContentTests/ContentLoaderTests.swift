import RepereDiagnostics
import RepereTestSupport
import Testing
@testable import RepereContent

@Suite struct ContentLoaderTests {
    func load(_ files: [String: String], unreadable: Set<String> = [], drafts: Bool = false, config: SiteConfiguration = .init()) throws -> LoadedContent {
        try ContentLoader(configuration: config, includeDrafts: drafts).load(from: InMemorySource(files, unreadable: unreadable))
    }

    let article = "---\ntitle: Titre\n---\nCorps\n"

    /// The CSP allows scripts from the site itself: a file that would run code there when opened
    /// is not published (threat-model.md).
    @Test func filesThatWouldRunCodeOnTheSiteAreLeftOut() throws {
        let content = try load([
            "s/a.md": article, "s/outil.html": "<script>alert(1)</script>", "s/x.JS": "alert(1)", "s/m.mjs": "",
            "s/onload.svg": "<svg\nonload = \"alert(1)\"/>", "s/script.svg": "<svg><SCRIPT>alert(1)</SCRIPT></svg>",
            "s/lien.svg": "<svg><a href=\"javascript:alert(1)\">x</a></svg>",
            "s/plan.svg": "<svg><text>Bonjour on = 1, oignon</text><path d=\"M0 0\"/></svg>", "s/photo.png": "png", "s/notes.txt": "t",
            // draw.io's labels: HTML text in a foreignObject, which runs nothing.
            "s/schema.svg": "<svg><foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\" style=\"display: flex;\"><b>Étape&#xa;1</b></div></foreignObject></svg>",
            "s/cache.svg": "<svg><a href=\"java&#x09;script&#58;alert(1)\">x</a></svg>",
            "s/cadre.svg": "<svg><foreignObject><iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe></foreignObject></svg>",
            "s/zeros.svg": "<svg><a href=\"javascript&#0000000000058;alert(1)\">x</a></svg>",
            "s/entite.svg": "<!DOCTYPE svg [<!ENTITY j \"java\"><!ENTITY js \"&j;script\">]><svg><a href=\"&js;:alert(1)\">x</a></svg>",
            "s/rires.svg": "<!DOCTYPE svg [<!ENTITY a \"" + String(repeating: "x", count: 1000) + "\"><!ENTITY b \"" + String(repeating: "&a;", count: 100) + "\">]><svg>"
                + String(repeating: "&b;", count: 100) + "</svg>",
            "s/illustrator.svg": "<!DOCTYPE svg [<!ENTITY ns_svg \"http://www.w3.org/2000/svg\">]><svg xmlns=\"&ns_svg;\"><path d=\"M0 0\"/></svg>",
        ])
        #expect(content.assets.map(\.source.rawValue).sorted() == ["s/illustrator.svg", "s/notes.txt", "s/photo.png", "s/plan.svg", "s/schema.svg"])
        #expect(content.diagnostics.filter { $0.id == "content.active-file" }.map { $0.location!.file }.sorted()
            == ["content/s/cache.svg", "content/s/cadre.svg", "content/s/entite.svg", "content/s/lien.svg", "content/s/m.mjs", "content/s/onload.svg",
                "content/s/outil.html", "content/s/rires.svg", "content/s/script.svg", "content/s/x.JS", "content/s/zeros.svg"])
    }

    /// The static folder's files (Docusaurus' `static/`) are published at the site's root under
    /// their own names, Markdown files too, but not those that would run code; with the project
    /// as content folder, the static folder is no content.
    @Test func theStaticFoldersFilesArePublishedAtTheSitesRootAsTheyAre() throws {
        var config = SiteConfiguration()
        config.staticDirectories = ["static"]
        let source = SiteSource(
            content: InMemorySource(["a.md": article]),
            statics: [.init(path: "static", source: InMemorySource(["img/Capture d'écran.PNG": "png", "LISEZ_MOI.md": "# Non", "js/suivi.js": "x()"]))])
        let content = try ContentLoader(configuration: config).load(from: source)
        #expect(content.pages.map(\.url.rawValue).sorted() == ["/", "/a/"])
        #expect(content.assets.map(\.url.rawValue).sorted() == ["/LISEZ_MOI.md", "/img/Capture d'écran.PNG"])
        #expect(try source.read(content.assets.first { $0.url.rawValue == "/LISEZ_MOI.md" }!.source) == Array("# Non".utf8))
        #expect(content.diagnostics.filter { $0.id == "content.active-file" }.map { $0.location!.file } == ["static/js/suivi.js"])
        // A script is no image to export (found in a sweep: its note said so).
        #expect(content.diagnostics.first { $0.id == "content.active-file" }?.notes == ["publish it elsewhere and link to it, or leave it out with `exclude` in repere.yml if no page needs it"])
        config.contentDirectory = "."
        #expect(config.isExcluded("static/img/a.png") && !config.isExcluded("guide/a.md"))
    }

    /// `addresses: docusaurus`: number prefixes are left out of addresses and give the order
    /// (unless `sidebar_position:` does), `id:` names a page in its folder; in Repère's own style a
    /// name is published as written.
    @Test func docusaurusAddressesLeaveOutNumberPrefixesAndFollowIDs() throws {
        let files = [
            "2026-bilan.md": article,
            "02-guide/01-intro.md": article, "02-guide/3_avance.md": "---\ntitle: Avancé\nsidebar_position: 1\n---\n",
            "installation/7_mobile.md": "---\nid: phone\ntitle: Téléphone\n---\n",
            "installation/8_faq.md": "---\nid: faq\nslug: questions\ntitle: FAQ\n---\n",
            "03-outils/README.md": "# Outils\n", "03-outils/a.md": article,
        ]
        var config = SiteConfiguration()
        config.addresses = .docusaurus
        let content = try load(files, config: config)
        func page(_ url: String) -> Page? { content.pages.first { $0.url.rawValue == url } }
        #expect(content.pages.map(\.url.rawValue).sorted() == [
            "/", "/bilan/", "/guide/", "/guide/avance/", "/guide/intro/", "/installation/", "/installation/phone/", "/installation/questions/",
            "/outils/", "/outils/a/",
        ])
        #expect(page("/guide/intro/")?.frontMatter.order == 1 && page("/guide/avance/")?.frontMatter.order == 1)
        #expect(page("/guide/")?.frontMatter.order == 2 && page("/outils/")?.frontMatter.order == 3 && page("/bilan/")?.frontMatter.order == 2026)
        #expect(page("/installation/phone/")?.parent?.rawValue == "/installation/")
        let asWritten = try load(files)
        #expect(asWritten.pages.contains { $0.url.rawValue == "/2026-bilan/" } && asWritten.pages.contains { $0.url.rawValue == "/02-guide/01-intro/" })
        #expect(asWritten.pages.first { $0.url.rawValue == "/02-guide/01-intro/" }?.frontMatter.order == nil)
    }

    /// `addresses: docusaurus`: a file named like its folder, prefixes and case aside, is the
    /// folder's page (Docusaurus' category index), also alone in its folder, but not beside the
    /// folder's `index.md`; in Repère's own style it is an article.
    @Test func docusaurusCategoryIndexIsTheFoldersPage() throws {
        let files = [
            "guide/guide.md": "# Le guide\n", "guide/a.md": article,
            "02-outils/Outils.mdx": "# Les outils\n", "02-outils/1_marteau.md": article,
            "seul/seul.md": "# Seul\n", "autre/autre.md": "---\nslug: ailleurs\ntitle: Autre\n---\n", "autre/b.md": article,
            // Beside the folder's own page, a file named like it is an article at its name.
            "historique/index.md": "# Historique\n", "historique/historique.md": "# Le détail\n", "historique/c.md": article,
        ]
        var config = SiteConfiguration()
        config.addresses = .docusaurus
        let content = try load(files, config: config)
        func page(_ url: String) -> Page? { content.pages.first { $0.url.rawValue == url } }
        #expect(page("/guide/")?.kind == .section && page("/guide/")?.title == "Le guide" && page("/guide/guide/") == nil)
        #expect(page("/outils/")?.kind == .section && page("/outils/")?.title == "Les outils" && page("/outils/")?.frontMatter.order == 2)
        #expect(page("/seul/")?.kind == .section && page("/seul/")?.title == "Seul")
        #expect(page("/autre/ailleurs/")?.kind == .article && page("/autre/")?.isSynthetic == true)
        #expect(page("/historique/")?.title == "Historique" && page("/historique/historique/")?.title == "Le détail")
        #expect(!content.diagnostics.contains { $0.id == "content.duplicate-url" })
        let asWritten = try load(files)
        #expect(asWritten.pages.first { $0.url.rawValue == "/guide/guide/" }?.kind == .article)
    }

    @Test func urlsFollowTheFolderTreeWithFoldedSlugs() throws {
        let content = try load([
            "_index.md": "---\ntitle: Accueil\n---\n",
            "Affectations/_section.md": "---\ntitle: Affectations\n---\n",
            "Affectations/Changer de séjour.md": article,
            "Affectations/Sous dossier/fiche.md": article,
            "transport/plan/index.md": article,
            "transport/plan/carte.svg": "<svg/>",
            "assets/logo.png": "png",
        ])
        #expect(content.pages.map(\.url.rawValue) == [
            "/", "/affectations/", "/affectations/changer-de-sejour/", "/affectations/sous-dossier/",
            "/affectations/sous-dossier/fiche/", "/transport/", "/transport/plan/",
        ])
        #expect(content.assets.map(\.url.rawValue) == ["/assets/logo.png", "/transport/plan/carte.svg"])
        #expect(content.pages.first { $0.url == "/transport/plan/" }?.bundleDirectory == "transport/plan")
        // Two folders without _section.md: one warning each, titled from the folder name.
        #expect(content.diagnostics.map(\.id) == ["section.missing-index", "section.missing-index"])
        #expect(content.pages.first { $0.url == "/affectations/sous-dossier/" }?.title == "Sous dossier")
    }

    @Test func languagesNamedWithPlusOrSharpKeepTheirOwnAddresses() throws {
        let content = try load([
            "_index.md": "---\ntitle: Accueil\n---\n",
            "langages/_section.md": "---\ntitle: Langages\n---\n",
            "langages/c.md": article, "langages/c++.md": article, "langages/c#.md": article,
            "langages/c++/exemple.png": "png",
        ])
        #expect(Set(content.pages.map(\.url.rawValue)) == ["/", "/langages/", "/langages/c/", "/langages/c-plus-plus/", "/langages/c-sharp/"])
        #expect(content.assets.map(\.url.rawValue) == ["/langages/c-plus-plus/exemple.png"])
        #expect(!content.diagnostics.contains { $0.id == "content.duplicate-url" })
        #expect(content.pages.allSatisfy { $0.frontMatter.aliases.isEmpty }, "/langages/c/ is c.md's")
        // A page that moved keeps its address before as an alias (a redirect), when it is free (found in a review).
        let moved = try load(["_index.md": "---\ntitle: Accueil\n---\n", "C#/intro.md": article])
        #expect(moved.pages.first { $0.url == "/c-sharp/intro/" }?.frontMatter.aliases == ["/c/intro/"])
        #expect(moved.pages.first { $0.url == "/c-sharp/" }?.frontMatter.aliases == ["/c/"])
    }

    @Test func aPermalinkOrSlugIsTheArticlesURL() throws {
        let content = try load([
            "guide/_section.md": "---\ntitle: Guide\n---\n",
            "guide/demarrer.md": "---\ntitle: Démarrer\npermalink: /premiers-pas/\n---\n",
            "guide/installer.md": "---\ntitle: Installer\nslug: installation\n---\n",
            "guide/faq.md": "---\ntitle: FAQ\npermalink: /guide/faq.html\n---\n",
        ])
        #expect(content.pages.map { "\($0.source) \($0.url) \($0.parent.map(\.rawValue) ?? "-")" } == [
            "_index.md / -", "guide/_section.md /guide/ /", "guide/faq.md /guide/faq/ /guide/", "guide/installer.md /guide/installation/ /guide/",
            "guide/demarrer.md /premiers-pas/ /guide/",
        ])
        #expect(content.diagnostics.isEmpty)
    }

    /// Hugo's `_index.md` in a folder is its section's page; at the root, the home page.
    @Test func aFoldersUnderscoreIndexIsItsSectionPage() throws {
        let content = try load([
            "_index.md": "+++\ntitle = \"Accueil\"\n+++\n",
            "guide/_index.md": "+++\ntitle = \"Guide\"\nweight = 2\n+++\n",
            "guide/page.md": "---\ntitle: Page\n---\n",
        ])
        #expect(content.pages.map { "\($0.source) \($0.kind) \($0.url)" } == [
            "_index.md home /", "guide/_index.md section /guide/", "guide/page.md article /guide/page/",
        ])
        #expect(content.diagnostics.isEmpty, "\(content.diagnostics)")
        #expect(PageURL.isSectionFile(ContentPath("a/_index.md")) && !PageURL.isSectionFile(ContentPath("_index.md")))
        // Alone in its folder, it is a page of its own, as Hugo publishes it: not an empty section.
        let alone = try load(["_index.md": "---\ntitle: Accueil\n---\n", "outils/_index.md": "---\ntitle: Outils\n---\nTexte.\n", "vide/_section.md": "---\ntitle: Vide\n---\n"])
        #expect(alone.pages.map(\.url.rawValue).sorted() == ["/", "/outils/", "/vide/"])
        #expect(alone.diagnostics.map(\.id) == ["section.empty"], "Repère's own _section.md without pages still is")
    }

    /// Hugo's `url:`: an article's address, a section's former one (a redirect); the prefix of
    /// a site published under `/fr/` is the site's, not the page's.
    @Test func hugosURLIsAnArticlesAddressAndASectionsFormerOne() throws {
        var config = SiteConfiguration()
        config.baseURL = "https://aide.exemple.fr/fr/"
        let content = try load([
            "guide/_index.fr.md": "+++\ntitle = \"Guide\"\nurl = \"/fr/mode-d-emploi/\"\n+++\n",
            "guide/page.fr.md": "+++\ntitle = \"Page\"\nurl = \"/fr/mode-d-emploi/la-page/\"\n+++\n",
            "guide/autre.md": "---\ntitle: Autre\nurl: /fr/guide/autre/\n---\n",
        ], config: config)
        #expect(content.pages.map { "\($0.source) \($0.url) \($0.frontMatter.aliases)" } == [
            "_index.md / []", "guide/_index.fr.md /guide/ [\"/mode-d-emploi/\"]", "guide/autre.md /guide/autre/ []",
            "guide/page.fr.md /mode-d-emploi/la-page/ []",
        ])
        #expect(content.diagnostics.isEmpty, "\(content.diagnostics)")
    }

    @Test func badPermalinksAreReportedAtTheirKeyAndTheFileAddressIsKept() throws {
        let content = try load([
            "a.md": "---\ntitle: A\npermalink: /:year/:slug\n---\n",
            "b.md": "---\ntitle: B\nslug: ../../etc/\n---\n",
            "s/_section.md": "---\ntitle: S\npermalink: /rubrique/\n---\n",
            "t/_section.md": "---\ntitle: T\npermalink: https://ailleurs.example/x?y\n---\n", "t/e.md": article,
            "s/c.md": "---\ntitle: C\npermalink: /d/\n---\n",
            "d.md": article,
        ])
        #expect(content.pages.map(\.url.rawValue) == ["/", "/a/", "/b/", "/d/", "/d/", "/s/", "/t/", "/t/e/"])
        #expect(content.diagnostics.map { "\($0.location!) \($0.id): \($0.notes.joined())" }.sorted() == [
            "content/a.md:3:1 front-matter.invalid-value: the page keeps its file's address",
            "content/b.md:3:1 path.escapes-site: write an address from the site's root, such as /guide/intro/",
            "content/s/c.md:3:1 content.duplicate-url: change the 'permalink' of one of the two",
            "content/t/_section.md:3:1 front-matter.invalid-value: the page keeps its file's address",
        ])
        // A section's own permalink (Jekyll's `permalink: /docs/home/` on docs/index.md) leads to its folder's address.
        #expect(content.pages.first { $0.url == "/s/" }?.frontMatter.aliases == ["/rubrique/"])
    }

    @Test(arguments: [
        ("", "file.empty", 1),
        (" \n\n", "file.empty", 1),
        ("---\ntitle: A\nLe texte.\n", "front-matter.unterminated", 1),
        ("---\ntitle: A\ntags: [a\n---\n", "front-matter.invalid-yaml", 4),
        ("---\ntitle: [A]\n---\n", "front-matter.invalid-value", 2),
    ])
    func badFilesAreDiagnosedAndLeftOut(text: String, id: String, line: Int) throws {
        let content = try load(["a.md": text])
        #expect(content.diagnostics.map(\.id) == [DiagnosticID(rawValue: id)])
        #expect(content.diagnostics.first?.location?.file == "content/a.md")
        #expect(content.diagnostics.first?.location?.line == line)
        // An empty file (a stub) is a warning: nothing to publish, nothing lost.
        #expect(content.diagnostics.first?.severity == (id == "file.empty" ? .warning : .error))
        #expect(!content.pages.contains { $0.kind == .article })
    }

    /// A front-matter value `checks:` lowers from an error is no reason to leave the page out: it
    /// is published without the value.
    @Test func aLoweredFrontMatterErrorPublishesThePage() throws {
        let (config, _) = SiteConfiguration.decode(yaml: "checks:\n  front-matter.invalid-value: warning\n")
        let content = try load(["a.md": "---\ntitle: A\norder: deux\n---\n"], config: config)
        let page = try #require(content.pages.first { $0.kind == .article })
        #expect(page.title == "A" && page.frontMatter.order == nil)
        #expect(try load(["a.md": "---\ntitle: A\norder: deux\n---\n"]).pages.allSatisfy { $0.kind != .article })
    }

    /// `title: X` then a body starting with `# X` (Jekyll, Hugo, MkDocs): one title, the heading's
    /// line left blank; a different level-1 heading there heads the page (below); a heading after
    /// other text stays.
    @Test(arguments: [
        ("---\ntitle: Modérer une discussion\n---\n\n# Modérer une  **discussion**\n\nTexte.\n", "\n\n\nTexte.\n"),
        ("---\ntitle: L’équipe\n---\n   # l'ÉQUIPE #\nTexte.\n", "\nTexte.\n"),
        ("---\ntitle: Modérer\n---\n# Modérer une discussion\n", "\n"),
        ("---\ntitle: Modérer\n---\n## Modérer une discussion\n", "## Modérer une discussion\n"),
        ("---\ntitle: Modérer\n---\nIntro.\n\n# Modérer\n", "Intro.\n\n# Modérer\n"),
        ("---\ntitle: Modérer\n---\n    # Modérer\n", "    # Modérer\n"),
        ("---\ntitle: Paramètres\n---\n## Paramètres\n\n---\nTexte.\n", "\n\n---\nTexte.\n"),
        ("---\ntitle: Paramètres\n---\n####### Paramètres\n", "####### Paramètres\n"),
        ("---\ntitle: Paramètres\n---\n##Paramètres\n", "##Paramètres\n"),
        ("---\ntitle: Guide\n---\n{% include toc.html %}\n\n# Guide\nTexte.\n", "{% include toc.html %}\n\n\nTexte.\n"),
        // An HTML heading (MkDocs, Grav), and a heading after a script the page does not show (VitePress' `<script setup>`).
        ("---\ntitle: Guide\n---\n<h1 class=\"rem\">Guide</h1>\n\nTexte.\n", "\n\nTexte.\n"),
        ("---\ntitle: Cas\n---\n<script setup>\nimport V from './V.vue'\n</script>\n<!-- note -->\n\n# Cas\nTexte.\n",
         "<script setup>\nimport V from './V.vue'\n</script>\n<!-- note -->\n\n\nTexte.\n"),
        ("---\ntitle: Guide\n---\n<h1>Guide</h1><h2>Deux</h2>\n", "<h1>Guide</h1><h2>Deux</h2>\n"),
        // After MDX imports, which the page does not show (Nextra), on one line or several.
        ("---\ntitle: Cas\n---\nimport { Callout } from \"nextra/components\";\nimport {\n  Tabs,\n} from 'nextra/components'\n\n# Cas\nTexte.\n",
         "import { Callout } from \"nextra/components\";\nimport {\n  Tabs,\n} from 'nextra/components'\n\n\nTexte.\n"),
        ("---\ntitle: Cas\n---\nimport des données\n\n# Cas\n", "import des données\n\n# Cas\n"),
        // Its `id` stays an anchor; a start tag without its `>` is no heading (it crashed the load).
        ("---\ntitle: Guide\n---\n<h1 class=\"t\" id=\"intro\">Guide</h1>\nTexte.\n", "<a id=\"intro\"></a>\nTexte.\n"),
        ("---\ntitle: P\n---\n\n<h1 x</h1>\n", "\n<h1 x</h1>\n"),
    ])
    func aHeadingRepeatingTheTitleIsLeftOut(text: String, body: String) throws {
        let page = try #require(try load(["a.md": text]).pages.first { $0.kind == .article })
        #expect(page.body == body)
    }

    /// `title: X` then a body starting with another level-1 heading `# Y`, its only one
    /// (Docusaurus, MkDocs): the page is headed Y, as those tools show it, and X names it in the
    /// menus and finds it in search, a section too unless X names others; `nav_title:` keeps its
    /// own; the home page too (one `<h1>`).
    @Test func aLeadingHeadingOtherThanTheTitleHeadsThePage() throws {
        let content = try load([
            "a.md": "---\ntitle: Installation\n---\n\n# Installer l'outil **pas à pas**\nTexte.\n",
            "b.md": "---\ntitle: B\nnav_title: Court\n---\n# Le long titre de B\n",
            "index.md": "---\ntitle: Accueil\n---\n# Bienvenue\n",
            "c.md": "---\ntitle: Installation sur Mac\n---\n# Configuration requise\nmacOS 13.\n```sh\n# commentaire\n```\n# Installation\n",
            "d.md": "---\ntitle: D\n---\n# Un\n## Détail\n# Deux\n",
            "suites/index.md": "---\ntitle: Objectifs\n---\n# Suites\n", "suites/exercices.md": "# Exercices\n",
            "trigo/index.md": "---\ntitle: Objectifs\n---\n# Trigonométrie\n", "trigo/exercices.md": "# Exercices\n",
            "lancer/index.md": "---\ntitle: Se lancer\n---\n# Commencer avec l'outil\n", "lancer/a.md": "# A\n",
            "produit-a/index.md": "---\ntitle: Configurer A\nnav_title: Configuration\n---\n# A\n", "produit-a/x.md": "# X\n",
            "produit-b/index.md": "---\ntitle: Configurer B\nnav_title: Configuration\n---\n# B\n", "produit-b/x.md": "# X\n",
        ])
        let page = { (url: String) in content.pages.first { $0.url.rawValue == url } }
        // A folder's page: its `title:` names its section, as Docusaurus labels a category, unless
        // other sections have it too (a course's `title: Objectifs` in each chapter): then its heading.
        #expect(page("/lancer/")?.title == "Commencer avec l'outil" && page("/lancer/")?.navigationTitle == "Se lancer")
        #expect(page("/suites/")?.title == "Suites" && page("/suites/")?.navigationTitle == "Suites")
        #expect(page("/trigo/")?.navigationTitle == "Trigonométrie")
        #expect(page("/produit-a/")?.navigationTitle == "Configuration", "a nav_title: of its own stays")
        #expect(page("/a/")?.title == "Installer l'outil pas à pas" && page("/a/")?.navigationTitle == "Installation")
        #expect(page("/a/")?.body == "\n\nTexte.\n")
        #expect(page("/b/")?.title == "Le long titre de B" && page("/b/")?.navigationTitle == "Court")
        #expect(page("/")?.title == "Bienvenue" && page("/")?.navigationTitle == "Accueil" && page("/")?.body == "\n")
        // Several level-1 headings (a Hugo page's sections, under the title its theme shows): the title stays.
        #expect(page("/c/")?.title == "Installation sur Mac" && page("/c/")?.body.hasPrefix("# Configuration requise\n") == true)
        #expect(page("/d/")?.title == "D" && page("/d/")?.body.hasPrefix("# Un\n") == true)
    }

    /// Pages without `title:`, as MkDocs, Docusaurus and GitBook read them: the first `# heading`
    /// unless a heading of another level comes before it (taken out of the body, its line left
    /// blank), else the file name with a warning.
    @Test(arguments: [
        ("Intro.\n\n# Le **vrai** titre #\nTexte.\n", "Le vrai titre", "Intro.\n\n\nTexte.\n", "content.inferred-title"),
        ("---\ndescription: x\n---\nTitre souligné\n===\n\nTexte.\n", "Titre souligné", "\n\n\nTexte.\n", "content.inferred-title"),
        ("```\n# pas un titre\n```\n# [Lien](b.md) et `code`\n", "Lien et code", "```\n# pas un titre\n```\n\n", "content.inferred-title"),
        ("# Ma page {#ancre}\nTexte.\n", "Ma page", "<a id=\"ancre\"></a>\nTexte.\n", "content.inferred-title"),
        ("# Les {accolades} {: .classe }\n", "Les {accolades}", "\n", "content.inferred-title"),
        ("# Générer avec ~~Mkdocs~~ Properdocs\n", "Générer avec Mkdocs Properdocs", "\n", "content.inferred-title"),
        ("# Serveur NUAGE :material-cloud:\n", "Serveur NUAGE", "\n", "content.inferred-title"),
        // docsify's markers (found in a sweep: « Cycle de vie <!-- {docsify-ignore-all} --> » titled 11 pages).
        ("# Cycle de vie <!-- {docsify-ignore-all} -->\nTexte.\n", "Cycle de vie", "\nTexte.\n", "content.inferred-title"),
        ("# A <!-- x --> b <!--\n", "A b <!--", "\n", "content.inferred-title"),
        ("Pas de titre.\n", "Gérer son produit", "Pas de titre.\n", "front-matter.missing-title"),
        // A `#` after a `## section` is a section too (Obsidian and wiki pages): the name titles the page.
        ("Intro.\n\n## Comportement\n\nTexte A.\n\n# Widget Zone\nTexte.\n", "Gérer son produit", "Intro.\n\n## Comportement\n\nTexte A.\n\n# Widget Zone\nTexte.\n",
         "front-matter.missing-title"),
        // …but a heading right above it is its kicker (Hugo Learn's chapters).
        ("### Chapitre 1\n\n# Les bases\nTexte.\n", "Les bases", "### Chapitre 1\n\n\nTexte.\n", "content.inferred-title"),
        ("<h1 class=\"titre\">Le <em>vrai</em> titre</h1>\nTexte.\n", "Le vrai titre", "\nTexte.\n", "content.inferred-title"),
        // In an HTML block, indented by a tab (a README's centred title); indented code is no title.
        ("<p align=\"center\">\n\t<h1>Notions</h1>\n</p>\n", "Notions", "<p align=\"center\">\n\n</p>\n", "content.inferred-title"),
        ("Exemple :\n\n    <h1>Titre</h1>\n", "Gérer son produit", "Exemple :\n\n    <h1>Titre</h1>\n", "front-matter.missing-title"),
        ("Exemple :\n\n    <body>\n    <h1>Titre</h1>\n", "Gérer son produit", "Exemple :\n\n    <body>\n    <h1>Titre</h1>\n", "front-matter.missing-title"),
        ("---\ntitle: \"  \"\n---\nTexte.\n", "Gérer son produit", "Texte.\n", "front-matter.missing-title"),
    ])
    func aPageWithoutTitleIsTitledByItsHeadingOrItsName(text: String, title: String, body: String, id: String) throws {
        let content = try load(["gérer-son_produit.md": text])
        let page = try #require(content.pages.first { $0.kind == .article })
        #expect(page.title == title)
        #expect(page.body == body)
        #expect(content.diagnostics.map(\.id) == [DiagnosticID(rawValue: id)])
        #expect(content.diagnostics.first?.severity == (id == "content.inferred-title" ? .note : .warning))
    }

    /// A folder's `README.md` or `index.md` is its section's page when it holds other pages, else
    /// an article with its files beside it; at the root it is the home page.
    @Test func readmeAndIndexAreFolderPages() throws {
        let content = try load([
            "README.md": "# Guide communautaire\n",
            "gerer/README.md": "# Gérer son produit\nIntroduction.\n",
            "gerer/budget.md": "# Le budget\n",
            "gerer/outils/index.md": "# Les outils\n",
            "gerer/outils/capture.png": "png",
            "autre/_section.md": "---\ntitle: Autre\n---\n",
            "autre/README.md": "# Autre encore\n",
            "autre/page.md": "# Page\n",
        ])
        func page(_ url: String) -> Page? { content.pages.first { $0.url.rawValue == url } }
        #expect(page("/")?.title == "Guide communautaire")
        #expect(page("/gerer/")?.kind == .section)
        #expect(page("/gerer/")?.title == "Gérer son produit")
        #expect(page("/gerer/budget/")?.parent == "/gerer/")
        #expect(page("/gerer/outils/")?.kind == .article)
        #expect(content.assets.map(\.url.rawValue) == ["/gerer/outils/capture.png"])
        #expect(page("/autre/")?.title == "Autre")
        let problems = content.diagnostics.filter { $0.severity != .note }
        #expect(problems.map(\.id) == ["content.duplicate-url"])
        #expect(problems.first?.location?.file == "content/autre/_section.md" || problems.first?.location?.file == "content/autre/README.md")
        #expect(!content.diagnostics.contains { $0.id == "section.missing-index" })
    }

    /// A page beside a folder of the same name is that folder's page when it has none of its own
    /// (GitBook's page with subpages); beside a folder with `_section.md`, or one with no pages,
    /// it stays an article.
    @Test func aPageBesideItsFolderIsTheFoldersPage() throws {
        let content = try load([
            "outils/espace-membre.md": "# Espace membre\nVotre fiche.\n",
            "outils/espace-membre/faq.md": "# FAQ\n",
            "outils/espace-membre/fiche/creer.md": "# Créer\n",
            "sans-titre.md": "Rien.\n", "sans-titre/page.md": "# Page\n",
            "autre.md": "# Autre page\n", "autre/_section.md": "---\ntitle: Autre\n---\n", "autre/page.md": "# Page\n",
            "images.md": "# Images\n", "images/a.png": "png",
        ])
        func page(_ url: String) -> Page? { content.pages.first { $0.url.rawValue == url } }
        #expect(page("/outils/espace-membre/")?.kind == .section)
        #expect(page("/outils/espace-membre/")?.title == "Espace membre")
        #expect(page("/outils/espace-membre/")?.parent == "/outils/")
        #expect(page("/outils/espace-membre/faq/")?.parent == "/outils/espace-membre/")
        #expect(page("/sans-titre/")?.title == "Sans titre")
        #expect(page("/images/")?.kind == .article)
        let problems = content.diagnostics.filter { $0.severity != .note }
        #expect(problems.map(\.id) == ["section.missing-index", "section.missing-index", "content.duplicate-url"])
        #expect(problems.map(\.message).last?.hasPrefix("'/autre/' is also the URL of") == true)
        // Two folders without a page of their own: named as folders, not as `_section.md` files that do not exist (found in a sweep).
        let folders = try load(["Sous Dossier/a.md": "# A\n", "sous-dossier/b.md": "# B\n"])
        let clash = try #require(folders.diagnostics.first { $0.id == "content.duplicate-url" })
        #expect(clash.message == "'/sous-dossier/' is also the URL of the folder 'content/Sous Dossier/'" && clash.notes == ["rename one of the two folders"], "\(clash)")
        #expect(clash.location?.file == "content/sous-dossier")
    }

    /// A GitBook `SUMMARY.md` as `nav_file`: its order becomes the pages' order, pages it does
    /// not list are left out with a warning, entries naming no file are reported at their line.
    @Test func aNavigationFileGivesTheOrderAndThePages() throws {
        var configuration = SiteConfiguration()
        configuration.navigationFile = "SUMMARY.md"
        let files = [
            "SUMMARY.md": "# Sommaire\n\n* [Accueil](README.md)\n* [Gérer](gerer/README.md)\n  * [Zèbre](gerer/zebre.md)\n  * [Abeille](gerer/abeille.md)\n  * [Absente](gerer/absente.md#titre)\n* [Lien](https://exemple.fr)\n",
            "README.md": "# Guide\n",
            "gerer/README.md": "# Gérer\n",
            "gerer/zebre.md": "# Zèbre\n",
            "gerer/abeille.md": "---\norder: 9\n---\n# Abeille\n",
            "gerer/oubliee.md": "# Oubliée\n",
        ]
        let content = try ContentLoader(configuration: configuration).load(from: InMemorySource(files))
        #expect(!content.pages.contains { $0.url == "/summary/" || $0.url == "/gerer/oubliee/" })
        #expect(content.pages.first { $0.url == "/gerer/zebre/" }?.frontMatter.order == 3)
        #expect(content.pages.first { $0.url == "/gerer/abeille/" }?.frontMatter.order == 9, "its own order: wins")
        #expect(content.pages.first { $0.url == "/gerer/" }?.frontMatter.order == 2)
        let found = content.diagnostics.filter { $0.severity != .note }.map { "\($0.location?.file ?? ""):\($0.location?.line ?? 0) \($0.id)" }
        #expect(found == ["content/SUMMARY.md:7 nav.missing-page", "content/gerer/oubliee.md:1 nav.unlisted-page"])
        #expect(content.leftOut == ["gerer/oubliee.md": "is not in SUMMARY.md"])
    }

    /// VitePress' `layout: home` hero and VuePress' `home: true`: the hero's title heads the home
    /// page, its tagline is its description and first paragraph, its actions and features links
    /// above its text; the text's lines keep their numbers.
    @Test func aVueHomePagesHeroIsShown() throws {
        let vitepress = """
            ---
            layout: home
            hero:
              name: "Guide d'intégration"
              text: PBOML
              tagline: Le guide de référence.
              actions:
                - theme: brand
                  text: Analystes
                  link: /fr/analyst/objective
            features:
              - title: Accessible
                details: Des publications accessibles.
            ---
            Texte [cassé](absent.md).
            """
        let hope = "---\nhome: true\ntitle: Project home\nheroText: Documentation MyECL\ntagline: L'application\nactions:\n  - text: Git\n    link: ./git/\n---\n"
        for (file, title, description) in [(vitepress, "Guide d'intégration", "PBOML Le guide de référence."), (hope, "Documentation MyECL", "L'application")] {
            let content = try ContentLoader(configuration: SiteConfiguration()).load(from: InMemorySource(["index.md": file, "git/a.md": "# A\n"]))
            let home = try #require(content.pages.first { $0.kind == .home })
            #expect(home.title == title && home.frontMatter.description == description)
            #expect(home.body.hasPrefix(description.markdownEscaped + "\n\n- ["))
        }
        let content = try ContentLoader(configuration: SiteConfiguration()).load(from: InMemorySource(["index.md": vitepress]))
        let home = try #require(content.pages.first { $0.kind == .home })
        #expect(home.body == "PBOML Le guide de référence.\n\n- [Analystes](</fr/analyst/objective>)\n\n- **Accessible** : Des publications accessibles.\n\nTexte [cassé](absent.md).")
        let textLine = try #require(home.body.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("Texte") })
        #expect(home.location(line: textLine + 1, column: 1).line == 15, "the text's line in the file")
        // Its picture, above (found in a sweep: Starlight's was dropped).
        let starlight = "---\ntitle: Accueil\nhero:\n  title: Le cours\n  tagline: Pour apprendre.\n  image:\n    file: ../../assets/logo.png\n---\n"
        let pictured = try ContentLoader(configuration: SiteConfiguration()).load(from: InMemorySource(["index.md": starlight]))
        #expect(pictured.pages.first { $0.kind == .home }?.body.hasPrefix("![Le cours](<../../assets/logo.png>)\n\nPour apprendre.\n") == true)
        let vuepress = "---\nhome: true\nheroImage: /hero.png\nheroAlt: Le logo\nheroText: Aide\n---\n"
        #expect(try ContentLoader(configuration: SiteConfiguration()).load(from: InMemorySource(["index.md": vuepress])).pages.first { $0.kind == .home }?.body.hasPrefix("![Le logo](</hero.png>)") == true)
        // A page that is no home page keeps such keys as params.
        let article = try ContentLoader(configuration: SiteConfiguration()).load(from: InMemorySource(["a.md": "---\ntitle: A\nhero:\n  name: X\n---\n"]))
        #expect(article.pages.first { $0.url == "/a/" }?.body == "")
    }

    /// `sections:` in repere.yml titles, places and describes folders without a page of their own
    /// (a `_section.md` wins), and a folder it names that holds no page is reported.
    @Test func sectionsSettingsTitleFoldersWithoutAPage() throws {
        let (configuration, problems) = SiteConfiguration.decode(yaml: """
            sections:
              guide: { title: "Le guide", order: 2, description: "Tout pour commencer." }
              ./outils/: { title: Outils, order: 1 }
              absent: { title: Absent }
              faq: { title: Ignoré }
              bad: texte
              autre: { couleur: bleu }
            """)
        #expect(problems.map(\.id) == ["config.invalid-value", "config.unknown-key"])
        let content = try ContentLoader(configuration: configuration).load(from: InMemorySource([
            "guide/a.md": "# A\n", "outils/b.md": "# B\n", "outils/index.md": "# Les outils\n", "outils/c.md": "# C\n",
            "faq/_section.md": "---\ntitle: Questions\n---\n", "faq/c.md": "# C\n",
        ]))
        let section = { (url: String) in content.pages.first { $0.url.rawValue == url } }
        #expect(section("/guide/")?.title == "Le guide" && section("/guide/")?.frontMatter.order == 2)
        #expect(section("/guide/")?.frontMatter.description == "Tout pour commencer.")
        #expect(section("/outils/")?.title == "Les outils" && section("/outils/")?.frontMatter.order == 1, "its page's title, the settings' place")
        #expect(section("/faq/")?.title == "Questions")
        #expect(content.diagnostics.filter { $0.severity != .note }.map { "\($0.id) \($0.location?.line ?? 0)" } == ["config.unknown-folder 4", "config.unknown-folder 7"])
    }

    /// A folder without a page of its own is titled after its name, its separators spaces: a
    /// Jekyll collection's `_a-propos` is « A propos », not « _a propos » with a leading space.
    @Test func aFolderIsTitledAfterItsName() throws {
        let content = try ContentLoader(configuration: SiteConfiguration()).load(from: InMemorySource(
            ["_a-propos/equipe.md": "# Équipe\n", "gestion--du_compte/b.md": "# B\n"]))
        let titles = content.pages.filter { $0.kind == .section }.map(\.title).sorted()
        #expect(titles == ["A propos", "Gestion du compte"])
    }

    /// A `SUMMARY.md` in a folder names its pages from that folder, as GitBook reads it.
    @Test func aNavigationFileInAFolderNamesPagesFromIt() throws {
        var configuration = SiteConfiguration()
        configuration.navigationFile = "fr/SUMMARY.md"
        let files = ["fr/SUMMARY.md": "* [Accueil](README.md)\n* [Guide](guide/a.md)\n", "fr/README.md": "# Accueil\n", "fr/guide/a.md": "# A\n"]
        let content = try ContentLoader(configuration: configuration).load(from: InMemorySource(files))
        #expect(content.diagnostics.filter { $0.severity != .note }.map(\.id) == ["section.missing-index"])
        #expect(content.pages.first { $0.url == "/fr/guide/a/" }?.frontMatter.order == 2)
    }

    /// A navigation entry's label is the page's title in the menus when the page has a title of
    /// its own (GitBook and MkDocs show the label in the menu, the page's heading on the page);
    /// the label wins over `nav_title:` (`sidebar_label:`), as Docusaurus' sidebar items' labels
    /// do, and a label equal to the title is none.
    @Test func aNavigationLabelTitlesThePageInTheMenus() throws {
        var configuration = SiteConfiguration()
        configuration.navigationFile = "SUMMARY.md"
        configuration.unlistedPages = .publish
        let files = [
            "SUMMARY.md": "* [Accueil](README.md)\n* [Installation](installer.md)\n* [Quotas](quotas.md)\n* [Même titre](meme.md)\n* [Guide](guide/README.md)\n  * [G](guide/g.md)\n",
            "guide/README.md": "# Guide complet de l'outil\n", "guide/g.md": "# G\n",
            "README.md": "# Accueil\n",
            "installer.md": "# Installer l'outil sur son poste\n",
            "quotas.md": "---\ntitle: Quotas et limites\nsidebar_label: Limites\n---\n",
            "seul.md": "---\ntitle: Page hors du sommaire\nnav_title: Hors sommaire\n---\n",
            "meme.md": "# Même titre\n",
        ]
        let content = try ContentLoader(configuration: configuration).load(from: InMemorySource(files))
        let page = { (url: String) in content.pages.first { $0.url.rawValue == url } }
        #expect(page("/installer/")?.title == "Installer l'outil sur son poste")
        #expect(page("/installer/")?.navigationTitle == "Installation")
        #expect(page("/quotas/")?.navigationTitle == "Quotas")
        #expect(page("/guide/")?.title == "Guide complet de l'outil" && page("/guide/")?.navigationTitle == "Guide", "a folder's page too")
        #expect(page("/seul/")?.navigationTitle == "Hors sommaire", "unlisted, published: its own key")
        #expect(page("/meme/")?.frontMatter.navigationTitle == nil && page("/meme/")?.navigationTitle == "Même titre")
        let (hugo, _) = FrontMatter.decode(yaml: "title: Une page venue de Hugo\nlinkTitle: \"  \"\n", file: "a.md", lineOffset: 1)
        var blank = try #require(page("/meme/"))
        blank.frontMatter = hugo
        #expect(blank.navigationTitle == "Même titre", "a blank one is none")
    }

    /// A folder without a page of its own is titled by the navigation group holding its pages
    /// (GitBook's `## Gérer son produit`, MkDocs' `- Saisie Joconde: [ … ]`), accents and all.
    @Test func aFolderIsTitledByItsNavigationGroup() throws {
        var configuration = SiteConfiguration()
        configuration.navigationFile = "SUMMARY.md"
        // The group also holds pages of another folder: the one named like it takes its title.
        let summary = "# Table des matières\n\n* [Accueil](README.md)\n\n## Gérer son produit\n\n* [Démarrer](gerer-son-produit/demarrer.md)\n* [Équipe](gerer-son-produit/equipe/roles.md)\n* [Standard](les-standards/s.md)\n\n## Divers\n\n* [A](a.md)\n* [B](autre/b.md)\n\n## Annexes\n\n* [C](annexes/c.md)\n* [D](annexes/d.md)\n* [E](partage/e.md)\n\n## Autres\n\n* [F](partage/f.md)\n"
        let files = ["SUMMARY.md": summary, "README.md": "# Accueil\n", "gerer-son-produit/demarrer.md": "# Démarrer\n",
                     "gerer-son-produit/equipe/roles.md": "# Rôles\n", "a.md": "# A\n", "autre/b.md": "# B\n", "les-standards/s.md": "# S\n",
                     "annexes/c.md": "# C\n", "annexes/d.md": "# D\n", "partage/e.md": "# E\n", "partage/f.md": "# F\n"]
        let content = try ContentLoader(configuration: configuration).load(from: InMemorySource(files))
        let title = { (url: String) in content.pages.first { $0.url.rawValue == url }?.title }
        #expect(title("/gerer-son-produit/") == "Gérer son produit")
        #expect(title("/gerer-son-produit/equipe/") == "Equipe", "its group names its parent folder, not it")
        // A group over pages of several folders names the one holding most of them, unless
        // another group's page is in it (GitBook's « Annexes » over `annexes/` and a page at the top).
        #expect(title("/autre/") == "Divers")
        #expect(title("/annexes/") == "Annexes")
        #expect(title("/partage/") == "Partage", "pages of two groups: neither names it")
        let (deep, _) = SiteConfiguration.decode(yaml: "nav:\n  - Pour aller plus loin: [intro.md, avance/a.md, avance/x/b.md, avance/x/c.md]\n")
        // An entry leaving the content folder is reported, not silently dropped (found in a sweep).
        let (_, leaving) = SiteConfiguration.decode(yaml: "nav:\n  - A: a.md\n  - Secret: ../../etc/passwd\n")
        #expect(leaving.map(\.message) == ["'../../etc/passwd' is in the navigation but leaves the content folder, so it is ignored"])
        #expect(leaving.first?.location?.line == 3)
        let nested = try ContentLoader(configuration: deep).load(from: InMemorySource(
            ["intro.md": "# I\n", "avance/a.md": "# A\n", "avance/x/b.md": "# B\n", "avance/x/c.md": "# C\n"]))
        #expect(nested.pages.first { $0.url == "/avance/" }?.title == "Pour aller plus loin", "the folder holding most of them, sub-folders' pages counted")
        #expect(title("/les-standards/") == "Les standards")
        #expect(content.diagnostics.filter { $0.id == "section.missing-index" }.count == 3)
        let (mkdocs, _) = SiteConfiguration.decode(yaml: "nav:\n  - Accueil: index.md\n  - Saisie Joconde: [joconde/objets.md, joconde/lieux.md]\n")
        let fromNav = try ContentLoader(configuration: mkdocs).load(from: InMemorySource(
            ["index.md": "# Accueil\n", "joconde/objets.md": "# Objets\n", "joconde/lieux.md": "# Lieux\n"]))
        #expect(fromNav.pages.first { $0.url == "/joconde/" }?.title == "Saisie Joconde")
        // A sidebar's category wins over the folder's `_category_.json`, as on a Docusaurus site.
        let withCategory = try ContentLoader(configuration: mkdocs).load(from: InMemorySource(
            ["index.md": "# Accueil\n", "joconde/objets.md": "# Objets\n", "joconde/lieux.md": "# Lieux\n",
             "joconde/_category_.json": #"{"label": "Joconde", "position": 3}"#]))
        let section = withCategory.pages.first { $0.url == "/joconde/" }
        #expect(section?.title == "Saisie Joconde" && section?.frontMatter.order == 3)
    }

    /// mdBook's `SUMMARY.md`: its prefix and suffix chapters (a link alone on its line) are
    /// published, in its order; a level-1 heading after the file's title is a part (found in a
    /// sweep: an ANSSI guide lost its introduction, and a link to it was reported broken).
    @Test func mdBooksPrefixAndSuffixChaptersAndPartsAreRead() throws {
        var configuration = SiteConfiguration()
        configuration.navigationFile = "SUMMARY.md"
        let summary = "# Summary\n\n[Introduction](introduction.md)\n\n# Cycle de vie\n\n- [Environnement](cycle-de-vie/devenv.md)\n- [Bibliothèques](cycle-de-vie/libraries.md)\n\n# Langage\n\n- [Nommage](naming.md)\n\n---\n\n[Licence](LICENSE.md)\n"
        let files = ["SUMMARY.md": summary, "introduction.md": "# Introduction\n", "cycle-de-vie/devenv.md": "# Env\n",
                     "cycle-de-vie/libraries.md": "# Libs\n", "naming.md": "# Nommage\n", "LICENSE.md": "# Licence\n"]
        let content = try ContentLoader(configuration: configuration).load(from: InMemorySource(files))
        #expect(content.leftOut.isEmpty, "\(content.leftOut)")
        #expect(content.pages.filter { $0.kind == .article }.sorted { ($0.frontMatter.order ?? 0) < ($1.frontMatter.order ?? 0) }.map(\.source.rawValue)
            == ["introduction.md", "cycle-de-vie/devenv.md", "cycle-de-vie/libraries.md", "naming.md", "LICENSE.md"])
        #expect(content.pages.first { $0.url == "/cycle-de-vie/" }?.title == "Cycle de vie")
        let gitbook = try ContentLoader(configuration: configuration).load(from: InMemorySource(
            ["SUMMARY.md": "# Table of contents\n\n* [A](dossier/a.md)\n", "dossier/a.md": "# A\n"]))
        #expect(gitbook.pages.first { $0.url == "/dossier/" }?.title == "Dossier", "the file's own title names no folder")
        // A chapter alone in a folder named by a number is that folder's page (found in a sweep: a
        // section « Chap6 » held it); a folder with a name keeps it.
        let numbered = try ContentLoader(configuration: configuration).load(from: InMemorySource(
            ["SUMMARY.md": "# Sommaire\n\n- [Les expressions](chap6/expr.md)\n- [Seule](equipe/roles.md)\n", "chap6/expr.md": "# Les expressions\n", "equipe/roles.md": "# Rôles\n"]))
        #expect(numbered.pages.first { $0.url == "/chap6/" }.map { "\($0.kind) \($0.title)" } == "section Les expressions")
        #expect(numbered.pages.contains { $0.url == "/equipe/roles/" } && !numbered.diagnostics.contains { $0.id == "page.duplicate-title" })
    }

    /// GitBook's `SUMMARY.md` as written in real repositories: a link's title is no part of its
    /// path, a group heading's anchor tag no part of its title, a `---` ends a group; a page with
    /// no title of its own takes its entry's label (MkDocs' `- Label: page.md` too).
    /// GitBook 3's chapters: an entry with entries under it, all in its folder, is that folder's
    /// page (an unlisted README.md there is left out); over a folder beside it, it titles it.
    @Test func aSummaryEntryWithEntriesUnderItIsItsFoldersPage() throws {
        var configuration = SiteConfiguration()
        configuration.navigationFile = "SUMMARY.md"
        let summary = """
            # Summary

            * [Accueil](README.md)
            * [L'administration](admin/administration.md)
              * [Paramètres](admin/parametres.md)
                * [Réseaux](admin/oauth/reseaux.md)
            * [Les outils](outils.md)
              * [Agenda](outils/agenda.md)
            * [Seul](seul/seul.md)

            """
        let files = [
            "SUMMARY.md": summary, "README.md": "# Accueil\n", "admin/README.md": "", "admin/administration.md": "# L'administration\n",
            "admin/parametres.md": "# Paramètres\n", "admin/oauth/reseaux.md": "# Réseaux\n", "outils.md": "Texte.\n",
            "outils/agenda.md": "# Agenda\n", "seul/seul.md": "# Seul\n",
        ]
        let content = try ContentLoader(configuration: configuration).load(from: InMemorySource(files))
        let pages = content.pages.map { "\($0.kind) \($0.url) \($0.title) \($0.source)" }.sorted()
        #expect(pages == [
            "article /admin/oauth/reseaux/ Réseaux admin/oauth/reseaux.md", "article /admin/parametres/ Paramètres admin/parametres.md",
            "article /outils/agenda/ Agenda outils/agenda.md", "article /seul/seul/ Seul seul/seul.md", "home / Accueil README.md",
            "section /admin/ L'administration admin/administration.md", "section /admin/oauth/ Oauth admin/oauth/_section.md",
            "section /outils/ Les outils outils.md", "section /seul/ Seul seul/_section.md",
        ], "\(pages)")
        #expect(content.diagnostics.contains { $0.id == "nav.unlisted-page" && $0.message.hasPrefix("'admin/README.md'") })
        // A folder whose pages are also listed under other entries is no chapter's.
        let shared = "* [Accueil](README.md)\n* [Vision](cadrer/vision.md)\n* [Communs](cadrer/communs.md)\n  * [Grist](cadrer/grist.md)\n"
        let sharedFiles = ["SUMMARY.md": shared, "README.md": "# Accueil\n", "cadrer/vision.md": "# Vision\n",
                           "cadrer/communs.md": "# Communs\n", "cadrer/grist.md": "# Grist\n"]
        let notChapter = try ContentLoader(configuration: configuration).load(from: InMemorySource(sharedFiles))
        #expect(notChapter.pages.map { "\($0.kind) \($0.url) \($0.title)" }.sorted() == [
            "article /cadrer/communs/ Communs", "article /cadrer/grist/ Grist", "article /cadrer/vision/ Vision", "home / Accueil",
            "section /cadrer/ Cadrer",
        ])
        // An entry without a link over entries names their folder (docsify's sidebar groups; found in a sweep: « Comprendre les decp »).
        let grouped = "* [Accueil](README.md)\n\n* **Comprendre les DECP**\n\n  * [Contexte](comprendre-les-decp/contexte.md)\n  * [Sources](comprendre-les-decp/sources.md)\n* Vide\n* [Fin](fin.md)\n"
        let groupedFiles = ["SUMMARY.md": grouped, "README.md": "# Accueil\n", "comprendre-les-decp/contexte.md": "# Contexte\n",
                            "comprendre-les-decp/sources.md": "# Sources\n", "fin.md": "# Fin\n"]
        let named = try ContentLoader(configuration: configuration).load(from: InMemorySource(groupedFiles))
        #expect(named.pages.first { $0.url == "/comprendre-les-decp/" }?.title == "Comprendre les DECP")
        #expect(!named.diagnostics.contains { $0.id == "section.missing-index" })
        // Under a `## Partie` named like the folder, the part names it (found in a review).
        let inPart = "* [Accueil](README.md)\n\n## Utilisateurs\n\n* Pour débuter\n  * [Un](utilisateurs/un.md)\n  * [Deux](utilisateurs/deux.md)\n"
        let partFiles = ["SUMMARY.md": inPart, "README.md": "# Accueil\n", "utilisateurs/un.md": "# Un\n", "utilisateurs/deux.md": "# Deux\n"]
        let parted = try ContentLoader(configuration: configuration).load(from: InMemorySource(partFiles))
        #expect(parted.pages.first { $0.url == "/utilisateurs/" }?.title == "Utilisateurs")
    }

    @Test func aSummaryAsGitBookWritesIt() throws {
        var configuration = SiteConfiguration()
        configuration.navigationFile = "SUMMARY.md"
        let summary = """
            # Sommaire

            * [Accueil](README.md)

            ## Les guides <a href="#guides" id="guides"></a>

            * [OCR](guides/ocr.md "La reconnaissance de texte")
            * [Quotas & limites](guides/quotas.md)

            ---

            * [Divers](autre/divers.md)

            """
        let files = ["SUMMARY.md": summary, "README.md": "# Accueil\n", "guides/ocr.md": "# OCR\n", "guides/quotas.md": "Sans titre.\n",
                     "autre/divers.md": "# Divers\n"]
        let content = try ContentLoader(configuration: configuration).load(from: InMemorySource(files))
        let title = { (url: String) in content.pages.first { $0.url.rawValue == url }?.title }
        #expect(content.diagnostics.filter { $0.severity != .note }.map(\.id) == ["section.missing-index"], "\(content.diagnostics)")
        #expect(title("/guides/") == "Les guides")
        #expect(title("/guides/quotas/") == "Quotas & limites")
        #expect(title("/autre/") == "Autre", "the separator ended the group")
        // GitBook's `# Table of contents`, the file's own title, names no group: the folder keeps its page's title.
        let synced = try ContentLoader(configuration: configuration).load(from: InMemorySource([
            "SUMMARY.md": "# Table of contents\n\n* [Accueil](README.md)\n* [Guide](guide/README.md)\n  * [Installer](guide/installer.md)\n",
            "README.md": "# Accueil\n", "guide/README.md": "# Guide\n\nTexte.\n", "guide/installer.md": "# Installer\n",
        ]))
        #expect(synced.pages.first { $0.url == "/guide/" }?.title == "Guide")
        // A part over a folder whose unlisted README.md is titled by the folder's name (GitBook's
        // placeholder) titles it; over one with a title of its own, it names it in the menus.
        let parts = try ContentLoader(configuration: configuration).load(from: InMemorySource([
            "SUMMARY.md": "# Table of contents\n\n* [Accueil](README.md)\n\n## COMPTE UTILISATEUR\n\n* [Créer](compte-utilisateur/creer.md)\n\n## Données\n\n* [Publier](donnees/publier.md)\n",
            "README.md": "# Accueil\n", "compte-utilisateur/README.md": "# compte-utilisateur\n", "compte-utilisateur/creer.md": "# Créer\n",
            "donnees/README.md": "# Publier des données sur la plateforme\n", "donnees/publier.md": "# Publier\n",
        ]))
        #expect(parts.pages.first { $0.url == "/compte-utilisateur/" }?.title == "COMPTE UTILISATEUR")
        #expect(parts.pages.first { $0.url == "/donnees/" }.map { "\($0.title) | \($0.frontMatter.navigationTitle ?? "")" } == "Publier des données sur la plateforme | Données")
        #expect(content.diagnostics.first { $0.id == "content.inferred-title" && $0.message.contains("label") }?.message
            == "title 'Quotas & limites' is the label SUMMARY.md gives the page")
        let (mkdocs, _) = SiteConfiguration.decode(yaml: "nav:\n  - Accueil: index.md\n  - Quotas et limites: quotas.md\n")
        let fromNav = try ContentLoader(configuration: mkdocs).load(from: InMemorySource(["index.md": "# Accueil\n", "quotas.md": "Texte.\n"]))
        #expect(fromNav.pages.first { $0.url == "/quotas/" }?.title == "Quotas et limites")
        // A body starting with a heading that repeats the label (GitBook 3 pages) loses it: one title.
        let repeated = try ContentLoader(configuration: mkdocs).load(from: InMemorySource(["index.md": "# Accueil\n", "quotas.md": "## Quotas et limites\nTexte.\n"]))
        #expect(repeated.pages.first { $0.url == "/quotas/" }?.body == "\nTexte.\n")
    }

    /// `nav_unlisted: publish` (Docusaurus' and VuePress' sidebars): the listed pages take their
    /// places, even over their `order:`, the others are published too, unreported, after them.
    @Test func aNavigationMayLeaveUnlistedPagesPublished() throws {
        let yaml = "nav_unlisted: publish\nnav:\n  - gerer/zebre.md\n  - gerer/abeille.md\n  - gerer/absente.md\n"
        let (configuration, problems) = SiteConfiguration.decode(yaml: yaml)
        #expect(problems.isEmpty && configuration.unlistedPages == .publish)
        let files = ["README.md": "# Guide\n", "gerer/README.md": "# Gérer\n", "gerer/zebre.md": "# Zèbre\n",
                     "gerer/abeille.md": "---\norder: 1\n---\n# Abeille\n", "gerer/oubliee.md": "# Oubliée\n", "gerer/autre.md": "---\norder: 1\n---\n# Autre\n"]
        let content = try ContentLoader(configuration: configuration).load(from: InMemorySource(files))
        let order = { (url: String) in content.pages.first { $0.url.rawValue == url }?.frontMatter.order }
        #expect(order("/gerer/zebre/") == 1 && order("/gerer/abeille/") == 2 && order("/gerer/") == 1)
        #expect(order("/gerer/autre/") == 4, "after the 3 listed places")
        #expect(content.pages.contains { $0.url == "/gerer/oubliee/" } && order("/gerer/oubliee/") == nil)
        #expect(content.diagnostics.filter { $0.severity != .note }.map(\.id) == ["nav.missing-page"])
        let (invalid, invalidProblems) = SiteConfiguration.decode(yaml: "nav_unlisted: garder\n")
        #expect(invalid.unlistedPages == .leaveOut && invalidProblems.map(\.id) == ["config.invalid-value"])
    }

    @Test func invalidUTF8IsReportedAtItsLineAndColumn() throws {
        var bytes = Array("---\ntitle: Été\n---\nok\nabc".utf8)
        bytes.append(0xFF)
        let content = try ContentLoader(configuration: .init()).load(from: InMemorySource(bytes: ["a.md": bytes]))
        #expect(content.diagnostics.map(\.id) == ["file.invalid-utf8"])
        #expect(content.diagnostics.first?.location == SourceLocation(file: "content/a.md", line: 5, column: 4))
    }

    @Test func unreadableFilesAreErrors() throws {
        let content = try load([:], unreadable: ["a.md"])
        #expect(content.diagnostics.map(\.id) == ["file.unreadable"])
    }

    @Test func twoFilesWithTheSameURLAreAnError() throws {
        let content = try load(["été.md": article, "ete/index.md": article])
        #expect(content.diagnostics.map(\.id) == ["content.duplicate-url"])
    }

    @Test func draftsAreLeftOutUnlessAsked() throws {
        let draft = "---\ntitle: Brouillon\nstatus: draft\n---\n"
        #expect(try load(["a.md": draft]).drafts.map(\.url) == ["/a/"])
        #expect(try load(["a.md": draft], drafts: true).pages.map(\.url) == ["/", "/a/"])
        // A draft bundle's files stay out with it (found in a sweep: a Hugo draft's map was published).
        let bundle = ["carte/index.md": "---\ntitle: Carte\ndraft: true\n---\n![c](plan.png)\n", "carte/plan.png": "png", "autre.png": "png"]
        let withoutDrafts = try load(bundle)
        #expect(withoutDrafts.assets.map(\.url.rawValue) == ["/autre.png"])
        #expect(withoutDrafts.leftOut[ContentPath("carte/plan.png")]?.contains("draft") == true)
        #expect(try load(bundle, drafts: true).assets.map(\.url.rawValue).sorted() == ["/autre.png", "/carte/plan.png"])
    }

    @Test func pagesInheritAndMayOnlyNarrowTheirSectionsAudience() throws {
        var config = SiteConfiguration()
        config.audiences = ["referent", "structure", "chef"].map { Audience(id: $0, label: $0) }
        let content = try load([
            "s/_section.md": "---\ntitle: S\naudience: [referent, structure]\n---\n",
            "s/herite.md": article,
            "s/restreint.md": "---\ntitle: R\naudience: [structure]\n---\n",
            "s/hors.md": "---\ntitle: H\naudience: [chef]\n---\n",
            "s/inconnu.md": "---\ntitle: I\naudience: [referent, inconnu]\n---\n",
        ], config: config)
        #expect(content.pages.first { $0.url == "/s/herite/" }?.audience == ["referent", "structure"])
        #expect(content.pages.first { $0.url == "/s/restreint/" }?.audience == ["structure"])
        #expect(Set(content.diagnostics.map(\.id)) == ["audience.outside-section", "audience.unknown"])
    }
}

@Suite struct ContentLoaderConventionTests {
    @Test func aRootIndexFileIsTheHomePage() throws {
        let content = try ContentLoader(configuration: .init()).load(from: InMemorySource(["index.md": "---\ntitle: Accueil\n---\n"]))
        #expect(content.diagnostics.isEmpty)
        #expect(content.pages.map(\.kind) == [.home])
        #expect(content.pages.first?.title == "Accueil")
    }

    /// A Docusaurus `_category_.json` titles, places and describes its folder's section; it is
    /// not published, and `_section.md` wins over it.
    @Test func aDocusaurusCategoryGivesItsFolderATitleAndAPlace() throws {
        let content = try ContentLoader(configuration: .init()).load(from: InMemorySource([
            "bases/_category_.json": #"{"label": "Les bases", "position": 2, "link": {"type": "generated-index", "description": "Pour commencer."}}"#,
            "bases/page.md": "---\ntitle: Page\n---\n",
            "autre/_category_.json": #"{"label": "Ignoré"}"#,
            "autre/_section.md": "---\ntitle: Autre\n---\n",
            "autre/page.md": "---\ntitle: Page 2\n---\n",
            "casse/_category_.json": "{ pas du JSON",
            "casse/page.md": "---\ntitle: Page 3\n---\n",
            "guides/_category_.json": #"{"label": "Guides", "link": {"type": "generated-index", "slug": "tous-les-guides"}}"#,
            "guides/page.md": "---\ntitle: Page 4\n---\n",
            // Read with a YAML parser, as Docusaurus reads them: keys unquoted, or a `.yml` file.
            "entites/_category_.json": #"{ position: 4, label: "Gestion des entités" }"#, "entites/page.md": "---\ntitle: Page 5\n---\n",
            "securite/_category_.yml": "label: Sécurité\nposition: 5.5\n", "securite/page.md": "---\ntitle: Page 6\n---\n",
        ]))
        func page(_ url: String) -> Page? { content.pages.first { $0.url.rawValue == url } }
        #expect(page("/bases/")?.title == "Les bases")
        #expect(page("/bases/")?.frontMatter.order == 2)
        #expect(page("/bases/")?.frontMatter.description == "Pour commencer.")
        // The address Docusaurus gave the category's generated index redirects to the section.
        #expect(page("/bases/")?.frontMatter.aliases == ["/category/les-bases/"])
        #expect(page("/guides/")?.frontMatter.aliases == ["/tous-les-guides"])
        #expect(page("/casse/")?.frontMatter.aliases == [])
        #expect(page("/autre/")?.title == "Autre")
        #expect(page("/casse/")?.title == "Casse")
        #expect(page("/entites/")?.title == "Gestion des entités" && page("/entites/")?.frontMatter.order == 4)
        #expect(page("/securite/")?.title == "Sécurité" && page("/securite/")?.frontMatter.order == 5.5)
        #expect(content.assets.isEmpty)
        #expect(content.diagnostics.filter { $0.id == "section.missing-index" }.map(\.location?.file) == ["content/casse"])
        // A folder's own page keeps its title, and takes the category's place and address.
        var docusaurus = SiteConfiguration()
        docusaurus.addresses = .docusaurus
        let own = try ContentLoader(configuration: docusaurus).load(from: InMemorySource([
            "premier/_category_.json": #"{"label": "Comprendre", "position": 1}"#, "premier/premier.md": "---\ntitle: Introduction\nsidebar_position: 3\n---\n",
            "premier/a.md": "---\ntitle: A\n---\n",
            "second/_category_.json": #"{"label": "Utiliser", "position": 2.5, "link": {"type": "generated-index"}}"#,
            "second/index.md": "---\ntitle: Commandes\nsidebar_position: 1\n---\n", "second/b.md": "---\ntitle: B\n---\n",
        ]))
        // Categories of one label are numbered, as Docusaurus' slugger numbers them.
        let twins = try ContentLoader(configuration: docusaurus).load(from: InMemorySource([
            "a/exos/_category_.json": #"{"label": "Exercices", "link": {"type": "generated-index"}}"#, "a/exos/x.md": "# X\n",
            "b/exos/_category_.json": #"{"label": "Exercices", "link": {"type": "generated-index"}}"#, "b/exos/y.md": "# Y\n",
        ]))
        #expect(twins.pages.filter { $0.kind == .section && !$0.frontMatter.aliases.isEmpty }.map(\.frontMatter.aliases).sorted { $0[0] < $1[0] }
            == [["/category/exercices-1/"], ["/category/exercices/"]])
        let sections = own.pages.filter { $0.kind == .section }.sorted { $0.url < $1.url }
        #expect(sections.map { "\($0.title) \($0.frontMatter.order ?? -1) \($0.frontMatter.aliases)" } == ["Introduction 1.0 []", "Commandes 2.5 [\"/category/utiliser/\"]"])
    }

    /// A page at the address of a folder without `_section.md` (its `slug:`, or a file named as
    /// the folder beside it) is that folder's section page, not a second page at one address.
    @Test func aPageAtItsFoldersAddressIsTheFoldersPage() throws {
        let content = try ContentLoader(configuration: .init()).load(from: InMemorySource([
            "integrations/intro.md": "---\ntitle: Les intégrations\nslug: /integrations/\n---\n",
            "integrations/mqtt.md": "---\ntitle: MQTT\n---\n",
            "integrations/externes.mdx": "---\ntitle: Intégrations externes\n---\n",
            "integrations/externes/shelly.mdx": "---\ntitle: Shelly\n---\n",
        ]))
        func page(_ url: String) -> Page? { content.pages.first { $0.url.rawValue == url } }
        #expect(content.pages.filter { $0.url.rawValue == "/integrations/" }.map(\.title) == ["Les intégrations"])
        #expect(page("/integrations/")?.kind == .section && page("/integrations/")?.parent == .root)
        #expect(content.pages.filter { $0.url.rawValue == "/integrations/externes/" }.map(\.title) == ["Intégrations externes"])
        #expect(page("/integrations/externes/")?.kind == .section && page("/integrations/externes/")?.parent?.rawValue == "/integrations/")
        #expect(page("/integrations/externes/shelly/")?.parent?.rawValue == "/integrations/externes/")
        #expect(content.diagnostics.filter { $0.severity != .note }.isEmpty, "\(content.diagnostics)")
    }

    /// Docusaurus' `slug: /` on a page of the docs makes it the site's home page.
    @Test func anArticleWithTheRootSlugIsTheHomePage() throws {
        let content = try ContentLoader(configuration: .init()).load(from: InMemorySource([
            "intro.mdx": "---\ntitle: Introduction\nslug: /\n---\nBienvenue.\n", "guide/page.md": "---\ntitle: Page\n---\n",
        ]))
        let home = content.pages.filter { $0.url.rawValue == "/" }
        #expect(home.map(\.title) == ["Introduction"])
        #expect(home.first?.kind == .home && home.first?.parent == nil)
        #expect(!content.diagnostics.contains { $0.severity == .error })
        // So does it on a folder's page (found in a sweep: an alias colliding with the home page); the folder stays a section.
        let folder = try ContentLoader(configuration: .init()).load(from: InMemorySource([
            "general/index.md": "---\ntitle: Accueil\nslug: /\n---\n# Bienvenue\n", "general/faq.md": "# FAQ\n", "intro.md": "# Intro\n",
        ]))
        let root = try #require(folder.pages.first { $0.url == .root })
        #expect(root.kind == .home && root.title == "Bienvenue" && !root.frontMatter.aliases.contains("/"))
        #expect(folder.pages.first { $0.url.rawValue == "/general/" }?.kind == .section)
        #expect(folder.pages.filter { $0.kind == .home }.count == 1)
    }

    /// VitePress' `# {{ $frontmatter.title }}` is the page's title written in (found in a sweep:
    /// the page was titled « {{ $frontmatter.title }} »).
    @Test func vitePressFrontMatterValuesAreWrittenIn() throws {
        let content = try ContentLoader(configuration: .init()).load(from: InMemorySource([
            "themes.md": "---\ntitle: Les thèmes\ndescription: Choisir *un* thème\nniveau: débutant\n---\n# {{ $frontmatter.title }}\n\n{{$frontmatter.description}}, {{ $frontmatter.niveau }}, {{ $frontmatter.absent }}.\n",
        ]))
        let page = try #require(content.pages.first { $0.url.rawValue == "/themes/" })
        #expect(page.title == "Les thèmes")
        #expect(page.body.contains("Choisir \\*un\\* thème, débutant, {{ $frontmatter.absent }}."), "\(page.body)")
    }

    @Test func withoutADeclaredVocabularyAnyAudienceIsAccepted() throws {
        let content = try ContentLoader(configuration: .init()).load(from: InMemorySource(["a.md": "---\ntitle: A\naudience: [référent régional]\n---\n"]))
        #expect(content.diagnostics.isEmpty)
        #expect(content.pages.last?.audience == ["référent régional"])
    }
}
