import Foundation
import RepereTestSupport
import Testing
@testable import RepereContent

/// Reading another tool's JavaScript configuration (`repere init --from docusaurus|vuepress`).
@Suite struct ForeignConfigurationTests {
    @Test(arguments: [
        // A string ends at its own closing quote, not at another kind (etalab's guides).
        (#"  description: "Les guides d'Etalab : vous accompagner.","#, "Les guides d'Etalab : vous accompagner."),
        (#"  description: 'Le guide "pratique" de l\'équipe',"#, #"Le guide "pratique" de l'équipe"#),
        ("  description: `Un guide`,", "Un guide"),
        (#"  description: "Une \\ barre et un \"mot\"","#, #"Une \ barre et un "mot""#),
        (#"  description: """#, ""),
    ])
    func aJavaScriptStringIsReadToItsOwnClosingQuote(line: String, expected: String) {
        let js = "module.exports = {\n  title: 'Titre',\n\(line)\n}\n"
        #expect(ForeignConfiguration.jsString("description", in: js) == expected)
        #expect(ForeignConfiguration.jsString("title", in: js) == "Titre")
    }

    /// A Docusaurus site in English with a French translation: the translation is the content,
    /// published where Docusaurus publishes it (`/fr/docs/`); docs at the root keep their address.
    @Test func docusaurusFrenchTranslationIsTheContentAtItsAddress() throws {
        let project = TemporaryDirectory()
        try project.write([
            "docusaurus.config.js": "module.exports = {\n  title: 'Help',\n  url: 'https://exemple.fr',\n  baseUrl: '/',\n  i18n: {\n    defaultLocale: 'en',\n  },\n};\n",
            "i18n/fr/docusaurus-plugin-content-docs/current/intro.md": "# Intro\n",
            "i18n/fr/docusaurus-theme-classic/navbar.json": "{\"title\": {\"message\": \"Aide\", \"description\": \"The title in the navbar\"}}",
        ])
        let translated = try ForeignConfiguration.read(.docusaurus, in: project.url)
        #expect(translated.contentDirectory == "i18n/fr/docusaurus-plugin-content-docs/current" && translated.title == "Aide")
        // Docusaurus publishes no partial (`_fragment.md`, `_partials/`); `_category_.json` is read.
        try project.write(["docs/a.md": "# A\n", "docs/_fragment.md": "x", "docs/_partials/p.md": "y", "docs/g/_menu.mdx": "z", "docs/g/_category_.json": "{}"])
        let partials = ForeignConfiguration.docusaurus("module.exports = { i18n: { defaultLocale: 'fr' } };\n", source: "docusaurus.config.js", in: project.url)
        #expect(partials.exclude == ["/_fragment.md", "/_partials/", "/g/_menu.mdx"], "\(partials.exclude)")
        #expect(translated.baseURL == "https://exemple.fr/fr/docs/")
        // A partial translation says how much of the site it holds (found in a sweep: 7 pages of 116, silently).
        #expect(!translated.toLookAt.contains { $0.hasPrefix("the French translation holds") })
        try project.write(["docs/b.md": "# B\n", "docs/g/c.md": "# C\n"])
        let partial = try ForeignConfiguration.read(.docusaurus, in: project.url)
        #expect(partial.toLookAt.contains("the French translation holds 1 of the 3 pages of docs/: Docusaurus showed the 2 others in en; they are not published, and links to them are reported broken"), "\(partial.toLookAt)")
        let french = ForeignConfiguration.docusaurus(
            "  url: 'https://exemple.fr',\n  baseUrl: '/aide/',\n  defaultLocale: 'fr',\n      routeBasePath: '/',\n", source: "docusaurus.config.js",
            in: project.url)
        #expect(french.contentDirectory == "docs" && french.baseURL == "https://exemple.fr/aide/")
        // The blog's `routeBasePath` is the blog's address, not the docs': those stay at /docs/.
        let blog = "module.exports = { url: 'https://exemple.fr', baseUrl: '/', i18n: { defaultLocale: 'fr' }, presets: [['classic', {\n  docs: { sidebarPath: './sidebars.ts' },\n  blog: { routeBasePath: 'nouvelles', feedOptions: { type: ['rss'] } },\n}]] };\n"
        #expect(ForeignConfiguration.docusaurus(blog, source: "docusaurus.config.js", in: project.url).baseURL == "https://exemple.fr/docs/")
        // The template's placeholder address is none.
        let placeholder = ForeignConfiguration.docusaurus("module.exports = { url: 'https://your-docusaurus-site.example.com', baseUrl: '/' };\n",
            source: "docusaurus.config.js", in: project.url)
        #expect(placeholder.baseURL == nil && placeholder.toLookAt.contains { $0.contains("template placeholder") })
        // Neither a commented-out docs address nor a blog added as a plugin is the docs'.
        let commented = "module.exports = { url: 'https://exemple.fr', i18n: { defaultLocale: 'fr' }, presets: [['classic', { docs: {\n  // routeBasePath: '/',\n} }]],\n  plugins: [['@docusaurus/plugin-content-blog', { routeBasePath: 'news' }]] };\n"
        #expect(ForeignConfiguration.docusaurus(commented, source: "docusaurus.config.js", in: project.url).baseURL == "https://exemple.fr/docs/")
        let both = blog.replacingOccurrences(of: "docs: { sidebarPath: './sidebars.ts' }", with: "docs: { routeBasePath: 'guide' }")
        #expect(ForeignConfiguration.docusaurus(both, source: "docusaurus.config.js", in: project.url).baseURL == "https://exemple.fr/guide/")
        // Another docs instance (with an `id:`) is not the docs: those stay at /docs/.
        let instances = commented.replacingOccurrences(of: "'@docusaurus/plugin-content-blog', { routeBasePath: 'news' }", with: "'@docusaurus/plugin-content-docs', { id: 'profils', path: 'profils', routeBasePath: 'profils' }")
        #expect(ForeignConfiguration.docusaurus(instances, source: "docusaurus.config.js", in: project.url).baseURL == "https://exemple.fr/docs/")
        #expect(translated.staticDirectories.isEmpty && !translated.repereYAML.contains("static_dir"))
    }

    /// Docusaurus' `static/` folder, when there is one, is published at the site's root.
    @Test func docusaurusStaticFolderIsPublished() throws {
        let project = TemporaryDirectory()
        try project.write(["docusaurus.config.js": "module.exports = {};\n", "docs/intro.md": "# Intro\n", "static/img/a.png": "png"])
        let config = try ForeignConfiguration.read(.docusaurus, in: project.url)
        #expect(config.staticDirectories == ["static"])
        #expect(config.repereYAML.contains("\nstatic_dir: \"static\""))
        let (decoded, problems) = SiteConfiguration.decode(yaml: config.repereYAML)
        #expect(problems.isEmpty && decoded.staticDirectories == ["static"] && decoded.addresses == .docusaurus)
        #expect(decoded.formerAddresses == .docusaurus, "its addresses keep `_` and case: the old ones redirect")
        // `staticDirectories:` names them, in its order, those that exist.
        try project.write(["public/logo.png": "png"])
        let listed = ForeignConfiguration.docusaurus("  staticDirectories: ['public', \"absent\", './static/'],\n", source: "docusaurus.config.js", in: project.url)
        #expect(listed.staticDirectories == ["public", "static"])
        #expect(listed.repereYAML.contains("\nstatic_dir: [\"public\", \"static\"]"))
        #expect(SiteConfiguration.decode(yaml: listed.repereYAML).0.staticFolders == ["public", "static"])
        // A comment's list is no setting.
        let commented = ForeignConfiguration.docusaurus("  // staticDirectories: ['public'],\n  staticDirectories: ['static'],\n", source: "docusaurus.config.js", in: project.url)
        #expect(commented.staticDirectories == ["static"])
        #expect(ForeignConfiguration.docusaurus("  staticDirectories: ['absent'],\n", source: "docusaurus.config.js", in: project.url).staticDirectories.isEmpty)
    }

    @Test func anUnterminatedOrMissingStringIsNoValue() {
        #expect(ForeignConfiguration.jsString("description", in: "  description: \"pas de fin\n") == nil)
        #expect(ForeignConfiguration.jsString("description", in: "  title: 'T'\n") == nil)
        #expect(ForeignConfiguration.jsString("title", in: "  subtitle: 'S', title: 'T'\n") == "T")
    }

    /// VitePress: the pages in `srcDir:` from the configuration's folder, a French locale's folder
    /// when the root one is another language, its title; `public/` published at the root; a
    /// commented-out key is none.
    @Test func vitePressSourceFolderAndFrenchLocale() throws {
        let project = TemporaryDirectory()
        try project.write([
            "docs/.vitepress/config.ts": """
                export default {
                  title: 'Docs', srcDir: './src',
                  // base: '/ancien/',
                  locales: {
                    root: { label: 'English', lang: 'en-US' },
                    'fr': { label: 'Français', lang: 'fr', title: 'La doc', themeConfig: { nav: [{ text: 'Guide', link: '/fr/guide' }] } },
                  },
                  themeConfig: { sidebar: { '/fr/': [{ text: 'Guide', link: '/fr/guide' }] } },
                }

                """,
            "docs/src/index.md": "# Home\n", "docs/src/fr/index.md": "# Accueil\n", "docs/src/fr/guide.md": "# Guide\n", "docs/src/public/a.png": "png",
        ])
        let config = try ForeignConfiguration.read(.vitepress, in: project.url)
        #expect(config.contentDirectory == "docs/src/fr" && config.title == "La doc")
        #expect(config.staticDirectories == ["docs/src/public"])
        #expect(config.navigationYAML == "- \"Guide\": \"guide.md\"", "\(config.navigationYAML ?? "")")
        // `srcExclude` globs are not published (found in a sweep: 15 tutorial steps' descriptions were).
        let excluding = TemporaryDirectory()
        try excluding.write(["docs/.vitepress/config.ts": "export default { srcExclude: ['tutorial/**/description.md', './**/README.md', 'NOTES.md'] }\n", "docs/index.md": "# A\n"])
        // A name alone is the root's file only, as fast-glob reads it (found in a review: `guide/NOTES.md` was left out too).
        #expect(try ForeignConfiguration.read(.vitepress, in: excluding.url).exclude == ["tutorial/**/description.md", "**/README.md", "/NOTES.md"])
        try excluding.write(["docs/.vitepress/config.ts": "export default { srcExclude: ['fr/brouillons/**', 'en/drafts/**', '**/README.md', 'NOTES.md', 'fr/A.md'], locales: { root: { lang: 'en' }, fr: { lang: 'fr' } } }\n", "docs/fr/index.md": "# A\n"])
        #expect(try ForeignConfiguration.read(.vitepress, in: excluding.url).exclude == ["brouillons/**", "**/README.md", "/A.md"])
        // A `public/` beside the configuration too (kalisio's, whose pages show `../../.vitepress/public/…`; found in a sweep).
        try project.write(["docs/.vitepress/public/images/b.png": "png"])
        #expect(try ForeignConfiguration.read(.vitepress, in: project.url).staticDirectories == ["docs/src/public", "docs/.vitepress/public"])
        // The French navbar's links title the folders they lead into, in its order.
        try project.write([
            "docs/.vitepress/config.ts": "export default { srcDir: './src', locales: { root: { lang: 'en', themeConfig: { nav: [{ text: 'Analysts', link: '/analyst/a' }] } }, fr: { lang: 'fr', themeConfig: { nav: [{ text: 'Analystes', link: '/fr/analyst/a' }, { text: 'Accueil', link: '/fr/' }, { text: 'Dév', link: '/fr/dev/' }, { text: 'Ext', link: 'https://x.fr/a/b' }, { text: 'Référence', items: [{ text: 'Config', link: '/fr/ref/config' }] }, { text: 'Docs', items: [{ text: 'Démarrer', link: '/fr/guide/start' }, { text: 'Guide', link: '/fr/guide/start' }, { text: 'Tutoriel', link: '/fr/tuto/' }, { text: 'Routeur', link: '/fr/guide/avance/routeur' }, { text: 'Seule', link: '/fr/seul/' }] }] } } } }\n",
            "docs/src/fr/analyst/a.md": "# A\n", "docs/src/fr/dev/b.md": "# B\n", "docs/src/fr/ref/config.md": "# Config\n",
            "docs/src/fr/guide/start.md": "# S\n", "docs/src/fr/guide/avance/routeur.md": "# R\n", "docs/src/fr/tuto/index.md": "# T\n", "docs/src/fr/tuto/etape.md": "# É\n", "docs/src/fr/seul/index.md": "# Une page\n",
        ])
        // A sidebar's `base:` is no site's: only the top level's is reported.
        let bases = TemporaryDirectory()
        try bases.write(["docs/.vitepress/config.mts": "export default defineConfig({\n  // base: '/commentee/',\n  themeConfig: { sidebar: { '/guide/': { base: '/guide/', items: [{ text: 'A', link: 'a' }] } } },\n  base: '/aide/',\n})\n",
                         "docs/guide/a.md": "# A\n"])
        #expect(try ForeignConfiguration.read(.vitepress, in: bases.url).notCarried.filter { $0.contains("base") } == ["`base: /aide/`: set base_url to the full published address"])
        // With the host (VitePress' `sitemap: { hostname }`, theme-hope's `hostname:` in `theme.ts`), the address is whole.
        try bases.write(["docs/.vitepress/config.mts": "export default { base: '/aide/', sitemap: { hostname: 'https://exemple.fr' } }\n"])
        let hosted = try ForeignConfiguration.read(.vitepress, in: bases.url)
        #expect(hosted.baseURL == "https://exemple.fr/aide/" && !hosted.notCarried.contains { $0.contains("base") })
        let hope = TemporaryDirectory()
        try hope.write(["src/.vuepress/config.ts": "export default defineUserConfig({ base: '/', theme })\n",
                        "src/.vuepress/theme.ts": "export default hopeTheme({ hostname: \"https://docs.exemple.fr\" })\n", "src/README.md": "# Accueil\n"])
        #expect(try ForeignConfiguration.read(.vuepress, in: hope.url).baseURL == "https://docs.exemple.fr/")
        // mdBook, read as GitBook: `book.toml`'s title, its pages in `src/`.
        let mdbook = TemporaryDirectory()
        try mdbook.write(["book.toml": "[book]\ntitle = \"Le livre\"\nsrc = \"./pages\"\n", "pages/SUMMARY.md": "- [Intro](intro.md)\n", "pages/intro.md": "# Intro\n"])
        let book = try ForeignConfiguration.read(.gitbook, in: mdbook.url)
        #expect(ForeignConfiguration.tools(in: mdbook.url) == [.gitbook] && book.title == "Le livre" && book.contentDirectory == "pages" && book.navigationFile == "SUMMARY.md")
        // Tools that published `page.md` at `page.html` get redirects from those (found in a sweep: mdBook's `/chap1_intro.html` was lost).
        #expect(book.formerAddresses == .html)
        #expect(!book.notCarried.contains { $0.hasPrefix("mdBook's preprocessors") })
        // Its preprocessors are named: what they make is not made (found in a sweep: « nothing » was said).
        try mdbook.write(["book.toml": "[book]\ntitle = \"Le livre\"\nsrc = \"./pages\"\n[preprocessor.checklist]\n[preprocessor.extensions.cite-proc]\nbib = \"a.bib\"\n[preprocessor.extensions.spell-checker]\n[preprocessor.links]\n"])
        #expect(try ForeignConfiguration.read(.gitbook, in: mdbook.url).notCarried.contains("mdBook's preprocessors `checklist`, `extensions`: what their syntax makes is not made; it is shown as written"))
        #expect(try ForeignConfiguration.read(.vuepress, in: hope.url).formerAddresses == .html)
        #expect(try ForeignConfiguration.read(.vitepress, in: bases.url).formerAddresses == .html)
        try bases.write(["docs/.vitepress/config.mts": "export default { cleanUrls: true }\n"])
        #expect(try ForeignConfiguration.read(.vitepress, in: bases.url).formerAddresses == .none)
        // A French locale's old addresses (`/fr/guide.html`) redirect once the site is published under `/fr/`.
        #expect(config.formerAddresses == .html)
        #expect(config.notCarried.contains("the French pages' addresses under `/fr/`: publish the site there (base_url: https://…/fr/) for their old addresses to redirect"))
        try bases.write(["docs/.vitepress/config.mts": "export default { base: '/aide/', locales: { root: { lang: 'en' }, fr: { lang: 'fr-FR' } } }\n", "docs/fr/a.md": "# A\n"])
        #expect(try ForeignConfiguration.read(.vitepress, in: bases.url).notCarried.contains("`base: /aide/`: set base_url to the full published address, with /fr/ after it"))
        try bases.write(["docs/.vitepress/config.mts": "export default { base: '/aide/', sitemap: { hostname: 'https://x.fr' }, locales: { root: { lang: 'en' }, fr: { lang: 'fr-FR' } } }\n"])
        let frenchHosted = try ForeignConfiguration.read(.vitepress, in: bases.url)
        #expect(frenchHosted.baseURL == "https://x.fr/aide/fr/" && frenchHosted.formerAddresses == .html)
        // Starlight: links at the sidebar's top are in no group (not one named after `integrations:`).
        let starlight = TemporaryDirectory()
        try starlight.write(["astro.config.mjs": "export default defineConfig({ integrations: [starlight({ title: 'S', sidebar: [{ label: 'Introduction', link: '/intro/' }, { label: 'Guide', items: [{ slug: 'guide/a' }] }] })] })\n",
                             "src/content/docs/intro.md": "# I\n", "src/content/docs/guide/a.mdx": "# A\n"])
        let nav = try ForeignConfiguration.read(.starlight, in: starlight.url).navigationYAML ?? ""
        #expect(nav == "- \"Introduction\": \"intro.md\"\n- \"Guide\":\n    - \"guide/a.mdx\"", "\(nav)")
        // A group of a folder's pages titles that folder (it was titled from its name, « Reference »).
        let generated = ForeignConfiguration.starlight(
            "starlight({ sidebar: [{ label: 'Guide', items: ['guide/a'] }, { label: 'Référence', collapsed: true, autogenerate: { directory: 'guide' } }, { label: 'Absent', autogenerate: { directory: 'absent' } }, { label: 'Sortie', autogenerate: { directory: '../..' } }] })\n",
            source: "astro.config.mjs", in: starlight.url)
        #expect(generated.sections.map(\.folder) == ["guide"] && generated.sections.first?.title == "Référence")
        // `public/` and its pages' images in `src/assets/` (`../../assets/a.png`) are both static folders.
        #expect(try ForeignConfiguration.read(.starlight, in: starlight.url).staticDirectories.isEmpty)
        try starlight.write(["src/assets/a.png": "png"])
        #expect(try ForeignConfiguration.read(.starlight, in: starlight.url).staticDirectories == ["src/assets"])
        try starlight.write(["public/logo.png": "png"])
        #expect(try ForeignConfiguration.read(.starlight, in: starlight.url).staticDirectories == ["public", "src/assets"])
        // Astro reads `base` from the host (found in a sweep: `…/aide/aide/`).
        func address(_ settings: String) -> String? {
            ForeignConfiguration.starlight("export default defineConfig({ \(settings) integrations: [starlight({ title: 'S' })] })\n", source: "astro.config.mjs", in: starlight.url).baseURL
        }
        #expect(address("site: 'https://exemple.github.io/aide', base: '/aide',") == "https://exemple.github.io/aide/")
        #expect(address("site: 'https://exemple.github.io', base: '/aide/',") == "https://exemple.github.io/aide/")
        #expect(address("site: 'https://aide.exemple.fr/docs/',") == "https://aide.exemple.fr/docs/")
        // VuePress 1's root locale in French: its title, the other languages' folders left out.
        let rooted = TemporaryDirectory()
        try rooted.write(["docs/.vuepress/config.js": "module.exports = { locales: { '/en/': { lang: 'en-US', title: 'Guide' }, '/': { lang: 'fr-FR', title: 'Le guide' } } }\n",
                          "docs/README.md": "# Accueil\n", "docs/en/README.md": "# Home\n"])
        let french = try ForeignConfiguration.read(.vuepress, in: rooted.url)
        #expect(french.title == "Le guide" && french.contentDirectory == "docs" && french.exclude.contains("/en/"), "\(french.exclude)")
        let navbar = try ForeignConfiguration.read(.vitepress, in: project.url)
        // A dropdown's title over one folder, not its item's; over several, each item's own; a deeper folder none.
        #expect(navbar.sections.map { "\($0.folder)=\($0.title ?? "")" } == ["analyst=Analystes", "dev=Dév", "ref=Référence", "guide=Guide", "tuto=Tutoriel"])
        #expect(!config.notCarried.contains { $0.contains("`base:") }, "a commented-out base is none")
        #expect(ForeignConfiguration.objectEntries(of: "locales", in: "x = { locales: { root: { a: { b: 1 } }, /* c: {} */ 'en': {} } }").map(\.key) == ["root", "en"])
    }

    /// Keys are read quoted or not, on a line of their own or not, as JavaScript writes them.
    @Test func docusaurusKeysAreReadQuotedAndInline() throws {
        let project = TemporaryDirectory()
        try project.write([
            "docs/intro.md": "# Intro\n", "docs/guide/a.md": "# A\n", "sidebars.json": "{\"docs\": [\"guide/a\", \"intro\"]}\n",
        ])
        let js = "export default { title: \"T\", url: \"https://ex.fr\", baseUrl: \"/aide/\",\n  presets: [[\"classic\", { \"docs\": { \"sidebarPath\": \"sidebars.json\", \"routeBasePath\": \"/\" } }]] };\n"
        let config = ForeignConfiguration.docusaurus(js, source: "docusaurus.config.js", in: project.url)
        #expect(config.title == "T")
        #expect(config.baseURL == "https://ex.fr/aide/")
        #expect(config.navigationSource == "sidebars.json")
        #expect(config.navigationYAML == "- \"guide/a.md\"\n- \"intro.md\"", "\(config.navigationYAML ?? "")")
        // Values given by constants, as `init` reads them from the file.
        try project.write(["docusaurus.config.js": "const title = 'Appli.Scinti';\nconst siteUrl = \"https://scinti.fr\";\nmodule.exports = {\n  title: title,\n  url: siteUrl,\n  baseUrl: '/',\n};\n"])
        let constants = try ForeignConfiguration.read(.docusaurus, in: project.url)
        #expect(constants.title == "Appli.Scinti" && constants.baseURL == "https://scinti.fr/docs/")
        // An empty title (a logo shows the site's name) is none: the default, not an empty `<title>`.
        let untitled = ForeignConfiguration.docusaurus("module.exports = { title: ' ' };\n", source: "docusaurus.config.js", in: project.url)
        #expect(untitled.title == nil && untitled.repereYAML.contains("\ntitle: \"Centre d'aide\""))
    }

    /// MkDocs' `INHERIT:` gives the keys the file does not set, from its base (and the base's own).
    @Test func mkdocsInheritedKeysAreRead() throws {
        let project = TemporaryDirectory()
        try project.write([
            "mkdocs.yml": "INHERIT: config/base.yml\nsite_name: Hub des bibliothèques\n", "docs/index.md": "# Accueil\n",
            "config/base.yml": "INHERIT: ../../dehors.yml\nsite_name: Base\nnav:\n  - Accueil: index.md\n  - 'Ressources informatiques': techno.md\n# fin\ntheme:\n  name: material\n",
        ])
        let config = try ForeignConfiguration.read(.mkdocs, in: project.url)
        #expect(config.title == "Hub des bibliothèques")
        #expect(config.repereYAML.contains("- 'Ressources informatiques': techno.md"), "\(config.repereYAML)")
        // One site per language, `mkdocs-fr.yml` beside `mkdocs-en.yml` (found in a sweep: init read a nested English site).
        let perLanguage = TemporaryDirectory()
        try perLanguage.write(["mkdocs-fr.yml": "site_name: Guide\ndocs_dir: docs/fr\n", "mkdocs-en.yml": "site_name: Guide EN\ndocs_dir: docs/en\n",
                               "docs/fr/index.md": "# Accueil\n", "docs/en/index.md": "# Home\n"])
        #expect(ForeignConfiguration.tools(in: perLanguage.url) == [.mkdocs])
        let french = try ForeignConfiguration.read(.mkdocs, in: perLanguage.url)
        #expect(french.source == "mkdocs-fr.yml" && french.contentDirectory == "docs/fr" && french.title == "Guide")
        let merged = ForeignConfiguration.mkdocsInheriting("INHERIT: config/base.yml\nsite_name: Hub\n", at: "mkdocs.yml", in: project.url)
        #expect(merged == "INHERIT: config/base.yml\nsite_name: Hub\nnav:\n  - Accueil: index.md\n  - 'Ressources informatiques': techno.md\n# fin\ntheme:\n  name: material\n\n")
    }

    /// Found in a sweep: `fontawesome_markdown`'s `:fa-check:` stayed as written and the report said nothing.
    @Test func mkdocsMarkdownExtensionsRepereDoesNotReadAreNamed() {
        let config = ForeignConfiguration.mkdocs(
            "site_name: Doc\nmarkdown_extensions:\n  - markdown.extensions.toc:\n      permalink: true\n  - admonition\n  - pymdownx.superfences\n  - fontawesome_markdown\n  - pymdownx.arithmatex:\n      generic: true\n",
            source: "mkdocs.yml")
        #expect(config.notCarried.filter { $0.contains("extensions") } == [
            "the Markdown extensions `fontawesome_markdown`, `pymdownx.arithmatex` (math stays as written): Repère reads their syntax as plain Markdown",
        ])
        let known = ForeignConfiguration.mkdocs("site_name: Doc\nmarkdown_extensions:\n  - attr_list\n  - md_in_html\n  - pymdownx.emoji\n", source: "mkdocs.yml")
        #expect(!known.notCarried.contains { $0.contains("extensions") })
    }

    /// MkDocs' `nav:` is copied as written: French titles stay readable, not `\xE9` escapes.
    @Test func mkdocsNavigationKeepsItsAccents() {
        let config = ForeignConfiguration.mkdocs("site_name: Doc\nnav:\n  - Présentation générale: page.md\n  - \"Étape 2\": etape.md\n", source: "mkdocs.yml")
        #expect(config.repereYAML.contains("- Présentation générale: page.md\n  - \"Étape 2\": etape.md\n"), "\(config.repereYAML)")
        let plugins = ForeignConfiguration.mkdocs("site_name: Doc\nplugins:\n  - search\n  - macros\n  - awesome-pages:\n      collapse_single_pages: true\n", source: "mkdocs.yml")
        #expect(plugins.notCarried.contains("the plugins `macros` (`{{ … }}` and `{% … %}` stay as written), `awesome-pages` (the `.pages` files' titles and order are not read): Repère runs none"))
        // Its hooks too (found in a sweep: one loaded 932 redirects, lost unsaid).
        let hooked = ForeignConfiguration.mkdocs("site_name: Doc\nhooks:\n  - hooks/redirections.py\n  - hooks/rss.py\n", source: "mkdocs.yml")
        #expect(hooked.notCarried.contains("the hooks `hooks/redirections.py`, `hooks/rss.py`: Python Repère does not run; what they make (redirects, pages, rewritten text) is not made"))
        // MkDocs builds the pages `nav:` leaves out too: so does the help centre.
        #expect(config.repereYAML.contains("\nnav_unlisted: publish\nnav:\n"))
        // `pages:`, `nav:`'s name before MkDocs 1.0 (found in a sweep: ignored, the French labels lost).
        let old = ForeignConfiguration.mkdocs("site_name: Doc\npages:\n  - Accueil: index.md\n  - Développeur:\n    - Communauté: dev/community.md\n", source: "mkdocs.yml")
        #expect(old.navigationYAML?.contains("Communauté: dev/community.md") == true, "\(old.navigationYAML ?? "")")
        // MkDocs' addresses keep the files' names: they redirect to the pages'.
        #expect(config.repereYAML.contains("\nformer_addresses: names  #"))
        #expect(SiteConfiguration.decode(yaml: config.repereYAML).0.formerAddresses == .names)
        // Pages published as files (`use_directory_urls: false`): their `.html` addresses redirect.
        let files = ForeignConfiguration.mkdocs("site_name: Doc\nuse_directory_urls: false\n", source: "mkdocs.yml")
        #expect(SiteConfiguration.decode(yaml: files.repereYAML).0.formerAddresses == .html)
        #expect(SiteConfiguration.decode(yaml: ForeignConfiguration.jekyll("title: A\n", source: "_config.yml").repereYAML).0.formerAddresses == .html)
        #expect(SiteConfiguration.decode(yaml: ForeignConfiguration.jekyll("title: A\npermalink: pretty\n", source: "_config.yml").repereYAML).0.formerAddresses == .none)
        // A key written twice (PyYAML and Jekyll read the last one): the settings are still read, and the report says so.
        let twice = ForeignConfiguration.jekyll("title: Aide\nplugins:\n  - a\nurl: https://x.fr\nplugins:\n  - b\n# fin\n", source: "_config.yml")
        #expect(twice.title == "Aide" && twice.baseURL == "https://x.fr/")
        #expect(twice.toLookAt.contains("_config.yml writes `plugins:` twice: the last one was read, as jekyll reads it; keep one"))
        #expect(DuplicateKeys.lastWins("a: 1\nb:\n  - x\na: 2\n")?.yaml == "\nb:\n  - x\na: 2\n" && DuplicateKeys.lastWins("a: 1\nb: 2\n") == nil)
        // In a nested mapping too, each mapping apart (found in a sweep: `osgeo:` twice under `social:` stopped a MkDocs build).
        let nested = DuplicateKeys.lastWins("social:\n  osgeo:\n  osm: qt\n  osgeo: x\nautre:\n  osgeo: y\n")
        #expect(nested?.yaml == "social:\n\n  osm: qt\n  osgeo: x\nautre:\n  osgeo: y\n" && nested?.keys == ["osgeo"])
        #expect(config.report.contains("the order of the 2 pages `mkdocs.yml` lists"))
    }

    /// A folder of Markdown files: found by `init` unless it holds code (a software repository's
    /// README and changelog get a help centre of their own); read, its code left out, a wiki's
    /// sidebar too, number prefixes ordering, links found by name.
    @Test func aFolderOfMarkdownFilesIsPublishedAsItIs() throws {
        let wiki = TemporaryDirectory()
        try wiki.write(["Home.md": "# Le wiki\n", "01 - Installer.md": "# I\n", "02 - Régler.md": "# R\n", "03 - Utiliser.md": "# U\n",
                        "_Sidebar.md": "[[Home]]\n", "img/a.png": "png", "CLAUDE.md": "# Agent\n", "CONTRIBUTING.md": "# Contribuer\n"])
        #expect(ForeignConfiguration.isMarkdownFolder(wiki.url))
        let config = try ForeignConfiguration.read(.markdown, in: wiki.url)
        #expect(config.title == "Le wiki" && config.contentDirectory == "." && config.addresses == .docusaurus)
        #expect(config.exclude.contains("/_Sidebar.md") && config.repereYAML.contains("\nrelative_links: names"))
        #expect(config.exclude.contains("/CLAUDE.md") && config.exclude.contains("/CONTRIBUTING.md"), "the repository's own files")
        // One a page links to is a page (a README's « lisez les règles »).
        try wiki.write(["Home.md": "# Le wiki\n\nLisez [les règles](CONTRIBUTING.md#style) et la [licence](LICENSE).\n", "LICENSE": "MIT"])
        let linking = try ForeignConfiguration.read(.markdown, in: wiki.url)
        // The licence it links to is published too (found in a sweep: init's own exclusion made the link an error).
        #expect(!linking.exclude.contains("/CONTRIBUTING.md") && linking.exclude.contains("/CLAUDE.md") && !linking.exclude.contains("/LICENSE"))
        // Code shows `[[ $a -ge 2 ]]` and `[[:space:]]`: no wiki link (found in a sweep: 23 pages counted).
        #expect(!ForeignConfiguration.hasWikiLink("```bash\nif [[ $a -ge 2 ]]; then\n```\nUn `[[:space:]]` et [[ x ]].\n"))
        #expect(ForeignConfiguration.hasWikiLink("Voir [[Accueil]].\n") && ForeignConfiguration.hasWikiLink("![[capture.png]]\n"))
        #expect(config.toLookAt.contains { $0.contains("`Home.md`") } && config.toLookAt.contains { $0.contains("link with `[[Page]]`") })
        let code = TemporaryDirectory()
        try code.write(["README.md": "# Outil\n", "CHANGELOG.md": "# Versions\n", "src/a.swift": "let a = 1\n", "config.json": "{}"])
        #expect(!ForeignConfiguration.isMarkdownFolder(code.url))
        // A wiki of many pages showing a few files of code is a wiki (not four pages to one: a repository).
        let examples = TemporaryDirectory()
        try examples.write(Dictionary(uniqueKeysWithValues: (1...12).map { ("page-\($0).md", "# Page \($0)\n") }).merging(["terraform/a.tf": "x", "terraform/b.tf": "y", "ci.yaml": "z"]) { a, _ in a })
        #expect(ForeignConfiguration.isMarkdownFolder(examples.url))
        try examples.write(["terraform/c.tf": "x", "terraform/d.tf": "x"])
        #expect(!ForeignConfiguration.isMarkdownFolder(examples.url))
        // A page's HTML or styles (pandoc's `index.html`) make no software repository.
        let pandoc = TemporaryDirectory()
        try pandoc.write(["README.md": "# Guide\n", "a.md": "# A\n", "index.html": "<html></html>", "style.css": "p {}", "templates/t.html": "x"])
        let pandocConfig = try ForeignConfiguration.read(.markdown, in: pandoc.url)
        #expect(ForeignConfiguration.isMarkdownFolder(pandoc.url) && pandocConfig.exclude.contains("*.html"))
        let explicit = try ForeignConfiguration.read(.markdown, in: code.url)
        #expect(explicit.exclude.contains("*.json") && explicit.exclude.contains("*.swift"))
        // The kinds of code files a page links to are published, as files; HTML and scripts never.
        try code.write(["guide/ci.md": "[la configuration](../scripts/ci.yaml), [l'outil](../src/a.swift), [page](../page.html)\n",
                        "scripts/ci.yaml": "a: 1\n", "scripts/b.yml": "b: 2\n", "page.html": "<p>", "config.toml": "x = 1\n"])
        let linked = try ForeignConfiguration.read(.markdown, in: code.url)
        #expect(!linked.exclude.contains("*.yaml") && !linked.exclude.contains("*.swift") && linked.exclude.contains("*.yml")
            && linked.exclude.contains("*.html") && linked.exclude.contains("*.toml"), "\(linked.exclude)")
        // Only the files linked to: the others of their kinds stay out.
        try code.write(["scripts/secrets.yaml": "password: x\n"])
        #expect(try ForeignConfiguration.read(.markdown, in: code.url).exclude.contains("/scripts/secrets.yaml"))
        #expect(linked.toLookAt.contains { $0.contains("`*.swift`, `*.yaml`") })
    }

    /// A VitePress project whose pages are at its top: its code is not published.
    @Test func aJavaScriptProjectsCodeIsNoContent() throws {
        let project = TemporaryDirectory()
        try project.write([".vitepress/config.js": "export default { title: 'Doc' }\n", "index.md": "# Doc\n", "vite.config.ts": "x", "components.d.ts": "x", "src/App.vue": "x"])
        let config = try ForeignConfiguration.read(.vitepress, in: project.url)
        #expect(config.contentDirectory == "." && ["*.ts", "*.vue"].allSatisfy(config.exclude.contains) && !config.exclude.contains("*.js"), "\(config.exclude)")
    }

    /// VitePress' dynamic routes (`[id].md` and its `[id].paths.ts`) are pages built by code: left out.
    @Test func vitePressDynamicRoutesAreLeftOut() throws {
        let project = TemporaryDirectory()
        try project.write([
            ".vitepress/config.mts": "export default { title: 'Aide' }\n", "index.md": "# Accueil\n",
            "partenaires/index.md": "# Partenaires\n", "partenaires/[id].md": "# {{ $params.name }}\n", "partenaires/[id].paths.ts": "export default {}\n",
        ])
        let config = try ForeignConfiguration.read(.vitepress, in: project.url)
        #expect(config.exclude.prefix(2) == ["/partenaires/[id].md", "/partenaires/[id].paths.ts"])
        #expect(config.notCarried.contains { $0.hasPrefix("dynamic routes (`partenaires/[id].md`)") })
        #expect(SiteConfiguration.decode(yaml: config.repereYAML).0.isExcluded(ContentPath("partenaires/[id].md")))
    }

    /// mkdocs-static-i18n with French among its languages: the other languages' files are left
    /// out, by suffix or by folder; without French, the plugin is named as not run.
    @Test func mkdocsLanguagesLeaveOutAllButFrench() {
        let suffix = ForeignConfiguration.mkdocs("site_name: Doc\nplugins:\n  - search\n  - i18n:\n      docs_structure: suffix\n      languages:\n        - locale: en\n          default: true\n        - locale: fr\n        - locale: de\n", source: "mkdocs.yml")
        #expect(suffix.exclude == ["*.de.md", "*.en.md"])
        #expect(suffix.notCarried.contains { $0.hasPrefix("the i18n plugin's languages: each French page") } && !suffix.notCarried.contains { $0.hasPrefix("the plugins") })
        let folders = ForeignConfiguration.mkdocs("plugins:\n  - i18n:\n      docs_structure: folder\n      languages:\n        - locale: fr\n          default: true\n        - locale: en\n", source: "mkdocs.yml")
        #expect(folders.exclude == ["/en/"])
        let older = ForeignConfiguration.mkdocs("plugins:\n  - i18n:\n      default_language: en\n      languages:\n        fr: {name: Français}\n", source: "mkdocs.yml")
        #expect(older.exclude == ["*.en.md"])
        let english = ForeignConfiguration.mkdocs("plugins:\n  - i18n:\n      languages:\n        - locale: en\n          default: true\n        - locale: es\n", source: "mkdocs.yml")
        #expect(english.exclude.isEmpty && english.notCarried.contains { $0.contains("`i18n` (its languages name no French one") })
    }

    /// MkDocs' `!ENV` tag (geotribu's mkdocs.yml): the value it falls back on is the setting.
    @Test func anEnvironmentTagGivesItsDefault() {
        let yaml = """
            site_name: !ENV [MKDOCS_SITE_NAME, "Geotribu"]
            site_url: !ENV [MKDOCS_SITE_URL, "https://geotribu.fr/"]
            site_description: !ENV SITE_DESCRIPTION
            docs_dir: !ENV [MKDOCS_SOURCE_DIR, "./content"]
            """
        let config = ForeignConfiguration.mkdocs(yaml, source: "mkdocs.yml")
        #expect(config.title == "Geotribu")
        #expect(config.baseURL == "https://geotribu.fr/")
        #expect(config.description == nil)
        #expect(config.contentDirectory == "content")
    }

    /// Hugo's TOML configuration, keys in any case, the French language's settings first; its
    /// site's own shortcodes listed in the report.
    @Test func hugoSettingsAreTheFrenchLanguages() throws {
        let project = TemporaryDirectory()
        try project.write([
            "config.toml": """
                baseURL = "https://aide.exemple.fr"
                title = "Help"
                defaultContentLanguage = "en"
                [Languages.fr]
                  title = "Aide"
                  contentDir = "content/fr/"
                [params]
                  description = "Le centre d'aide"
                """,
            "layouts/shortcodes/fig.html": "<figure></figure>",
        ])
        let config = try ForeignConfiguration.read(.hugo, in: project.url)
        #expect(config.title == "Aide")
        #expect(config.baseURL == "https://aide.exemple.fr/fr/")
        #expect(config.contentDirectory == "content/fr")
        #expect(config.description == "Le centre d'aide")
        #expect(config.report.contains("`fig`"))
        #expect(config.repereYAML.contains("\nformer_addresses: lowercase  #"), "Hugo lowercases its addresses")
        // French in its own folder: no page there is in the default language.
        #expect(!config.toLookAt.contains { $0.contains("Hugo's default language") })
        let shared = TemporaryDirectory()
        try shared.write(["hugo.toml": "defaultContentLanguage = \"en\"\n[languages.fr]\ntitle = \"Aide\"\n[languages.en]\ntitle = \"Help\"\n",
                          "content/a.fr.md": "# A\n", "content/a.en.md": "# A\n"])
        #expect(!(try ForeignConfiguration.read(.hugo, in: shared.url)).toLookAt.contains { $0.contains("Hugo's default language") })
        try shared.write(["content/b.md": "# B\n"])
        #expect(try ForeignConfiguration.read(.hugo, in: shared.url).toLookAt.contains { $0.contains("Hugo's default language (`en`)") })
        // A folder per language that no setting names (mounted by a script): the French one (found in a sweep: 11 languages mixed).
        let perLanguage = TemporaryDirectory()
        try perLanguage.write(["hugo.yaml": "languages:\n  en:\n    title: Docs\n  fr:\n    title: Docs FR\n", "content/en/a.md": "# A\n", "content/fr/a.md": "# A\n"])
        let french = try ForeignConfiguration.read(.hugo, in: perLanguage.url)
        #expect(french.contentDirectory == "content/fr" && !french.toLookAt.contains { $0.contains("Hugo's default language") })
        // Hugo's `type: docs` names a layout: not reported.
        let (decoded, problems) = SiteConfiguration.decode(yaml: config.repereYAML)
        #expect(problems.isEmpty && decoded.checks.levels["front-matter.unknown-type"] == .off)
        #expect(config.staticDirectories.isEmpty)
        let yaml = TemporaryDirectory()
        try yaml.write(["hugo.yaml": "baseURL: https://exemple.fr/\ntitle: Documentation\n", "static/images/logo.png": "png"])
        let fromYAML = try ForeignConfiguration.read(.hugo, in: yaml.url)
        #expect(fromYAML.title == "Documentation" && fromYAML.baseURL == "https://exemple.fr/" && fromYAML.contentDirectory == "content")
        // Its `static/` (or `staticDir`) is published at the site's root.
        #expect(fromYAML.staticDirectories == ["static"] && fromYAML.repereYAML.contains("\nstatic_dir: \"static\""))
        try yaml.write(["hugo.yaml": "staticDir: public\n", "public/a.png": "png"])
        #expect(try ForeignConfiguration.read(.hugo, in: yaml.url).staticDirectories == ["public"])
        try yaml.write(["hugo.toml": "staticDir = [\"public\", \"./static/\", \"absent\"]\n"])
        try FileManager.default.removeItem(at: yaml.url.appendingPathComponent("hugo.yaml"))
        #expect(try ForeignConfiguration.read(.hugo, in: yaml.url).staticDirectories == ["public", "static"])
        // A module's mounts: the French one's source is the content (before, `content/`, every language).
        let mounts = TemporaryDirectory()
        try mounts.write(["hugo.toml": """
            [languages.fr]
              title = "Docs"
            [[module.mounts]]
              source = "content/en"
              target = "content"
              lang = "en"
            [[module.mounts]]
              source = "content/fr"
              target = "content"
              lang = "fr"
            [[module.mounts]]
              source = "assets"
              target = "assets"
            """, "content/fr/_index.md": "# Accueil\n"])
        #expect(try ForeignConfiguration.read(.hugo, in: mounts.url).contentDirectory == "content/fr")
        // Hugo's newer form names a mount's languages in a matrix (found in a sweep: both languages were published, mixed).
        let matrix = TemporaryDirectory()
        try matrix.write([
            "config/_default/hugo.yaml": "title: Docs\nbaseURL: http://localhost/\n", "config/_default/languages.yaml": "fr:\n  weight: 1\nen:\n  weight: 2\n",
            "config/production/hugo.yaml": "baseURL: https://aide.exemple.fr/\n",
            "config/_default/module.yaml": "mounts:\n  - source: content/en\n    target: content\n    sites:\n      matrix:\n        languages: [en]\n  - source: content/fr\n    target: content\n    sites:\n      matrix:\n        languages: [fr]\n",
            "content/fr/_index.md": "# Accueil\n",
        ])
        let matrixConfig = try ForeignConfiguration.read(.hugo, in: matrix.url)
        #expect(matrixConfig.contentDirectory == "content/fr")
        // `hugo` builds for production: `config/production/` overrides `_default` (found in the same sweep: `http://localhost/`).
        #expect(matrixConfig.baseURL == "https://aide.exemple.fr/fr/" && matrixConfig.title == "Docs", "French in /fr/, English the default language")
        // In TOML, the matrix as a sub-table of each mount, or as a dotted key (found in a review).
        for mounts in [
            "[[module.mounts]]\nsource = \"content/en\"\ntarget = \"content\"\n[module.mounts.sites.matrix]\nlanguages = [\"en\"]\n[[module.mounts]]\nsource = \"content/fr\"\ntarget = \"content\"\n[module.mounts.sites.matrix]\nlanguages = [\"fr\"]\n",
            "[[module.mounts]]\nsource = \"content/en\"\ntarget = \"content\"\nsites.matrix.languages = [\"en\"]\n[[module.mounts]]\nsource = \"content/fr\"\ntarget = \"content\"\nsites.matrix.languages = [\"fr\"]\n",
        ] {
            let toml = TemporaryDirectory()
            try toml.write(["hugo.toml": "title = \"Docs\"\n" + mounts, "content/fr/_index.md": "# Accueil\n"])
            #expect(try ForeignConfiguration.read(.hugo, in: toml.url).contentDirectory == "content/fr", "\(mounts)")
        }
        #expect(throws: ScaffoldError.self) { try ForeignConfiguration.read(.hugo, in: TemporaryDirectory().url) }
    }

    /// GitBook 3 and HonKit: `book.json`, and with several languages `LANGS.md`: the French
    /// folder is the content, its own `book.json` read too.
    @Test func gitBookThreeBooksAndTheirFrenchLanguage() throws {
        let project = TemporaryDirectory()
        try project.write([
            "book.json": #"{ "title": "Help", "plugins": ["youtube", "-sharing"], "variables": { "author": "Isogeo" } }"#,
            "LANGS.md": "# Languages\n\n* [English](en/)\n* [Français](fr/)\n",
            "fr/book.json": #"{ "title": "Centre d'aide Isogeo", "description": "L'aide en ligne", "variables": { "version": 3.2, "author": "Isogeo SAS" } }"#,
            "fr/SUMMARY.md": "* [Accueil](README.md)\n", "fr/README.md": "# Accueil\n![Logo](../assets/logo.png)\n", "en/SUMMARY.md": "* [Home](README.md)\n",
            "assets/logo.png": "png",
            "fr/GLOSSARY.md": "## SIG\nSystème d'information géographique\n", "fr/LICENSE": "CC BY", "fr/cover.jpg": "jpg",
        ])
        let config = try ForeignConfiguration.read(.gitbook, in: project.url)
        #expect(config.source == "book.json" && config.contentDirectory == "fr" && config.navigationFile == "SUMMARY.md")
        // The book's own files are no content; its glossary is named to be copied.
        #expect(config.exclude == ["/LICENSE", "/book.json", "/GLOSSARY.md"])
        #expect(config.toLookAt.contains { $0.hasPrefix("`GLOSSARY.md` (GitBook's glossary) is no page of the site") })
        #expect(config.title == "Centre d'aide Isogeo" && config.description == "L'aide en ligne")
        // The files the languages share, shown from the French pages: their folder is the static one.
        #expect(config.staticDirectories == ["assets"])
        #expect(config.toLookAt.contains { $0.hasPrefix("the French pages (`fr/`) show files of `assets/`") })
        // `variables` give the pages' `{{ book.… }}`, the translation's over the book's.
        #expect(config.siteVariables.map { "\($0.name)=\($0.value)" } == ["book.author=Isogeo SAS", "book.version=3.2"])
        #expect(config.repereYAML.contains("# The values of {{ book.… }} in pages, from book.json:\nsite_variables:\n  \"book.author\": \"Isogeo SAS\""))
        // GitBook's hidden pages are hidden from its table of contents, not from its search.
        #expect(config.repereYAML.contains("\nhidden_searchable: true  #") && !ForeignConfiguration.mkdocs("site_name: D\n", source: "mkdocs.yml").repereYAML.contains("hidden_searchable"))
        #expect(config.notCarried == ["the other languages of LANGS.md (`English`): only `fr/` is read", "the plugins `youtube`: Repère runs none"])
        let root = TemporaryDirectory()
        try root.write(["book.json": #"{ "root": "./docs", "structure": { "summary": "TABLE.md" } }"#, "docs/TABLE.md": "* [A](a.md)\n"])
        let rooted = try ForeignConfiguration.read(.gitbook, in: root.url)
        #expect(rooted.contentDirectory == "docs" && rooted.navigationFile == "TABLE.md")
        // Nothing outside the project is read or made the content.
        let outside = TemporaryDirectory()
        try outside.write(["projet/book.json": #"{ "root": "../ailleurs", "structure": { "langs": "../LANGS.md" } }"#, "LANGS.md": "* [Français](projet/)\n"])
        let inside = try ForeignConfiguration.read(.gitbook, in: outside.url.appendingPathComponent("projet"))
        #expect(inside.contentDirectory == "." && inside.notCarried.isEmpty)
    }

    /// Zensical (Material's successor): MkDocs' settings in `zensical.toml`'s `[project]` table.
    @Test func zensicalsProjectTableIsReadAsMkDocsSettings() throws {
        let project = TemporaryDirectory()
        try project.write([
            "zensical.toml": """
                [project]
                site_name = "Documentation Piwigo"
                site_url = "https://fr.piwigo.org/doc/"
                nav = [
                    {"Accueil"= "index.md"},
                    {"Démarrer" = [
                        "demarrer/index.md",
                        "demarrer/en-15-minutes.md"
                	]},
                ]
                [project.theme]
                variant = "modern"
                """,
        ])
        let config = try ForeignConfiguration.read(.mkdocs, in: project.url)
        #expect(config.source == "zensical.toml" && config.title == "Documentation Piwigo" && config.baseURL == "https://fr.piwigo.org/doc/")
        let (decoded, problems) = SiteConfiguration.decode(yaml: config.repereYAML)
        #expect(problems.isEmpty)
        #expect(decoded.navigation?.paths.map(\.rawValue) == ["index.md", "demarrer/index.md", "demarrer/en-15-minutes.md"])
    }

    /// A configuration folder: `languages.yaml` and `params.toml` beside `hugo.toml` are those keys.
    /// Pages that only ask the theme for its search page or site map are left out, said in the
    /// report: Repère writes its own.
    @Test func theThemesSearchAndSiteMapPagesAreLeftOut() throws {
        let project = TemporaryDirectory()
        try project.write([
            "hugo.toml": "title = 'Aide'\n", "content/search.md": "---\ntitle: Résultats\nlayout: search\n---\n",
            "content/plan.md": "---\ntitle: Sitemap\n---\n\n{{< sitemap >}}\n", "content/recherche-avancee.md": "---\ntitle: R\nlayout: search\n---\nChercher par auteur.\n",
            "content/guide/a.md": "---\ntitle: A\n---\n{{< note >}}\n",
        ])
        let config = try ForeignConfiguration.read(.hugo, in: project.url)
        #expect(config.exclude.filter { !$0.hasPrefix("*") } == ["/plan.md", "/search.md"])
        #expect(config.toLookAt.contains { $0.hasPrefix("`plan.md`, `search.md` only asked the old theme") })
    }

    @Test func hugosConfigurationFolderIsReadWhole() throws {
        let project = TemporaryDirectory()
        try project.write([
            "config/_default/hugo.toml": "baseURL = \"https://moodlebox.net/\"\ndefaultContentLanguage = \"en\"\ndefaultContentLanguageInSubdir = true\n",
            "config/_default/languages.yaml": "en:\n  contentDir: content/en\n  title: MoodleBox\nfr:\n  contentDir: content/fr\n  title: MoodleBox en français\n",
            "config/_default/params.toml": "description = \"Une plateforme Moodle hors ligne\"\n",
            "content/fr/_index.md": "# Accueil\n",
        ])
        let config = try ForeignConfiguration.read(.hugo, in: project.url)
        #expect(config.source == "config/_default/hugo.toml")
        #expect(config.contentDirectory == "content/fr" && config.title == "MoodleBox en français")
        #expect(config.baseURL == "https://moodlebox.net/fr/" && config.description == "Une plateforme Moodle hors ligne")
        // Found as a Hugo project by that folder alone, which is no project of its own.
        #expect(ForeignConfiguration.tools(in: project.url) == [.hugo])
        #expect(ForeignConfiguration.subprojects(below: project.url).isEmpty)
        let config2 = TemporaryDirectory()
        try config2.write(["config/_default/config.toml": "title = \"Doks\"\n", "content/fr/a.md": "# A\n"])
        #expect(ForeignConfiguration.tools(in: config2.url) == [.hugo])
    }

    /// Hugo's headless pages (the Book theme's menu bundle) are left out, as Hugo publishes none.
    @Test func hugosHeadlessPagesAreLeftOut() throws {
        let project = TemporaryDirectory()
        try project.write([
            "hugo.toml": "title = \"Docs\"\n", "content/_index.md": "# Accueil\n",
            "content/menu/index.md": "---\r\nheadless: true\r\n---\r\n- [Lien](/absent/)\r\n", "content/menu/logo.png": "png",
            "content/docs/_index.md": "---\nheadless: true\n---\n", "content/docs/b.md": "---\nparams:\n  headless: true\n---\n",
            "content/docs/bloc.md": "+++\nheadless = true\n+++\nTexte\n", "content/docs/a.md": "---\ntitle: A\nheadless: false\n---\nheadless: true\n",
            "content/_index.fr.html": "+++\ntitle = \"Accueil\"\n+++\n{{< blocks/cover >}}\n", "content/docs/exemple.html": "<p>Un fichier</p>\n",
        ])
        let config = try ForeignConfiguration.read(.hugo, in: project.url)
        #expect(config.exclude.contains("/menu/") && config.exclude.contains("/docs/bloc.md") && !config.exclude.contains("/docs/a.md"))
        #expect(!config.exclude.contains { $0.hasPrefix("/docs/_index") || $0 == "/docs/" || $0 == "/docs/b.md" })
        #expect(config.notCarried.contains("the headless pages (`docs/bloc.md`, `menu/index.md`), which Hugo does not publish: left out (`exclude`), a bundle's folder whole"))
        // Its pages written in HTML (Docsy's home): left out, said; a file of HTML without front-matter stays a file.
        #expect(config.exclude.contains("/_index.fr.html") && !config.exclude.contains("/docs/exemple.html"))
        #expect(config.notCarried.last == "the pages written in HTML (`_index.fr.html`), which the theme's layouts render: left out (`exclude`); write what they show in Markdown")
    }

    /// Jekyll's `_config.yml`: the address from `url` and `baseurl`, the collections' folder as
    /// the content, or the project without Jekyll's own folders.
    @Test func jekyllSettingsAndContent() {
        let collections = ForeignConfiguration.jekyll(
            "title: Aide\ndescription: >\n  Le centre d'aide\nurl: https://aide.exemple.fr\nbaseurl: /docs\ncollections_dir: articles\ncollections:\n  guides:\n    output: true\n", source: "_config.yml")
        #expect(collections.title == "Aide" && collections.description == "Le centre d'aide")
        #expect(collections.baseURL == "https://aide.exemple.fr/docs/")
        #expect(collections.contentDirectory == "articles" && collections.exclude.isEmpty)
        // A published collection's title and order are its folder's (`sections:`).
        let titled = ForeignConfiguration.jekyll(
            "collections_dir: articles\ncollections:\n  a-propos:\n    title: À propos\n    output: true\n    order: 2\n  brouillons:\n    title: Brouillons\n", source: "_config.yml")
        #expect(titled.sections.map { "\($0.folder) \($0.title ?? "-") \($0.order ?? 0)" } == ["_a-propos À propos 2.0"])
        #expect(titled.repereYAML.contains("sections:\n  \"_a-propos\": { title: \"À propos\", order: 2 }\n"))
        let (decoded, problems) = SiteConfiguration.decode(yaml: titled.repereYAML)
        #expect(problems.isEmpty && decoded.sections["_a-propos"]?.title == "À propos" && decoded.sections["_a-propos"]?.order == 2)
        // `exclude:` still applies in the collections' folder: its paths are read from it.
        let excluding = ForeignConfiguration.jekyll(
            "collections_dir: pages\ncollections: { fr-FR: { output: true } }\nexclude: [pages/_fr-FR/fragments, README.md, vendor/bundle]\n", source: "_config.yml")
        #expect(excluding.exclude == ["/_fr-FR/fragments", "README.md"])
        // Collections Jekyll does not publish (no `output: true`): the pages are the project's.
        let unpublished = ForeignConfiguration.jekyll("collections_dir: collections\ncollections: [props]\n", source: "_config.yml")
        #expect(unpublished.contentDirectory == "." && unpublished.exclude.contains("/collections/"))
        // `{{ site.ans.api_url }}`: the texts of mappings too, not those of the theme's or plugins' settings.
        let nested = ForeignConfiguration.jekyll("ans:\n  api_url: https://api.fr\n  n: 3\ncallouts:\n  info:\n    title: Remarque\nurl: https://x.fr\n", source: "_config.yml")
        #expect(nested.siteVariables.map { "\($0.name)=\($0.value)" }.sorted() == ["ans.api_url=https://api.fr", "ans.n=3"])
        let pages = ForeignConfiguration.jekyll("url: https://exemple.fr/\nexclude: [README.md, vendor]\n", source: "_config.yml")
        #expect(pages.baseURL == "https://exemple.fr/" && pages.contentDirectory == ".")
        #expect(pages.exclude.contains("/_layouts/") && pages.exclude.contains("/README.md") && pages.exclude.filter { $0 == "/vendor/" || $0 == "/vendor" }.count == 2)
        #expect(ForeignConfiguration.jekyll(": [", source: "_config.yml").notCarried.first?.contains("could not be read") == true)
    }

    /// A Jekyll site whose content is its collections' folder: the folders beside it that Jekyll
    /// copies as they are (`img/`) are named in the report, with how to publish them.
    @Test func jekyllsCopiedFoldersBesideTheCollectionsAreNamed() throws {
        let project = TemporaryDirectory()
        try project.write([
            "_config.yml": "collections_dir: articles\ncollections:\n  guide:\n    output: true\n", "articles/_guide/a.md": "# A\n",
            "img/carte.png": "png", "css/site.css": "body {}", "_sass/x.scss": "", "vendor/img/y.png": "png",
        ])
        let config = try ForeignConfiguration.read(.jekyll, in: project.url)
        #expect(config.toLookAt.contains { $0.hasPrefix("`img/`, beside `articles/`, is copied to the Jekyll site as it is") })
        #expect(!config.toLookAt.contains { $0.contains("`css/`") || $0.contains("`vendor/`") })
    }

    /// Jekyll's Liquid templates that are no Markdown (`feed.xml` with front-matter) are not
    /// published: Repère's own feed.xml would clash, and their Liquid would show as written.
    @Test func jekyllTemplatesAreLeftOut() throws {
        let project = TemporaryDirectory()
        try project.write([
            "_config.yml": "title: Doc\n", "index.md": "---\ntitle: Accueil\n---\n", "feed.xml": "---\nlayout: none\n---\n<feed>{{ site.title }}</feed>\n",
            "docs/404.html": "---\r\npermalink: /404.html\r\n---\r\n<h1>Introuvable</h1>\n", "style.css": "body { color: black; }\n",
            "_site/feed.xml": "---\n---\n", "_config_dev.yml": "url: http://localhost\n",
        ])
        let config = try ForeignConfiguration.read(.jekyll, in: project.url)
        #expect(config.exclude.filter { !ForeignConfiguration.jekyllOwnFiles.contains($0) } == ["/_config_dev.yml", "/docs/404.html", "/feed.xml", "/migration-report.md"])
        #expect(config.report.contains("2 Liquid templates that are no Markdown pages are not published (`docs/404.html`, `feed.xml`)"))
        let (decoded, _) = SiteConfiguration.decode(yaml: config.repereYAML)
        let content = try ContentLoader(configuration: decoded).load(from: FileSystemSource(root: project.url))
        #expect(!content.assets.contains { $0.url == "/feed.xml" } && content.assets.contains { $0.url == "/style.css" })
    }

    /// What Jekyll does not publish is not published: a file named with a leading `_` in a
    /// folder (a part other pages include), and the 404 page, which Repère writes itself.
    @Test func jekyllsHiddenFilesAndNotFoundPageAreLeftOut() throws {
        let project = TemporaryDirectory()
        try project.write([
            "_config.yml": "title: Doc\n", "index.md": "---\ntitle: Accueil\n---\n", "404.md": "---\npermalink: /404.html\n---\nIntrouvable.\n",
            "guide/_fil-d-ariane.md": "Accueil > Guide\n", "guide/page.md": "---\ntitle: Page\n---\n",
        ])
        let config = try ForeignConfiguration.read(.jekyll, in: project.url)
        #expect(config.exclude.filter { !ForeignConfiguration.jekyllOwnFiles.contains($0) } == ["/guide/_fil-d-ariane.md", "/404.md", "/migration-report.md"])
        #expect(config.report.contains("1 file named with a leading `_` in a folder (`guide/_fil-d-ariane.md`…), which Jekyll does not publish, is left out"))
        #expect(config.report.contains("the 404 page (`404.md`): Repère writes its own"))
    }

    /// `init` reads nothing outside the project: a content folder there is an error.
    @Test func aContentFolderOutsideTheProjectIsRefused() throws {
        let root = TemporaryDirectory()
        try root.write(["projet/mkdocs.yml": "site_name: Doc\ndocs_dir: ../ailleurs\n", "ailleurs/index.md": "# Ailleurs\n",
                        "projet/_config.yml": "collections_dir: ../ailleurs\ncollections: { guides: { output: true } }\n"])
        let project = root.url.appendingPathComponent("projet")
        #expect(throws: ScaffoldError.self) { try ForeignConfiguration.read(.mkdocs, in: project) }
        #expect(throws: ScaffoldError.self) { try ForeignConfiguration.read(.jekyll, in: project) }
        #expect(ForeignConfiguration.quoted("dit \"oui\"\\\n") == #""dit \"oui\"\\\n""#)
    }

    /// MkDocs publishes a folder's `index.md` and leaves out its `README.md` beside it.
    @Test func mkdocsLeavesOutAReadmeBesideAnIndex() throws {
        let project = TemporaryDirectory()
        try project.write([
            "mkdocs.yml": "site_name: Doc\n", "docs/index.md": "# Accueil\n", "docs/README.md": "# Lisez-moi\n",
            "docs/guide/index.md": "# Guide\n", "docs/guide/README.md": "# Guide (GitHub)\n", "docs/autre/README.md": "# Autre\n",
        ])
        let config = try ForeignConfiguration.read(.mkdocs, in: project.url)
        #expect(config.exclude == ["/README.md", "/guide/README.md"])
    }

    /// A Sphinx project's MyST pages: `conf.py`'s title, `_build/` left out, the toctrees' order
    /// from the home page down as `nav:` (a caption naming a group), unlisted pages published after.
    @Test func sphinxTitleAndToctreesAreRead() throws {
        let project = TemporaryDirectory()
        try project.write([
            "conf.py": "import os\nproject = 'Mon projet'\nextensions = ['myst_parser']\n",
            "index.md": "# Accueil\n\n```{toctree}\n:maxdepth: 1\n:caption: Guides\n\nguide/index\nLa FAQ <faq>\nhttps://exemple.fr\n*\n```\n",
            "guide/index.md": "# Guide\n\n:::{toctree}\ninstaller\n/faq\n:::\n", "guide/installer.md": "# Installer\n", "faq.md": "# FAQ\n",
            "autre.md": "# Autre\n", "_build/html/index.html": "<p>x</p>",
        ])
        let config = try ForeignConfiguration.read(.markdown, in: project.url)
        #expect(config.title == "Mon projet")
        #expect(config.exclude.contains("/_build/"))
        #expect(config.navigationYAML == "- \"Guides\":\n    - \"guide/index.md\"\n    - \"guide/installer.md\"\n    - \"faq.md\"", "\(config.navigationYAML ?? "")")
        #expect(config.repereYAML.contains("nav_unlisted: publish"))
        #expect(ForeignConfiguration.pythonString("project", in: "project = \"Le \\\"projet\\\"\"\n") == "Le \\\"projet\\\"")
    }

    /// A folder of pages named for a language or a place (`content/fr/`) is titled by the folder
    /// above it (found in a sweep: a site titled « Fr »).
    @Test func aLanguageFolderIsNoTitle() throws {
        let project = TemporaryDirectory()
        let top = project.url.appendingPathComponent("cartes-doc")
        try project.write(["cartes-doc/content/fr/a.md": "Texte.\n", "cartes-doc/content/fr/b.md": "Texte.\n"])
        #expect(try ForeignConfiguration.read(.markdown, in: top.appendingPathComponent("content/fr")).title == "Cartes doc")
        #expect(ForeignConfiguration.namingFolder(of: top).lastPathComponent == "cartes-doc")
    }

    /// Pages in two languages side by side (`en/`, `fr/`, as a Jekyll site keeps them; found in a
    /// sweep, published whole « in French »): the other language's folder is left out.
    @Test func aFolderPerLanguageKeepsTheFrenchOne() throws {
        let project = TemporaryDirectory()
        try project.write(["_config.yml": "title: Aide\n", "index.md": "[Français](fr/) · [English](en/)\n", "fr/guide.md": "# Guide\n",
                           "en/guide.md": "# Guide\n", "de-DE/guide.md": "# Anleitung\n", "it/leeres.txt": "", "es/.keep": ""])
        let config = try ForeignConfiguration.read(.jekyll, in: project.url)
        #expect(config.exclude.contains("/en/") && config.exclude.contains("/de-DE/") && !config.exclude.contains("/fr/") && !config.exclude.contains("/it/"))
        #expect(config.notCarried.contains("the other languages' folders (`de-DE/`, `en/`): only the French pages, `fr/`, are published, at their addresses"))
        #expect(config.toLookAt.contains { $0.hasPrefix("`index.md` links to the other languages' folders") })
        // No French folder, or French alone: nothing left out.
        let english = TemporaryDirectory()
        try english.write(["en/a.md": "# A\n", "fr/.keep": "", "de/b.md": "# B\n"])
        #expect(try !ForeignConfiguration.read(.markdown, in: english.url).exclude.contains("/en/"))
    }
}
