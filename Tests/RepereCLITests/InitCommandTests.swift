import Foundation
import RepereTestSupport
import RepereContent
import Testing

/// `repere init` and `repere init --from`: init → check → build, with no error.
@Suite struct InitCommandTests {
    @Test func aNewHelpCentreChecksAndBuildsClean() throws {
        let folder = TemporaryDirectory()
        let project = folder.url.appendingPathComponent("aide")
        let result = try RepereProcess.run(["init", project.path], in: folder.url)
        #expect(result.status == 0)
        for file in ["repere.yml", ".gitignore", ".github/workflows/repere.yml", ".gitlab-ci.yml", "content/_index.md",
                     "content/premiers-pas/creer-son-compte.md"] {
            #expect(FileManager.default.fileExists(atPath: project.appendingPathComponent(file).path), "\(file)")
        }
        #expect(result.stdout.contains("Next: repere check -C "))
        let check = try RepereProcess.run(["check", "--color", "never"], in: project)
        #expect(check.status == 0 && !check.stderr.contains("warning:"), "\(check.stderr)")
        #expect(try RepereProcess.run(["build", "-q"], in: project).status == 0)
        // Again: nothing is overwritten.
        let again = try RepereProcess.run(["init"], in: project)
        #expect(again.status == 0 && again.stdout.contains("kept repere.yml (it exists)"))
    }

    /// Small projects of each tool, in their own shapes: each becomes a help centre whose pages
    /// have the titles, containers and links the tool gave them.
    @Test(arguments: [
        ("mkdocs", [
            "mkdocs.yml": "site_name: Guide MkDocs\nsite_url: https://guide.exemple.fr/\nexclude_docs: |\n  brouillons/\nnav:\n  - Accueil: index.md\n  - Installer: installer.md\ntheme:\n  name: material\nplugins:\n  - redirects:\n      redirect_maps:\n        ancien.md: installer.md\n",
            "docs/index.md": "# Bienvenue\n\nVoir [Installer](installer.md).\n",
            "docs/installer.md": "# Installer l'outil\n\n!!! warning \"Attention\"\n    Lisez d'abord [l'accueil](index.md).\n",
            "docs/brouillons/idee.md": "# Une idée\n",
        ], ["Installer l'outil"], "Guide MkDocs", ["installer/index.html", "ancien/index.html"]),
        ("docusaurus", [
            "docusaurus.config.js": "module.exports = {\n  title: 'Guide Docusaurus',\n  url: 'https://docs.exemple.fr',\n  baseUrl: '/aide/',\n};\n",
            "docs/intro.md": "---\nsidebar_position: 1\n---\n# Introduction\n\n:::tip Bon à savoir\nLe [guide](guide/utiliser.md).\n:::\n\n![Le logo](/img/logo.png) ![Le logo](../static/img/logo.png) [Le guide](@site/static/guide.pdf)\n",
            "static/img/logo.png": "png",
            "static/guide.pdf": "pdf",
            "docs/guide/utiliser.md": "# Utiliser\n\nRetour à l'[introduction](../intro), puis [plus loin](avance) et [encore](2_astuces.md).\n",
            "docs/guide/3_avance.md": "# Avancé\n",
            "docs/2_outils/outils.md": "# Les outils\n\nVoir [le guide](../guide/) et [le marteau](outils/marteau).\n",
            "docs/2_outils/1-marteau.md": "# Le marteau\n",
            "docs/guide/2_astuces.md": "---\nid: trucs\n---\n# Astuces\n",
            "docs/guide/_category_.json": #"{"label": "Le guide", "position": 1}"#,
            "docs/guide/onglets.mdx": "---\ntitle: Onglets\n---\nimport Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';\nimport capture from '@site/docs/guide/capture.png';\n\n{/* à revoir */}\n## Installer\n\n<Tabs>\n  <TabItem value=\"w\" label=\"Windows\">\n\n    :::note[Avant]\n    Voir [utiliser](/guide/utiliser.md).\n    :::\n\n    <img src={capture} />\n\n  </TabItem>\n</Tabs>\n",
            "docs/guide/capture.png": "png",
        ], ["Introduction", "Utiliser", "Onglets", "Le guide", "Les outils", "Le marteau"], "Guide Docusaurus", ["guide/utiliser/index.html", "guide/onglets/index.html", "guide/capture.png", "img/logo.png", "guide.pdf", "guide/avance/index.html", "guide/trucs/index.html", "outils/index.html", "outils/marteau/index.html"]),
        ("gitbook", [
            ".gitbook.yaml": "root: ./docs/\nredirects:\n  ancien: gerer/README.md\n",
            "docs/README.md": "# Guide GitBook\n\n{% content-ref url=\"gerer/\" %}\n[gerer](gerer/)\n{% endcontent-ref %}\n",
            "docs/SUMMARY.md": "# Sommaire\n\n* [Accueil](README.md)\n* [Gérer](gerer/README.md)\n  * [Le budget](gerer/budget.md)\n",
            "docs/gerer/README.md": "# Gérer son produit\n\n{% hint style=\"info\" %}\nVoir le [budget](budget.md).\n{% endhint %}\n\n## Pourquoi l’OWASP ?\n\n<figure>\n\n![Le schéma](schema.png)\n\n<figcaption>Le schéma</figcaption>\n</figure>\n",
            "docs/gerer/schema.png": "png",
            "docs/gerer/budget.md": "# Le budget\n\nRetour à [gérer](./), voir [pourquoi choisir l’OWASP](README.md#pourquoi-lowasp) et [la suite d’un budget](#la-suite-dun-budget).\n\n## La suite d’un budget\n",
        ], ["Le budget"], "Centre d'aide", ["gerer/budget/index.html", "ancien/index.html"]),
        ("vuepress", [
            "docs/.vuepress/config.js": "module.exports = {\n  title: 'Guide VuePress',\n  description: 'Le guide',\n}\n",
            "docs/README.md": "# Accueil\n\n[Démarrer](guide/demarrer.md), [encore](/premiers-pas.html), [Installer](/guide/installation/)\n",
            "docs/guide/demarrer.md": "---\npermalink: /premiers-pas.html\n---\n# Démarrer\n\n::: warning\nAttention.\n:::\n\n::: details Plus\nDétails.\n:::\n\n<details>\n<summary>Encore plus</summary>\n\nTexte.\n\n</details>\n",
            "docs/guide/installer.md": "---\nslug: installation\n---\n# Installer\n\n[Démarrer](../guide/demarrer.md)\n",
        ], ["Démarrer", "Installer"], "Guide VuePress",
         ["premiers-pas/index.html", "premiers-pas.html", "guide/demarrer/index.html", "guide/installation/index.html", "guide/installer/index.html"]),
        ("vitepress", [
            "docs/.vitepress/config.mts": """
                import { defineConfig } from 'vitepress'

                function sidebarFr(): Item[] {
                  return [{ text: 'Le guide', items: [{ text: 'Démarrer', link: '/demarrer' }, { text: 'Installer', link: '/guide/installer' }] }]
                }

                export default defineConfig({
                  title: 'Guide VitePress',
                  // base: './',
                  locales: {
                    root: { label: 'Français', lang: 'fr-FR', themeConfig: { sidebar: { '/': sidebarFr() } } },
                    en: { label: 'English', lang: 'en', link: '/en/' },
                  },
                })

                """,
            "docs/index.md": "# Accueil\n\n[Démarrer](./demarrer.md), [installer](/guide/installer)\n",
            "docs/README.md": "# Le dépôt de la documentation\n",  // for the forge: VitePress publishes it at /README
            "docs/demarrer.md": "# Démarrer\n\n::: tip\nAstuce.\n:::\n\n<ZoomImg\n  src=\"./capture.png\"\n  alt=\"La capture\"\n/>\n",
            "docs/guide/installer.md": "# Installer\n",
            "docs/public/capture.png": "png",
            "docs/en/index.md": "# Home\n\n[Start](./start.md)\n",
        ], ["Démarrer", "Installer"], "Guide VitePress", ["demarrer/index.html", "guide/installer/index.html", "capture.png"]),
        ("starlight", [
            "astro.config.mjs": """
                import starlight from '@astrojs/starlight';
                export const locales = { root: { label: 'Français', lang: 'fr' }, en: { label: 'English', lang: 'en' } };
                export default defineConfig({
                  site: 'https://docs.exemple.fr',
                  integrations: [starlight({
                    title: { fr: 'Guide Starlight', en: 'Starlight guide' },
                    locales,
                    sidebar: [{ label: 'Start', translations: { fr: 'Commencer' }, items: [{ slug: 'guides/demarrer' }, { label: 'Installer', link: '/guides/installer/' }] }],
                  })],
                });
                """,
            "src/content/docs/index.mdx": "---\ntitle: Accueil\ntemplate: splash\nhero:\n  title: Le guide\n  tagline: Tout savoir.\n  actions:\n    - text: Démarrer\n      link: /guides/demarrer/\n---\n",
            "src/content/docs/guides/demarrer.md": "---\ntitle: Démarrer\n---\n:::tip\nVoir [l'installation](/guides/installer/) et [l'accueil](/fr/).\n:::\n\n![Le logo](/logo.png)\n",
            "src/content/docs/guides/installer.mdx": "---\ntitle: Installer\n---\nimport { Aside, Steps } from '@astrojs/starlight/components';\n\n<Aside type=\"caution\" title=\"Avant\">\nLisez [Démarrer](../demarrer/).\n</Aside>\n\n<Steps>\n1. Un\n2. Deux\n</Steps>\n",
            "src/content/docs/en/guides/demarrer.md": "---\ntitle: Start\n---\n[Missing](/en/absent/)\n",
            "public/logo.png": "png",
            "src/components/Carte.astro": "<div />",
        ], ["Démarrer", "Installer"], "Guide Starlight", ["guides/demarrer/index.html", "guides/installer/index.html", "logo.png"]),
        ("docsify", [
            "docs/index.html": "<div id=\"app\"></div>\n<script>window.$docsify = { name: 'Guide Docsify', loadSidebar: true }</script>\n<script src=\"//cdn.jsdelivr.net/npm/docsify@4\"></script>\n",
            "docs/README.md": "# Accueil\n\n?> Un **conseil**.\n\nVoir [installer](guide/installer.md).\n",
            "docs/_sidebar.md": "- [Accueil](/)\n- [Installer](guide/installer.md)\n- [Utiliser](guide/utiliser.md)\n",
            "docs/_navbar.md": "- [Site](https://exemple.fr)\n",
            "docs/guide/installer.md": "# Installer\n\n!> Attention.\n\n[Utiliser](guide/utiliser.md), [accueil](README.md)\n",
            "docs/guide/utiliser.md": "# Utiliser\n\n[encart](/_media/encart.md ':include')\n",
            "docs/_media/encart.md": "**Encart** partagé.\n", "docs/_media/logo.png": "png",
            "app/main.py": "print('ok')\n",
        ], ["Installer", "Utiliser"], "Guide Docsify", ["guide/installer/index.html", "guide/utiliser/index.html", "media/logo.png"]),
        ("hugo", [
            "config.toml": "baseURL = \"https://aide.exemple.fr/\"\ntitle = \"Guide Hugo\"\ntheme = \"relearn\"\ndefaultContentLanguage = \"fr\"\n[languages.fr]\n  weight = 1\n[languages.en]\n  weight = 2\n",
            "content/_index.md": "+++\ntitle = \"Accueil\"\n+++\n\nLe [guide complet]({{< ref \"guide\" >}}).\n",
            "content/guide/_index.md": "+++\ntitle = \"Le guide\"\nweight = 1\n+++\n\n{{% children %}}\n",
            "content/guide/page.fr.md": "+++\ntitle = \"Une page\"\nurl = \"/guide/la-page/\"\n+++\n\n{{% notice warning %}}\nVoir [l'accueil]({{< relref \"/_index.md\" >}}).\n{{% /notice %}}\n\n{{< figure src=\"/img/logo.png\" alt=\"Le logo\" >}}\n",
            "content/guide/page.en.md": "+++\ntitle = \"A page\"\n+++\n",
            "static/img/logo.png": "png",
        ], ["Une page"], "Guide Hugo", ["guide/la-page/index.html", "guide/index.html", "img/logo.png"]),
        ("jekyll", [
            "_config.yml": "title: Guide Jekyll\nurl: https://aide.exemple.fr\nexclude: [Gemfile]\n",
            "index.md": "---\ntitle: Accueil\n---\n\nLe [guide]({{ site.baseurl }}{% link guide/page.md %}).\n",
            "guide/page.md": "---\ntitle: Une page\nlayout: default\n---\n\n{% include alert.html content=\"Attention.\" %}\n\n![Le logo]({{ '/assets/logo.png' | relative_url }})\n\n{% raw %}\n{{ page.title }}\n{% endraw %}\n",
            "assets/logo.png": "png",
            "_layouts/default.html": "<html>{{ content }}</html>",
            "_includes/alert.html": "<div>{{ include.content }}</div>",
            "Gemfile": "gem 'jekyll'",
        ], ["Une page"], "Guide Jekyll", ["guide/page/index.html", "assets/logo.png"]),
    ])
    func anotherToolsProjectBuildsClean(tool: String, files: [String: String], articles: [String], title: String, published: [String]) throws {
        let project = TemporaryDirectory()
        try project.write(files)
        let result = try RepereProcess.run(["init", "--from", tool], in: project.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: project.url.appendingPathComponent("migration-report.md").path))
        #expect(files["content/_index.md"] != nil || !FileManager.default.fileExists(atPath: project.url.appendingPathComponent("content/_index.md").path))
        let yml = try String(contentsOf: project.url.appendingPathComponent("repere.yml"), encoding: .utf8)
        #expect(yml.contains("title: \"\(title)\""))
        let check = try RepereProcess.run(["check", "--format", "json"], in: project.url)
        #expect(check.status == 0, "\(check.stdout)")
        let json = try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any]
        let ids = (json?["diagnostics"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
        #expect(!ids.contains { $0.hasPrefix("link.") || $0.hasPrefix("path.") || $0 == "image.missing" || $0 == "markdown.unknown-directive" }, "\(ids)")
        let build = try RepereProcess.run(["build", "-q", "--output", "site"], in: project.url)
        #expect(build.status == 0, "\(build.stderr)")
        let graph = try RepereProcess.run(["graph"], in: project.url)
        for article in articles { #expect(graph.stdout.contains("\"title\" : \"\(article)\"") || graph.stdout.contains("\"title\":\"\(article)\""), "\(article)") }
        let html = try FileManager.default.subpathsOfDirectory(atPath: project.url.appendingPathComponent("site").path)
            .filter { $0.hasSuffix(".html") }
            .map { try String(contentsOf: project.url.appendingPathComponent("site/\($0)"), encoding: .utf8) }.joined()
        #expect(!html.contains("{%") && !html.contains(":::") && !html.contains("!!! ") && !html.contains("import ") && !html.contains("{/*"))
        for file in published {
            #expect(FileManager.default.fileExists(atPath: project.url.appendingPathComponent("site/\(file)").path), "\(file)")
        }
        #expect(html.contains("<details>") == (tool == "vuepress") && html.contains("<figure>") == (tool == "gitbook"))
        // docsify's embedded file is in the page that embeds it, not a page of its own.
        #expect(html.contains("<strong>Encart</strong> partagé") == (tool == "docsify"))
        #expect(!FileManager.default.fileExists(atPath: project.url.appendingPathComponent("site/media/encart/index.html").path))
        #expect(html.contains("class=\"callout"))
    }

    /// A VuePress site whose pages are at the repository's root (as etalab's guides): the
    /// project's own files are no content, the site is written into it, and folders' READMEs
    /// name their own address, written with the folder's dots.
    @Test func aVuePressSiteAtTheRootBuildsWithTheDefaults() throws {
        let project = TemporaryDirectory()
        try project.write([
            ".vuepress/config.js": "module.exports = {\n  title: 'Guides',\n  description: \"Les guides d'Etalab\",\n}\n",
            "index.md": "---\nhome: true\n---\n# Accueil\n\nVoir [la publication](/data.gouv.fr/).\n",
            "README.md": "# Le dépôt\n\nCe dépôt contient les guides.\n",
            "data.gouv.fr/README.md": "---\npermalink: /data.gouv.fr/\n---\n# Publier\n\n[Créer un compte](1-creer.md)\n",
            "data.gouv.fr/1-creer.md": "---\npermalink: /data.gouv.fr/creer-compte\n---\n# Créer un compte\n\n[Retour](/data.gouv.fr/)\n",
            "package.json": "{}\n",
        ])
        #expect(try RepereProcess.run(["init", "--from", "vuepress"], in: project.url).status == 0)
        let yml = try String(contentsOf: project.url.appendingPathComponent("repere.yml"), encoding: .utf8)
        #expect(yml.contains("description: \"Les guides d'Etalab\""))
        for _ in 1...2 {
            let build = try RepereProcess.run(["build"], in: project.url)
            #expect(build.status == 0, "\(build.stderr)")
            #expect(!build.stderr.contains("error:"), "\(build.stderr)")
        }
        let site = project.url.appendingPathComponent("site")
        let files = try FileManager.default.subpathsOfDirectory(atPath: site.path)
        #expect(files.contains("data-gouv-fr/index.html") && files.contains("data.gouv.fr/creer-compte/index.html"))
        #expect(!files.contains { $0.hasPrefix("site/") || $0 == "repere.yml" || $0.hasPrefix("migration-report") }, "\(files.sorted())")
        let home = try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(home.contains("href=\"/data-gouv-fr/\"") && !home.contains("Ce dépôt contient"))
    }

    /// A GitBook repository in its own shapes: uploads in `.gitbook/assets/`, images and code as
    /// HTML blocks, `{% code %}` and `{% file %}`, its own « Nouveautés » page, accented anchors.
    @Test func aGitBookRepositoryKeepsItsImagesCodeFilesAndNewsPage() throws {
        let project = TemporaryDirectory()
        try project.write([
            "README.md": "# Accueil\n\nVoir [les nouveautés](nouveautes.md) et [le champ](champ.md#champ-référentiel-avancé).\n",
            "SUMMARY.md": "# Sommaire\n\n* [Accueil](README.md)\n* [Nouveautés](nouveautes.md)\n* [Le champ](champ.md)\n",
            "nouveautes.md": "# Nouveautés\n\nLa version 2 [du champ](champ.md).\n",
            "champ.md": """
                # Le champ

                <figure><img src=".gitbook/assets/image (3).png" alt="L’écran du champ" width="325"><figcaption><p>Le champ</p></figcaption></figure>

                <pre class="language-bash"><code class="lang-bash"><strong>API_TOKEN="x" ruby auth.rb
                </strong></code></pre>

                {% code title="auth.rb" lineNumbers="true" %}
                ```ruby
                puts "ok"
                ```
                {% endcode %}

                {% file src=".gitbook/assets/Guide.pdf" %}
                Le guide complet
                {% endfile %}

                ## Champ référentiel avancé

                Texte.

                """,
            ".gitbook/assets/image (3).png": "png", ".gitbook/assets/Guide.pdf": "pdf", ".gitbook/assets/ancienne.png": "png",
        ])
        let initialised = try RepereProcess.run(["init", "--from", "gitbook"], in: project.url)
        #expect(initialised.status == 0, "\(initialised.stderr)")
        #expect(initialised.stdout.contains("`nouveautes.md` is published at /nouveautes/"), "\(initialised.stdout)")
        let build = try RepereProcess.run(["build", "--output", "site"], in: project.url)
        #expect(build.status == 0, "\(build.stderr)")
        let kinds = build.stderr.split(separator: "\n").compactMap { $0.hasSuffix("]") ? $0.split(separator: "[").last : nil }
        #expect(!kinds.contains { $0.hasPrefix("link.") || $0.hasPrefix("image.") || $0.hasPrefix("html.") || $0.hasPrefix("markdown.") }, "\(build.stderr)")
        #expect(kinds.contains("page.replaces-news]"))
        let site = project.url.appendingPathComponent("site")
        let uploads = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("gitbook/assets").path)
        #expect(uploads.sorted() == ["Guide.pdf", "image (3).png"])  // not the upload no page uses
        let page = try String(contentsOf: site.appendingPathComponent("champ/index.html"), encoding: .utf8)
        #expect(page.contains("<img src=\"/gitbook/assets/image%20(3).png\" alt=\"L’écran du champ\" width=\"325\" loading=\"lazy\"></p>\n<figcaption>Le champ</figcaption>"))
        #expect(page.contains("<pre><code class=\"language-bash\">API_TOKEN=&quot;x&quot; ruby auth.rb\n</code></pre>"))
        #expect(page.contains("<code>auth.rb</code>") && page.contains("<code class=\"language-ruby\">"))
        #expect(page.contains("<a href=\"/gitbook/assets/Guide.pdf\">Le guide complet</a>"))
        #expect(!page.contains("{%") && !page.contains("&lt;figure"))
        let news = try String(contentsOf: site.appendingPathComponent("nouveautes/index.html"), encoding: .utf8)
        #expect(news.contains("La version 2"))
    }

    /// `init` without `--from` in another tool's project migrates it (no demo pages beside its
    /// own); with the settings of two tools, it asks which.
    @Test func anotherToolsProjectIsMigratedWithoutFrom() throws {
        let project = TemporaryDirectory()
        try project.write(["mkdocs.yml": "site_name: Aide\n", "docs/index.md": "# Accueil\n"])
        let result = try RepereProcess.run(["init"], in: project.url)
        #expect(result.status == 0 && result.stdout.hasPrefix("This folder is a mkdocs project: reading it as `repere init --from mkdocs`."))
        #expect(try String(contentsOf: project.url.appendingPathComponent("repere.yml"), encoding: .utf8).contains("content_dir: \"docs\""))
        #expect(!FileManager.default.fileExists(atPath: project.url.appendingPathComponent("content").path))
        let both = TemporaryDirectory()
        try both.write(["mkdocs.yml": "site_name: Aide\n", "_config.yml": "title: Aide\n"])
        let ambiguous = try RepereProcess.run(["init"], in: both.url)
        #expect(ambiguous.status == 1 && ambiguous.stderr.contains("holds the settings of mkdocs and jekyll: choose one with --from"))
        #expect(!FileManager.default.fileExists(atPath: both.url.appendingPathComponent("repere.yml").path))
    }

    @Test func aMissingConfigurationIsAClearError() throws {
        let project = TemporaryDirectory()
        let result = try RepereProcess.run(["init", "--from", "mkdocs"], in: project.url)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: no mkdocs.yml, mkdocs.yaml, properdocs.yml, properdocs.yaml, zensical.toml, mkdocs-fr.yml, mkdocs_fr.yml or mkdocs.fr.yml in "))
    }

    /// A MkDocs Material project in geotribu's shapes (`properdocs.yml`, `!ENV` settings,
    /// `exclude_docs` folders, tabs holding admonitions, attribute lists, notes, abbreviations,
    /// keys): every page builds with none of that syntax left as text.
    /// A page at the search page's address is named by `init`, fails `check` as it would fail
    /// the build, and passes once given another address; its former address is then no redirect.
    @Test func aPageAtTheSearchPagesAddressIsNamedAndFailsTheCheck() throws {
        let project = TemporaryDirectory()
        try project.write([
            "mkdocs.yml": "site_name: Aide\nnav:\n  - index.md\n  - Recherche.md\n",
            "docs/index.md": "# Aide\n\nVoir [la recherche](Recherche.md).\n", "docs/Recherche.md": "# Rechercher un dossier\n\nTexte.\n",
        ])
        let initialised = try RepereProcess.run(["init", "--from", "mkdocs"], in: project.url)
        #expect(initialised.stdout.contains("`Recherche.md` would be published at /recherche/, the address of Repère's search page"), "\(initialised.stdout)")
        let check = try RepereProcess.run(["check", "--color", "never"], in: project.url)
        #expect(check.status == 1)
        #expect(check.stderr.contains("docs/Recherche.md:1:1: error: 'Rechercher un dossier' would be published at /recherche/, the address of the search page [page.reserved-address]"), "\(check.stderr)")
        try project.write(["docs/Recherche.md": "---\nslug: rechercher-un-dossier\n---\n# Rechercher un dossier\n\nTexte.\n"])
        let build = try RepereProcess.run(["build", "-q", "--output", "site"], in: project.url)
        #expect(build.status == 0, "\(build.stderr)")
        let search = try String(contentsOf: project.url.appendingPathComponent("site/recherche/index.html"), encoding: .utf8)
        #expect(search.contains("<form") && !search.contains("Rechercher un dossier</h1>"))
    }

    @Test func aMkDocsMaterialProjectBuildsWithoutItsSyntaxAsText() throws {
        let project = TemporaryDirectory()
        try project.write([
            "properdocs.yml": """
                site_name: !ENV [MKDOCS_SITE_NAME, "Contribuer"]
                site_url: !ENV [MKDOCS_SITE_URL, "https://contribuer.exemple.fr/"]
                docs_dir: !ENV [MKDOCS_SOURCE_DIR, "./content"]
                exclude_docs: |
                  modeles/*
                markdown_extensions:
                  - pymdownx.emoji:
                      emoji_index: !!python/name:material.extensions.emoji.twemoji

                """,
            "content/index.md": "# Contribuer\n\nLire [le guide](guide.md).\n",
            "content/guide.md": """
                # Écrire un article

                ![Logo](logo.png){: .img-center loading=lazy }

                ## Installer

                === "Windows"

                    !!! tip "Astuce"
                        Appuyez sur ++ctrl+c++.

                        ??? "Détails"
                            Le SIG[^1] est ouvert.

                === "Linux"
                    Rien à faire.

                [Retour](index.md){ .md-button }

                [^1]: Système d’information géographique, dit SIG.

                *[SIG]: Système d’information géographique

                """,
            "content/logo.png": "png",
            "content/modeles/articles/modele.md": "# Modèle\n",
        ])
        let result = try RepereProcess.run(["init", "--from", "mkdocs"], in: project.url)
        #expect(result.status == 0, "\(result.stderr)")
        let yml = try String(contentsOf: project.url.appendingPathComponent("repere.yml"), encoding: .utf8)
        #expect(yml.contains("title: \"Contribuer\"") && yml.contains("content_dir: \"content\""))
        let build = try RepereProcess.run(["build", "-q", "--output", "site"], in: project.url)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(!FileManager.default.fileExists(atPath: project.url.appendingPathComponent("site/modeles").path))
        let page = try String(contentsOf: project.url.appendingPathComponent("site/guide/index.html"), encoding: .utf8)
        for written in ["{:", "{ .", "===", "!!!", "???", "[^1]", "*[SIG]", "++"] { #expect(!page.contains(written), "\(written)") }
        #expect(page.contains("<h3 id=\"windows\">Windows</h3>") && page.contains("<h3 id=\"linux\">Linux</h3>"))
        #expect(page.contains("<kbd>Ctrl</kbd>+<kbd>C</kbd>") && page.contains("class=\"footnotes\""))
        #expect(page.contains("<abbr title=\"Système d’information géographique\">SIG</abbr>"))
        #expect(page.components(separatedBy: "class=\"callout callout-").count == 3)
    }

    /// A repository whose documentation is one of its folders (a monorepo's `website/`, its docs
    /// in `documentation/` by Docusaurus' `path:`): `repere init` at its top migrates that folder,
    /// and the CI files go to the top, where GitHub and GitLab read them, naming the folder; the
    /// annotations `check --format github` writes name files from the top.
    @Test func aRepositoryWhoseDocumentationIsOneOfItsFoldersIsMigratedThere() throws {
        let repo = try FixtureRepository()
        try repo.write("src/main.c", "int main(void) { return 0; }\n")
        try repo.write("README.md", "# L'outil\n")
        try repo.write("website/docusaurus.config.js", "module.exports = {\n  title: 'Mon outil',\n  url: 'https://exemple.fr',\n  presets: [['classic', { docs: { path: 'documentation', routeBasePath: '/' }, blog: { path: 'nouvelles' } }]],\n};\n")
        try repo.write("website/documentation/intro.md", "# Bonjour\n\nLe [guide](guide/installer.md).\n")
        try repo.write("website/documentation/guide/installer.md", "# Installer\n\nUn [lien cassé](absent.md).\n")
        _ = try repo.commit("Documentation", at: FixtureRepository.epoch)
        let top = URL(fileURLWithPath: repo.path)
        let result = try RepereProcess.run(["init"], in: top)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("docusaurus project in website/") && result.stdout.contains("Next: repere check -C website"))
        #expect(!FileManager.default.fileExists(atPath: top.appendingPathComponent("repere.yml").path))
        let yml = try String(contentsOf: top.appendingPathComponent("website/repere.yml"), encoding: .utf8)
        #expect(yml.contains("content_dir: \"documentation\"") && yml.contains("base_url: \"https://exemple.fr/\""), "\(yml)")
        let workflow = try String(contentsOf: top.appendingPathComponent(".github/workflows/repere.yml"), encoding: .utf8)
        #expect(workflow.contains("repere check -C website --format github") && workflow.contains("path: website/site"))
        let gitlab = try String(contentsOf: top.appendingPathComponent(".gitlab-ci.yml"), encoding: .utf8)
        #expect(gitlab.contains("repere build -C website --output public"))
        #expect(!FileManager.default.fileExists(atPath: top.appendingPathComponent("website/.github").path))
        let check = try RepereProcess.run(["check", "-C", "website", "--format", "github"], in: top, environment: ["GITHUB_WORKSPACE": repo.path])
        #expect(check.status == 1 && check.stdout.contains("::error file=website/documentation/guide/installer.md,line=3,"), "\(check.stdout)")
        #expect(try RepereProcess.run(["build", "-q", "-C", "website"], in: top).status == 1)  // the broken link
    }

    /// A Sphinx project of MyST pages in `docs/` (its `conf.py` there), with a README and code at
    /// the top: `repere init` migrates `docs/` (found in a sweep: with ten pages or more, the
    /// whole repository was published, the README its home page).
    @Test func aSphinxProjectInDocsIsMigratedThere() throws {
        let project = TemporaryDirectory()
        var files = ["README.md": "# Cours\n", "run.py": "print(1)\n", "docs/conf.py": "project = 'Informatique'\n",
                     "docs/index.md": "# Informatique\n\n```{toctree}\ncours/p1\n```\n"]
        for n in 1...12 { files["docs/cours/p\(n).md"] = "# Page \(n)\n" }
        try project.write(files)
        let result = try RepereProcess.run(["init"], in: project.url)
        #expect(result.status == 0 && result.stdout.contains("a Sphinx project in docs/: reading it as `repere init docs --from markdown`"), "\(result.stdout)")
        let yml = try String(contentsOf: project.url.appendingPathComponent("docs/repere.yml"), encoding: .utf8)
        #expect(yml.contains("title: \"Informatique\""))
        #expect(!FileManager.default.fileExists(atPath: project.url.appendingPathComponent("repere.yml").path))
    }

    /// Pages of a tool Repère does not read (Nextra's `apps/doc/content/`) in a repository of
    /// code: `repere init` writes no demo help centre beside them, and says how to publish them.
    @Test func pagesOfAnUnknownToolGetNoDemoBesideThem() throws {
        let project = TemporaryDirectory()
        var files = ["src/a.ts": "export {}\n", "README.md": "# Outil\n", "CHANGELOG.md": "# Versions\n"]
        for n in 1...6 { files["apps/doc/content/guide/p\(n).mdx"] = "# Page \(n)\n" }
        files["apps/doc/content/index.mdx"] = "# Accueil\n"
        try project.write(files)
        let result = try RepereProcess.run(["init"], in: project.url)
        #expect(result.status == 1 && result.stderr.contains("holds 7 Markdown pages, most in apps/doc/content/, of a tool Repère does not read: publish them with `repere init apps/doc/content --from markdown`"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: project.url.appendingPathComponent("content").path))
        #expect(try RepereProcess.run(["init", "apps/doc/content", "--from", "markdown"], in: project.url).status == 0)
        // Most of them in `docs/`, the others READMEs of the code's folders: `docs/` (found in a sweep: `.` was named, READMEs and AGENTS.md with it).
        let mixed = TemporaryDirectory()
        var mixedFiles = ["src/a.ts": "export {}\n"]
        for n in 1...7 { mixedFiles["docs/\(n % 2 == 0 ? "how-to" : "explanations")/p\(n).md"] = "# Page \(n)\n" }
        for n in 1...4 { mixedFiles["webapp/m\(n)/README.md"] = "# Module \(n)\n" }
        try mixed.write(mixedFiles)
        #expect(ForeignConfiguration.markdownPages(below: mixed.url).map { "\($0.count) \($0.folder)" } == "11 docs")
    }

    /// Two documentation projects in a repository: `repere init` at its top names them and writes nothing.
    @Test func aRepositoryWithTwoDocumentationProjectsIsAskedWhich() throws {
        let repo = try FixtureRepository()
        try repo.write("app/main.py", "print('ok')\n")
        try repo.write("guide/mkdocs.yml", "site_name: Guide\n")
        try repo.write("guide/docs/index.md", "# Guide\n")
        try repo.write("api/docs/.vitepress/config.mts", "export default { title: 'API' }\n")
        try repo.write("api/docs/index.md", "# API\n")
        let top = URL(fileURLWithPath: repo.path)
        let result = try RepereProcess.run(["init"], in: top)
        #expect(result.status == 1 && result.stderr.contains("api/ (vitepress), guide/ (mkdocs)"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: top.appendingPathComponent("repere.yml").path))
        #expect(!FileManager.default.fileExists(atPath: top.appendingPathComponent(".github").path))
    }

    /// A wiki's pages are the project's folder: each build into another folder of it leaves the
    /// site written before out of the content.
    @Test func aSiteBuiltIntoTheWikiIsNotPublishedAgain() throws {
        let project = TemporaryDirectory()
        try project.write(["Accueil.md": "# Accueil\n\nVoir [la page](Page.md).\n", "Page.md": "# Page\n"])
        #expect(try RepereProcess.run(["init", "--from", "markdown"], in: project.url).status == 0)
        for _ in 1...3 { #expect(try RepereProcess.run(["build", "-q", "-o", "out"], in: project.url).status == 0) }
        #expect(!FileManager.default.fileExists(atPath: project.url.appendingPathComponent("out/out").path))
        let check = try RepereProcess.run(["check", "--color", "never"], in: project.url)
        #expect(!check.stderr.contains("out/"), "\(check.stderr)")
    }
}
