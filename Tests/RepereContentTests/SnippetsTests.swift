import Foundation
import RepereDiagnostics
import RepereTestSupport
import Testing
@testable import RepereContent

/// MkDocs' snippets (`--8<--`, pymdownx.snippets), as its documentation describes them.
@Suite struct SnippetsTests {
    /// `body` expanded with `files` (paths from the project folder) as the project's files.
    func expand(_ body: String, _ files: [String: String], settings: SnippetSettings = .init()) -> Snippets.Expanded? {
        Snippets(settings: settings) { path in files[path].map(SnippetFile.text) ?? .missing }.expand(body)
    }

    /// GitBook's `{% include "…" %}` reads the file from the including file's folder, without its
    /// front-matter, and its links from its own folder; Jekyll's `{% include_relative %}` keeps its
    /// links as written (Jekyll inserts the text), and `{% include toc.html %}` is no such tag.
    @Test func gitbookAndJekyllIncludesReadFilesFromTheIncludingOne() throws {
        let files = [
            "docs/.gitbook/includes/bloc.md": "---\ntitle: Bloc\n---\n![Écran](../assets/ecran.png) [page](../../guide/a.md#x) <img src=\"../assets/b.png\">\n{% include \"sous-bloc.md\" %}\n",
            "docs/.gitbook/includes/sous-bloc.md": "[Aide](https://aide.fr) ![](<../assets/c d.png>)\n[logo]: ../assets/logo.png\n",
            "docs/guide/partage.md": "[Voir](autre.md)\n",
        ]
        func expandPage(_ body: String) throws -> Snippets.Expanded {
            try #require(Snippets(settings: .init(), read: { files[$0].map(SnippetFile.text) ?? .missing }, page: "docs/guide/page.md").expand(body))
        }
        let gitbook = try expandPage("Avant\n  {% include \"../.gitbook/includes/bloc.md\" %}\nAprès")
        #expect(gitbook.text == "Avant\n  ![Écran](../.gitbook/assets/ecran.png) [page](a.md#x) <img src=\"../.gitbook/assets/b.png\">\n  [Aide](https://aide.fr) ![](<../.gitbook/assets/c d.png>)\n  [logo]: ../.gitbook/assets/logo.png\nAprès")
        #expect(gitbook.problems.isEmpty)
        #expect((1...5).map { gitbook.lines.origin(of: $0).line } == [1, 2, 2, 2, 3])
        let jekyll = try expandPage("{%- include_relative partage.md -%}\n{% include toc.html %}\n{% include \"partage.html\" %}")
        #expect(jekyll.text == "[Voir](autre.md)\n{% include toc.html %}\n{% include \"partage.html\" %}")
        let missing = try expandPage("x\n{% include \"../.gitbook/includes/absent.md\" %}")
        #expect(missing.problems.map { "\($0.line) \($0.kind.id) \($0.message)" } == ["2 snippet.missing included file '../.gitbook/includes/absent.md' does not exist"])
        // Another tool's include of a file not there (mkdocs-macros reads them from its own folder) stays as written.
        let macros = try expandPage("x\n{% include \"macros/bloc.md\" %}\n{% include \"partage.md\" %}")
        #expect(macros.text == "x\n{% include \"macros/bloc.md\" %}\n[Voir](autre.md)" && macros.problems.isEmpty)
        let raw = try expandPage("{% raw %}\n{% include_relative partage.md %}\n{%- endraw -%}\n{% include_relative partage.md %}")
        #expect(raw.text == "{% raw %}\n{% include_relative partage.md %}\n{%- endraw -%}\n[Voir](autre.md)", "between raw lines, a tag is text")
        let jekyllMissing = try expandPage("{% include_relative absent.md %}")
        #expect(jekyllMissing.problems.map(\.kind.id) == ["snippet.missing"], "Jekyll stops on it")
        #expect(IncludeTag.relativePath(in: "{% include \"../.gitbook/includes/untitled (1) (1).md\" %}")?.path == "../.gitbook/includes/untitled (1) (1).md")
        #expect(IncludeTag.relativePath(in: "{% include a.md x=1 %}") == nil && IncludeTag.relativePath(in: "{% include \"a\" b.md\" %}") == nil)
        let outside = try expandPage("{% include \"../../../secret.md\" %}")
        #expect(outside.problems.map(\.kind.id) == ["snippet.outside-project"])
        // VitePress' `<!--@include: -->`, from the page's folder, the whole file (a part asked for too).
        let vitepress = try expandPage("<!--@include: ./partage.md-->\n  <!--@include: partage.md{2,3}-->\n<!--@include: @/guide/partage.md-->\n<!-- note -->")
        #expect(vitepress.text == "[Voir](autre.md)\n  [Voir](autre.md)\n<!--@include: @/guide/partage.md-->\n<!-- note -->" && vitepress.problems.isEmpty)
        #expect(try expandPage("<!--@include: ./absente.md-->").problems.map(\.kind.id) == ["snippet.missing"])
    }

    /// GitBook's `.gitbook/includes/` is read, no other hidden folder.
    /// VitePress' `<<< ./demo.vue` shows the file as a code block of its language, from the
    /// page's folder or, with `@/`, the content folder; in a fence it is code shown; a missing
    /// file is reported.
    @Test func vitePressCodeImportsAreCodeBlocks() throws {
        let files = ["docs/guide/demo/Alerte.vue": "<template>\n```\n</template>\n", "docs/snippets/a.js": "const a = 1\n"]
        let expanded = try #require(Snippets(settings: .init(), read: { files[$0].map(SnippetFile.text) ?? .missing }, page: "docs/guide/page.md",
            contentFolder: "docs").expand("  <<< ./demo/Alerte.vue\n<<< @/snippets/a.js{2,3 ts} [Exemple]\n```md\n<<< ./demo/Alerte.vue\n```\n<<< ./absent.ts#region\n<<<<<<< HEAD"))
        #expect(expanded.text == "  ````vue\n  <template>\n  ```\n  </template>\n  ````\n```ts title=\"Exemple\"\nconst a = 1\n```\n```md\n<<< ./demo/Alerte.vue\n```\n<<<<<<< HEAD", "\(expanded.text)")
        #expect(expanded.problems.map(\.message) == ["imported code './absent.ts' does not exist"])
        #expect((1...6).map { expanded.lines.origin(of: $0).line } == [1, 1, 1, 1, 1, 2])
        // Not in a fence opened on a list item's line, indented code or an HTML block; a file without extension has no language.
        let elsewhere = try #require(Snippets(settings: .init(), read: { _ in .text("x`y\n") }, page: "docs/a.md", contentFolder: "docs")
            .expand("- ```js\n  <<< ./a.js\n  ```\n\n    <<< ./a.js\n\n<div>\n<<< ./a.js\n</div>\n\n<<< ./Makefile [avec `x`]\n"))
        #expect(elsewhere.text == "- ```js\n  <<< ./a.js\n  ```\n\n    <<< ./a.js\n\n<div>\n<<< ./a.js\n</div>\n\n``` title=\"avec 'x'\"\nx`y\n```\n", "\(elsewhere.text)")
    }

    /// mdBook's `{{#include}}` (mdBook's guide, « Including portions of a file »): the file from
    /// the writing file's folder, whole, by lines (`:2` is line 2 alone, unlike pymdownx), or
    /// between `ANCHOR:` comments without the other anchors' lines; escaped, it is text.
    @Test func mdBookIncludesReadFilesOrPartsOfThem() throws {
        let files = [
            "src/listings/main.rs": "// ANCHOR: all\nfn main() {\n    // ANCHOR: corps\n    let x = 5;\n    // ANCHOR_END: corps\n}\n// ANCHOR_END: all\n",
            "src/listings/cfg.yml": "---\nnom: x\n---\n",
        ]
        func expandPage(_ body: String) throws -> Snippets.Expanded {
            try #require(Snippets(settings: .init(), read: { files[$0].map(SnippetFile.text) ?? .missing }, page: "src/chapitre/intro.md").expand(body))
        }
        let parts = try expandPage("```rust\n{{#include ../listings/main.rs:corps}}\n```\n  {{#rustdoc_include ../listings/main.rs:2}}\n{{#include ../listings/main.rs::2}}\n{{#include ../listings/main.rs:6:}}")
        #expect(parts.text == "```rust\n    let x = 5;\n```\n  fn main() {\n// ANCHOR: all\nfn main() {\n}\n// ANCHOR_END: all", "\(parts.text)")
        #expect(parts.problems.isEmpty)
        let all = try expandPage("{{#include ../listings/main.rs:all}}")
        #expect(all.text == "fn main() {\n    let x = 5;\n}", "the anchors within are left out")
        // A YAML file keeps its `---` lines: only Markdown files lose their front-matter.
        #expect(try expandPage("{{#include ../listings/cfg.yml}}").text == "---\nnom: x\n---")
        #expect(try expandPage("\\{{#include ../listings/main.rs}}\nVoir {{#include a.rs}} ici").text == "{{#include ../listings/main.rs}}\nVoir {{#include a.rs}} ici")
        let wrong = try expandPage("{{#include ../listings/absent.rs}}\n{{#include ../listings/main.rs:inconnue}}\n{{#include ../../../secret.rs}}")
        #expect(wrong.problems.map { "\($0.line) \($0.kind.id)" } == ["1 snippet.missing", "2 snippet.missing", "3 snippet.outside-project"])
        #expect(MdBookInclude("{{#include a.rs:2:3:4}}") == nil && MdBookInclude("{{#title Le titre}}") == nil && MdBookInclude("{{#include}}") == nil)
        #expect(MdBookInclude("{{ #include a.rs }}").map { [$0.path] } == ["a.rs"], "mdBook reads spaces inside the braces")
    }

    /// docsify's embeds (« Embed files », docsify.js.org): `:include` in a link's title, the file
    /// read from the page's folder (`/…` from the content folder); Markdown as Markdown, code as a
    /// code block; HTML, media and a fragment stay links. Found in a sweep: the embed was a link
    /// and its file a page of its own.
    @Test func docsifyEmbedsIncludeFilesFromThePagesFolder() throws {
        let files = ["docs/guide/_media/encart.md": "**Important** : partagé.\n", "docs/guide/_media/demo.js": "let a = 1\n",
                     "docs/_media/racine.md": "À la racine.\n", "docs/_media/racine.js": "let b = 2\n"]
        let snippets = Snippets(settings: .init(), read: { files[$0].map(SnippetFile.text) ?? .missing }, page: "docs/guide/page.md", contentFolder: "docs")
        let expanded = try #require(snippets.expand("""
            [encart](_media/encart.md ':include')
              [code](_media/demo.js ":include")
            [brut](_media/encart.md ':include :type=code')
            [page](_media/page.html ':include')
            [partie](_media/encart.md ':include :fragment=x')
            [lien](_media/encart.md 'Titre')
            ```
            [encart](_media/encart.md ':include')
            ```
            [absent](_media/absent.md ':include')
            [racine](/_media/racine.md ':include')
            [code](/_media/racine.js ':include')
                [indenté](_media/encart.md ':include')
            """))
        #expect(expanded.text == """
            **Important** : partagé.
              ```js
              let a = 1
              ```
            ```markdown
            **Important** : partagé.
            ```
            [page](_media/page.html ':include')
            [partie](_media/encart.md ':include :fragment=x')
            [lien](_media/encart.md 'Titre')
            ```
            [encart](_media/encart.md ':include')
            ```
            À la racine.
            ```js
            let b = 2
            ```
                [indenté](_media/encart.md ':include')
            """, "\(expanded.text)")
        #expect(expanded.problems.map { "\($0.line) \($0.kind.id)" } == ["10 snippet.missing"])
    }

    @Test func onlyGitBooksIncludesAreReadAmongHiddenFiles() {
        #expect(!SnippetFiles.isHidden("docs/.gitbook/includes/bloc.md"))
        #expect(SnippetFiles.isHidden(".git/config") && SnippetFiles.isHidden("docs/.gitbook/assets/a.md") && SnippetFiles.isHidden(".env"))
        #expect(SnippetFiles.isHidden("docs/.gitbook/includes/.env"))
    }

    @Test func aLineIsReplacedByTheFileIndentedAsItIs() throws {
        let files = ["inc/note.md": "Un\n\nDeux\n"]
        let expanded = try #require(expand("Avant\n\n--8<-- \"inc/note.md\"\n-   item\n\n    ---8<--- 'inc/note.md'\nFin", files))
        #expect(expanded.text == "Avant\n\nUn\n\nDeux\n-   item\n\n    Un\n\n    Deux\nFin")
        #expect(expanded.problems.isEmpty)
    }

    /// Lines after a snippet keep their number; a snippet's lines are at the line including it.
    @Test func linesKeepTheirNumbersInTheFile() throws {
        let expanded = try #require(expand("a\n--8<-- \"x.md\"\nb", ["x.md": "1\n2\n3\n"]))
        #expect((1...5).map { expanded.lines.origin(of: $0).line } == [1, 2, 2, 2, 3])
        #expect((1...5).map { expanded.lines.origin(of: $0).included } == [false, true, true, true, false])
        var page = Page(
            kind: .article, source: "a.md", displayPath: "content/a.md", url: "/a/", parent: .root, frontMatter: .init(), title: "A",
            audience: [], body: expanded.text, bodyLineOffset: 3, includedLines: expanded.lines, bundleDirectory: nil, isSynthetic: false)
        #expect(page.location(line: 5, column: 4) == SourceLocation(file: "content/a.md", line: 6, column: 4))
        #expect(page.location(line: 3, column: 4) == SourceLocation(file: "content/a.md", line: 5, column: 1))
        page.includedLines = nil
        #expect(page.location(line: 5, column: 4).line == 8)
    }

    @Test func aBlockListsFilesAndSkipsCommentedOnes() throws {
        let body = "--8<--\na.md\n\n; b.md\nc.md\n--8<--\nfin"
        let expanded = try #require(expand(body, ["a.md": "A\n", "b.md": "B\n", "c.md": "C\n"]))
        #expect(expanded.text == "A\n\nC\nfin")
    }

    @Test func escapedOrCommentedSnippetsAreNotRead() throws {
        let expanded = try #require(expand(";--8<-- \"a.md\"\n;;--8<-- \"a.md\"\n--8<-- \"; a.md\"\nx", ["a.md": "A"]))
        #expect(expanded.text == "--8<-- \"a.md\"\n;--8<-- \"a.md\"\nx")
        #expect(expanded.problems.isEmpty)
    }

    @Test(arguments: [
        ("f.md:2:3", "2\n3"), ("f.md::2", "1\n2"), ("f.md:4", "4\nS"), ("f.md:s", "S"), ("f.md", "1\n2\n3\n4\nS"),
    ])
    func linesAndSectionsAreSelected(name: String, expected: String) throws {
        let file = "1\n2\n3\n4\n<!-- --8<-- [start:s] -->\nS\n<!-- --8<-- [end:s] -->\n"
        #expect(try #require(expand("--8<-- \"\(name)\"", ["f.md": file])).text == expected)
    }

    @Test func includedFilesIncludeInTurnButNeverThemselves() throws {
        let files = ["a.md": "A\n--8<-- \"b.md\"\n", "b.md": "B\n--8<-- \"a.md\"\n"]
        let expanded = try #require(expand("x\n--8<-- \"a.md\"", files))
        #expect(expanded.text == "x\nA\nB")
        #expect(expanded.problems.map(\.kind.id) == ["snippet.skipped"])
        #expect(expanded.problems.first?.message == "snippet 'a.md' includes itself: it is not included again (written in 'b.md')")
        #expect(expanded.problems.first?.line == 2)
    }

    @Test func nestingIsBounded() throws {
        let files = Dictionary(uniqueKeysWithValues: (0..<20).map { ("f\($0).md", "\($0)\n--8<-- \"f\($0 + 1).md\"\n") })
        let expanded = try #require(expand("--8<-- \"f0.md\"", files))
        #expect(expanded.text.split(separator: "\n").count == Snippets.maximumDepth)
        #expect(expanded.problems.map(\.kind.id) == ["snippet.skipped"])
    }

    /// Seven files each including the next one ten times would make 10^7 lines of a thousand bytes.
    @Test func sizeIsBounded() throws {
        let line = String(repeating: "x", count: 1000)
        let files = Dictionary(uniqueKeysWithValues: (0..<7).map { i in
            ("f\(i).md", line + "\n" + (i == 6 ? "" : String(repeating: "--8<-- \"f\(i + 1).md\"\n", count: 10)))
        })
        let clock = ContinuousClock()
        let started = clock.now
        let expanded = try #require(expand("--8<-- \"f0.md\"", files))
        #expect(clock.now - started < .seconds(20))
        #expect(expanded.text.utf8.count <= Snippets.maximumBytes)
        #expect(expanded.problems.map(\.kind.id) == ["snippet.skipped"])
    }

    @Test func missingFilesAddressesAndEscapesAreReportedAtTheirLine() throws {
        let body = "a\n--8<-- \"absent.md\"\n  --8<-- \"../secret\"\n--8<-- \"https://exemple.fr/a.json\"\n--8<-- \"f.md:/re/\"\n--8<-- \"f.md:nulle\""
        let expanded = try #require(expand(body, ["f.md": "F"]))
        #expect(expanded.text == "a")
        #expect(expanded.problems.map { "\($0.line):\($0.column) \($0.kind.id)" } == [
            "2:1 snippet.missing", "3:3 snippet.outside-project", "4:1 snippet.skipped", "5:1 snippet.skipped", "6:1 snippet.missing",
        ])
    }

    @Test func basePathsAreTriedInOrderAndNotLeft() throws {
        var settings = SnippetSettings()
        settings.basePaths = ["docs/inc", "partage", "fichier/seul.md"]
        let files = ["docs/inc/a.md": "A1", "partage/a.md": "A2", "partage/b.md": "B", "fichier/seul.md": "S", "docs/c.md": "C"]
        #expect(expand("--8<-- \"a.md\"\n--8<-- \"b.md\"\n--8<-- \"seul.md\"", files, settings: settings)?.text == "A1\nB\nS")
        let outside = try #require(expand("--8<-- \"../c.md\"", files, settings: settings))
        #expect(outside.text.isEmpty && outside.problems.map(\.kind.id) == ["snippet.outside-project"])
    }

    @Test func autoAppendedFilesEndEveryPage() throws {
        var settings = SnippetSettings()
        settings.autoAppend = ["glossaire.md"]
        let expanded = try #require(expand("Texte", ["glossaire.md": "*[SIG]: Système d’information géographique\n"], settings: settings))
        #expect(expanded.text == "Texte\n\n*[SIG]: Système d’information géographique")
        #expect(expanded.lines.origin(of: 3) == (1, true))
    }

    @Test func aPageWithoutSnippetsIsLeftAsItIs() {
        #expect(expand("Une page -8 < 9, <!-- 8 -->\n", [:]) == nil)
        #expect(!Snippets.mayHaveSnippets("Une page -8 < 9, <!-- 8 -->"))
        #expect(Snippets.mayHaveSnippets("a\n--8<-- \"x\""))
    }

    /// On disk, nothing outside the project, no hidden file and no link leading out is read.
    @Test func filesOnDiskStayInsideTheProject() throws {
        let outside = TemporaryDirectory()
        try outside.write(["secret.md": "secret"])
        let project = TemporaryDirectory()
        try project.write(["content/a.md": "A", "inc/b.md": "B", ".env": "MOT_DE_PASSE", "inc/.cache/c.md": "C"])
        try FileManager.default.createSymbolicLink(atPath: project.url.path + "/inc/lien.md", withDestinationPath: outside.url.path + "/secret.md")
        try FileManager.default.createSymbolicLink(atPath: project.url.path + "/inc/env.md", withDestinationPath: project.url.path + "/.env")
        let files = SnippetFiles(source: FileSystemSource(root: project.url.appendingPathComponent("content")), contentDirectory: "content",
            projectFolder: project.url)
        #expect(files.read("content/a.md") == .text("A"))
        #expect(files.read("inc/b.md") == .text("B"))
        #expect(files.read("inc/absent.md") == .missing)
        #expect(files.read("inc") == .missing)
        for path in [".env", "inc/.cache/c.md", "inc/lien.md", "inc/env.md"] {
            guard case .refused = files.read(path) else {
                Issue.record("'\(path)' is read")
                continue
            }
        }
        #expect(files.filesOutsideContent == ["inc/absent.md", "inc/b.md", "inc/env.md", "inc/lien.md"], "a folder is not watched")
        // A Git revision: only the content source is read.
        let revision = SnippetFiles(source: InMemorySource(["a.md": "A"]), contentDirectory: "content", projectFolder: nil)
        #expect(revision.read("content/a.md") == .text("A"))
        guard case .refused = revision.read("inc/b.md") else { Issue.record("a file outside the content folder is read from the revision"); return }
    }

    @Test func theLoaderIncludesSnippetsAndReportsThemInThePage() throws {
        var config = SiteConfiguration()
        config.snippets.basePaths = ["content/inc"]
        let source = InMemorySource(["a.md": "---\ntitle: A\n---\nAvant\n--8<-- \"note.md\"\n--8<-- \"absente.md\"\n", "inc/note.md": "**Note**\n"])
        let loaded = try ContentLoader(configuration: config).load(from: source)
        let page = try #require(loaded.pages.first { $0.url == "/a/" })
        #expect(page.body == "Avant\n**Note**\n")
        #expect(loaded.diagnostics.filter { $0.id.rawValue.hasPrefix("snippet.") }.map { "\($0.location!) \($0.id)" } == ["content/a.md:6:1 snippet.missing"])
    }

    @Test func theSettingsAreReadFromRepereYML() {
        let (config, problems) = SiteConfiguration.decode(yaml: "snippets:\n  base_path: [docs/inc, ./partage/]\n  auto_append: glossaire.md\n")
        #expect(config.snippets.basePaths == ["docs/inc", "partage"])
        #expect(config.snippets.autoAppend == ["glossaire.md"])
        #expect(problems.isEmpty)
        let (_, wrong) = SiteConfiguration.decode(yaml: "snippets:\n  base_path: ../dehors\n  check_paths: true\n")
        #expect(wrong.map(\.id) == ["config.invalid-value", "config.unknown-key"])
    }

    /// `repere init --from mkdocs` copies pymdownx.snippets' settings.
    @Test func initCopiesMkDocsSettings() {
        let yaml = """
            site_name: Site
            markdown_extensions:
              - admonition
              - pymdownx.snippets:
                  auto_append: [content/toc_nav_ignored/snippets/glossaire.md]
                  base_path:
                    - "."
                    - includes
                  check_paths: true
            """
        let config = ForeignConfiguration.mkdocs(yaml, source: "mkdocs.yml")
        #expect(config.snippets?.basePaths == [".", "includes"])
        #expect(config.repereYAML.contains("snippets:\n  base_path: [\".\", \"includes\"]\n  auto_append: [\"content/toc_nav_ignored/snippets/glossaire.md\"]\n"))
        #expect(!config.notCarried.contains { $0.contains("check_paths") })
        #expect(ForeignConfiguration.mkdocs("markdown_extensions:\n  - pymdownx.snippets\n", source: "mkdocs.yml").snippets == nil)
    }
}
