import RepereSupport
import Testing
@testable import RepereMarkdown

/// Containers of VuePress, Docusaurus and GitBook rewritten into callouts, headings and links,
/// every line kept at its number.
@Suite struct ForeignContainersTests {
    func rewrite(_ text: String) -> (text: String, unknown: [ForeignContainers.Unknown]) {
        let result = ForeignContainers.rewrite(text)
        let written = text.split(separator: "\n", omittingEmptySubsequences: false).count
        let lines = result.text.split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(lines == written || result.writtenLines.count == lines && result.writtenLines.last == written, "a line lost its number")
        return (result.text, result.unknown)
    }

    @Test func admonitionsBecomeCallouts() {
        let (text, unknown) = rewrite("::: warning Attention\nTexte.\n\n- point\n:::\nAprès.\n")
        #expect(text == "> [!WARNING] Attention\n> Texte.\n> \n> - point\n\nAprès.\n")
        #expect(unknown.isEmpty)
        guard case .callout(.warning, let body)? = CommonMarkParser.parse(text).blocks.first else {
            Issue.record("not a warning callout")
            return
        }
        #expect(Array(body.prefix(2)) == [.paragraph([.strong([.text("Attention")])]), .paragraph([.text("Texte.")])])
        #expect(body.count == 3)
    }

    @Test func docusaurusTitlesInBracketsAreTheCalloutsTitle() {
        #expect(rewrite(":::note[Pour les utilisateurs]\nTexte.\n:::\n").text == "> [!NOTE] Pour les utilisateurs\n> Texte.\n\n")
        #expect(rewrite(":::tip Astuce [1]\nTexte.\n:::\n").text == "> [!TIP] Astuce [1]\n> Texte.\n\n")
        // A directive's attributes (Starlight's `:::tip{icon="heart"}`) are no title.
        #expect(rewrite(":::tip{icon=\"heart\"}\nTexte.\n:::\n").text == "> [!TIP]\n> Texte.\n\n")
        #expect(rewrite(":::caution[Attention]{icon=\"x\"}\nTexte.\n:::\n").text == "> [!CAUTION] Attention\n> Texte.\n\n")
    }

    /// VuePress' `::: slot nom` gives a layout its text: the text, without the markers.
    @Test func vuePressSlotsAreTheirText() {
        let (text, unknown) = rewrite("::: slot bas\nTexte **gras**.\n:::\n")
        #expect(text == "\nTexte **gras**.\n\n" && unknown.isEmpty, "\(text)")
    }

    /// Docsify's `?> conseil` and `!> important` are callouts of their paragraph.
    @Test func docsifyHelpersAreCallouts() {
        #expect(rewrite("?> Un **conseil**.\n\n!> Attention.\n```\n?> code\n```\n").text
            == "> [!TIP]\n> Un **conseil**.\n\n> [!IMPORTANT]\n> Attention.\n```\n?> code\n```\n")
    }

    /// A callout right under a line of HTML is a callout, not text the HTML block holds.
    @Test func aCalloutUnderALineOfHTMLIsACallout() {
        let text = rewrite("<br>\n!!! note \"Bibliographie\"\n    - Livre A\n").text
        #expect(text == "<br>\n\n> [!NOTE] Bibliographie\n> - Livre A\n", "\(text)")
        #expect(CommonMarkParser.parse(text).blocks.contains { if case .callout = $0 { true } else { false } })
    }

    /// Past 32 open containers a `:::` and its end are text: 5,000 nested cost no more than their lines.
    @Test func containersNestedTooDeepAreText() {
        let depth = ForeignContainers.containerNesting
        let text = rewrite(String(repeating: "::: tip\n", count: 5_000) + "x\n" + String(repeating: ":::\n", count: 5_000)).text
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[depth - 1].hasSuffix("> [!TIP]") && lines[depth].hasSuffix("::: tip"), "\(lines[depth])")
        #expect(lines[5_000].hasSuffix("> x") && lines.last == "")
    }

    /// A `:::` callout in a list item, at any depth, stays in the item: its `> ` at its indent.
    @Test func calloutsInListItemsStayThere() {
        let text = rewrite("1. Un\n2. Deux\n\n   ::: tip Astuce\n   Texte.\n\n   - Sous\n\n     :::warning\n     Prudence.\n     :::\n   :::\n3. Trois\n").text
        #expect(text == "1. Un\n2. Deux\n\n   > [!TIP] Astuce\n   > Texte.\n   > \n   > - Sous\n   > \n   >   > [!WARNING]\n   >   > Prudence.\n   > \n\n3. Trois\n")
        guard case .list(let list)? = CommonMarkParser.parse(text).blocks.first else {
            Issue.record("not one list: \(text)")
            return
        }
        #expect(list.items.count == 3 && list.start == 1, "the callout in item 2, the list not split")
        #expect(HTMLRenderer().render(CommonMarkParser.parse(text)).contains("Prudence"))
        // A hint closed inside it writes its `> ` at the callout's indent too: the list goes on.
        let hint = rewrite("1. Un\n\n   ::: tip\n   {% hint style=\"info\" %}\n   B\n   {% endhint %}\n   C\n   :::\n2. Deux\n").text
        guard case .list(let items)? = CommonMarkParser.parse(hint).blocks.first else {
            Issue.record("not one list: \(hint)")
            return
        }
        #expect(items.items.count == 2, "\(hint)")
    }

    /// VuePress' `::: v-pre` wraps text shown as written: it is no container, and not reported.
    @Test func vuepressVPreIsTransparent() {
        #expect(rewrite("::: v-pre\nLa syntaxe `{{ nom }}`.\n:::\n") == ("\nLa syntaxe `{{ nom }}`.\n\n", []))
    }

    @Test func mkdocsAdmonitionsBecomeCallouts() {
        let (text, _) = rewrite("!!! warning \"Attention\"\n    Texte.\n\n    Suite.\nAprès.\n??? tip\n    Astuce.\n")
        #expect(text == "> [!WARNING] Attention\n> Texte.\n> \n> Suite.\nAprès.\n> [!TIP]\n> Astuce.\n")
        // Python-Markdown's space after the marker is optional (not for tabs).
        #expect(rewrite("!!!aide\n    Texte.\n!!!note \"Titre\"\n    Suite.\n===\"Onglet\"\n").text
            == "> [!NOTE] Aide\n> Texte.\n> [!NOTE] Titre\n> Suite.\n===\"Onglet\"\n")
        // Without a title, a type of the author's own titles the note, as Python-Markdown shows it,
        // and a type saying more than its callout's label gives its French name.
        #expect(rewrite("!!! Conseil\n    A.\n??? question\n    B.\n!!! warning \"\"\n    C.\n").text
            == "> [!NOTE] Conseil\n> A.\n> [!NOTE] Question\n> B.\n> [!WARNING]\n> C.\n")
    }

    /// A line holding a code span between triple backticks (```` ```sudo x``` ````) opens no
    /// fence: the containers after it are still read.
    @Test func inlineCodeBetweenTripleBackticksOpensNoFence() {
        #expect(rewrite("```sudo apt update```\n\n:::info Titre\nCorps.\n:::\n").text == "```sudo apt update```\n\n> [!NOTE] Titre\n> Corps.\n\n")
        #expect(MarkdownFence.opening("```swift") == "```" && MarkdownFence.opening("~~~~ `x`") == "~~~~")
        #expect(MarkdownFence.opening("``` a`b") == nil && MarkdownFence.opening("``x") == nil)
    }

    /// MkDocs' blocks nest: a note in a tip, a tab's content, an admonition in a list item
    /// (PyMoX's and geotribu's pages).
    @Test func mkdocsBlocksNestAndTabsBecomeHeadings() {
        let (text, unknown) = rewrite("""
            ## Installer
            === "Windows"

                ```
                !!! pas ici
                ```

                !!! tip inline end "Astuce"
                    Un conseil.
            === "Linux"
                Texte.
            Après.
            1. Étape

                ???+ note
                    Dedans.
            """)
        #expect(text == """
            ## Installer
            ### Windows

            ```
            !!! pas ici
            ```

            > [!TIP] Astuce
            > Un conseil.
            ### Linux
            Texte.
            Après.
            1. Étape

                > [!NOTE]
                > Dedans.
            """)
        #expect(unknown.isEmpty)
        let nested = rewrite("!!! warning\n    Avant.\n\n    !!! note \"Dedans\"\n        Texte.\n").text
        #expect(nested == "> [!WARNING]\n> Avant.\n> \n> > [!NOTE] Dedans\n> > Texte.\n")
        #expect(rewrite("??? \"Fichier de style\"\n    Texte.\n").text == "> [!NOTE] Fichier de style\n> Texte.\n")
        #expect(ForeignContainers.rewrite("!!! note\n    {% swagger %}\n").unknown == [.init(line: 2, column: 5, directive: "{% swagger %}")])
    }

    /// MkDocs' abbreviations (geotribu's pages): the definitions are taken out of the text and
    /// the page's first use of each is an `<abbr>`.
    @Test func mkdocsAbbreviationsAreDefinitionsOfThePage() {
        let source = "Le SIG et le SIG.\n\n```\n*[NON]: dans du code\n```\n*[SIG]: Système d’information géographique\n*[]: vide\n"
        let rewritten = ForeignContainers.rewrite(source)
        #expect(rewritten.text == "Le SIG et le SIG.\n\n```\n*[NON]: dans du code\n```\n\n*[]: vide\n")
        #expect(rewritten.abbreviations == ["SIG": "Système d’information géographique"])
        let html = HTMLRenderer().render(ParseStage.document(of: source))
        #expect(html.hasPrefix("<p>Le <abbr title=\"Système d’information géographique\">SIG</abbr> et le SIG.</p>"))
        #expect(ForeignContainers.mayHaveContainers("Texte\n*[SIG]: x\n"))
        #expect(!ForeignContainers.mayHaveContainers("* [lien](x)\n"))
    }

    /// Blocks nested deeper than the limit are text (each level is read again by the one above).
    @Test func mkdocsBlocksNestedTooDeepAreText() {
        let source = (0..<100).map { String(repeating: " ", count: 4 * $0) + "!!! note\n" }.joined()
        let text = ForeignContainers.rewrite(source).text
        #expect(text.components(separatedBy: "[!NOTE]").count - 1 == ForeignContainers.mkdocsNesting)
    }

    @Test func nestedContainersAndGitBookHints() {
        let (text, _) = rewrite("{% hint style=\"danger\" %}\nA\n::: tip\nB\n:::\n{% endhint %}\n")
        #expect(text == "> [!CAUTION]\n> A\n> > [!TIP]\n> > B\n> \n\n")
    }

    @Test func tabsBecomeHeadingsBelowTheLastOne() {
        let (text, _) = rewrite("## Installer\n{% tabs %}\n{% tab title=\"Windows\" %}\nW\n{% endtab %}\n{% endtabs %}\n")
        #expect(text == "## Installer\n\n### Windows\nW\n\n\n")
        // A tab holding headings leaves the next one its sibling; after the group, headings go on
        // from the one before it (GitBook's, Hugo's and pymdownx's tabs).
        let gitbook = rewrite("## Choisir\n{% tabs %}\n{% tab title=\"Windows\" %}\n### Prérequis\n#### Détail\n{% endtab %}\n{% tab title=\"macOS\" %}\nM\n{% endtab %}\n{% endtabs %}\n{% tabs %}\n{% tab title=\"Linux\" %}\nL\n{% endtab %}\n{% endtabs %}\n").text
        #expect(gitbook == "## Choisir\n\n### Windows\n### Prérequis\n#### Détail\n\n### macOS\nM\n\n\n\n### Linux\nL\n\n\n", "\(gitbook)")
        let hugo = rewrite("## Choisir\n{{< tabs >}}\n{{< tab \"Windows\" >}}\n### Prérequis\n{{< /tab >}}\n{{< tab \"macOS\" >}}\nM\n{{< /tab >}}\n{{< /tabs >}}\n").text
        #expect(hugo == "## Choisir\n\n### Windows\n### Prérequis\n\n### macOS\nM\n\n\n", "\(hugo)")
        // A tab opening with a heading of its own title is headed once (Hugo Book's pages; found in a sweep).
        let titled = rewrite("## Statuts\n{{< tabs \"s\" >}}\n{{< tab \"Brouillons\" >}}\n## Brouillons\nTexte.\n{{< /tab >}}\n{{< tab \"Publiées\" >}}\nAutre.\n{{< /tab >}}\n{{< /tabs >}}\n").text
        #expect(titled == "## Statuts\n\n\n## Brouillons\nTexte.\n\n### Publiées\nAutre.\n\n\n", "\(titled)")
        let pymdown = rewrite("## Choisir\n/// tab | Windows\n### Prérequis\n///\n/// tab | macOS\nM\n///\n# Autre\n/// tab | Linux\nL\n///\n").text
        #expect(pymdown == "## Choisir\n### Windows\n### Prérequis\n\n### macOS\nM\n\n# Autre\n## Linux\nL\n\n", "\(pymdown)")
    }

    /// VuePress theme-hope's tabs (`:::: tabs#os`, `@tab Windows#win`) and VitePress' code groups:
    /// each tab's content in turn, under a heading one level below the one before.
    @Test func vueTabsBecomeHeadingsBelowTheLastOne() {
        let (text, unknown) = rewrite("## Installer\n:::: tabs#os\n@tab:active Windows#win\nW\n::: tip\nT\n:::\n@tab macOS\nM\n::::\n::: code-group\n```sh [npm]\nnpm i\n```\n:::\n@tab hors d'onglets\n")
        #expect(text == "## Installer\n\n### Windows\nW\n> [!TIP]\n> T\n\n### macOS\nM\n\n\n### npm\n```sh\nnpm i\n```\n\n@tab hors d'onglets\n")
        #expect(unknown.isEmpty)
    }

    /// kramdown's `* TOC` + `{:toc}` is left out (the page shows its own table of contents), in
    /// code it stays, and another attribute list after a list is not read as one.
    @Test func kramdownTablesOfContentsAreLeftOut() {
        let (text, _) = rewrite("# Titre\n* TOC\n{:toc}\n\n1. Sommaire\n{: .toc }\n```\n* TOC\n{:toc}\n```\n- a\n{: .note }\n")
        #expect(text == "# Titre\n\n\n\n\n\n```\n* TOC\n{:toc}\n```\n- a\n{: .note }\n")
        // Just the Docs' heading over it, marked `.no_toc`, goes with it; another heading stays.
        let (jtd, _) = rewrite("## Table des matières\n{: .no_toc .text-delta }\n\n1. TOC\n{:toc}\n## Vraie section\n{: .no_toc }\nTexte.\n")
        #expect(jtd == "\n\n\n\n\n## Vraie section\n{: .no_toc }\nTexte.\n")
    }

    /// GitBook's steppers and columns show their content in order, each step under its heading,
    /// one level below the heading before (« Étape n » when it has none).
    @Test func steppersAndColumnsShowTheirContent() {
        let (text, unknown) = rewrite("{% stepper %}\n{% step %}\n### Ouvrir\nA\n{% endstep %}\n{% step %}\nSans titre.\n{% endstep %}\n{% endstepper %}\n{% columns %}\n{% column %}\nB\n{% endcolumn %}\n{% endcolumns %}\n")
        #expect(text == "\n\n## Ouvrir\nA\n\n## Étape 2\nSans titre.\n\n\n\n\nB\n\n\n" && unknown.isEmpty, "\(text)")
    }

    /// Several shortcodes on one line and nothing else (a site's own tabs around Hugo's
    /// `highlight`): each read in turn, the last opening the code that follows.
    @Test func aLineOfShortcodesIsReadInTurn() {
        let (text, unknown) = rewrite("{{< codetab >}} {{< diff-tab >}} {{< highlight diff >}}\n-   def __init__(self, x):\n+   # commentaire\n{{</ highlight >}}\n{{</ diff-tab >}}\n{{</ codetab >}}\n")
        #expect(text == "\n\n```diff\n-   def __init__(self, x):\n+   # commentaire\n```\n\n\n", "\(text)")
        #expect(unknown.map(\.directive) == ["{{< codetab >}}", "{{< diff-tab >}}"])
    }

    /// GitBook's changelog (`{% updates %}`): each entry's date, then its content.
    @Test func gitBookUpdatesShowTheirDates() {
        let (text, unknown) = rewrite("{% updates format=\"full\" %}\n{% update date=\"2026-04-20\" tags=\"nouveaute\" %}\n## Caméras\nTexte.\n{% endupdate %}\n{% update date=\"avril\" %}\nB\n{% endupdate %}\n{% endupdates %}\n")
        #expect(text == "\n*20/04/2026*\n## Caméras\nTexte.\n\n*avril*\nB\n\n\n" && unknown.isEmpty, "\(text)")
    }

    /// GitBook 3's youtube plugin: a link to the video, as an embed is (nothing is loaded).
    @Test func youTubeTagsBecomeLinks() {
        let (text, unknown) = rewrite("{% youtube %}https://www.youtube.com/watch?v=x{% endyoutube %}\n{%youtube%} https://youtu.be/y {%- endyoutube -%}\n{% youtube %}pas une adresse{% endyoutube %}\n")
        #expect(text.hasPrefix("[Vidéo : www.youtube.com](<https://www.youtube.com/watch?v=x>)\n[Vidéo : youtu.be](<https://youtu.be/y>)\n"))
        #expect(unknown.map(\.directive) == ["{% youtube %}"])
        _ = rewrite("{%}{% x\n{%%}\n{% youtube %}\n")  // a tag's end before its start's: no trap
    }

    @Test func embedsAndContentRefsBecomeLinks() {
        let (text, _) = rewrite("{% embed url=\"https://www.youtube.com/watch?v=x\" %}\n{% content-ref url=\"a.md\" %}\n[A](a.md)\n{% endcontent-ref %}\n")
        #expect(text == "[Contenu externe : www.youtube.com](<https://www.youtube.com/watch?v=x>)\n\n[A](a.md)\n\n")
        let (older, unknown) = rewrite("{% page-ref page=\"../guides/ocr.md\" %}\n")
        #expect(older == "[ocr.md](<../guides/ocr.md>)\n" && unknown.isEmpty, "a link named by its file: it shows the page's title")
        #expect(CommonMarkParser.parse(older).references.first.map { Link.namesFile($0.text, destination: $0.destination) } == true)
    }

    /// GitBook's integrations (`{% @arcade/embed … url="…" %}`) are links as embeds are; one
    /// without an address is reported.
    @Test func integrationEmbedsBecomeLinks() {
        let (text, unknown) = rewrite("{% @arcade/embed flowId=\"f1\" url=\"https://app.arcade.software/share/f1\" %}\n{% @supademo/embed demoId=\"d\" %}\n")
        #expect(text.hasPrefix("[Contenu externe : app.arcade.software](<https://app.arcade.software/share/f1>)\n"))
        #expect(unknown.map(\.directive) == ["{% @supademo/embed %}"])
        // Mermaid's integration, on one line or several, quotes inside: its source as a `mermaid` code block.
        let (diagram, none) = rewrite("{% @mermaid/diagram content=\"graph TD; A-->B\" %}\n{% @mermaid/diagram content=\"graph TD;\n    A[\"RH : Odoo\"] --> B;\n\" %}\nAprès.\n")
        #expect(diagram == "```mermaid\ngraph TD; A-->B\n```\n```mermaid\ngraph TD;\n    A[\"RH : Odoo\"] --> B;\n```\n\n\nAprès.\n" && none.isEmpty, "\(diagram)")
        _ = rewrite("{% @mermaid/diagram %} content=\"x\"\n{% @mermaid/diagram content=\"\n")  // a tag closed before its content, or never: no trap
    }

    /// A fence's title (Docusaurus', MkDocs Material's `title="…"`, VitePress' `[label]`) is shown
    /// above its block, as GitBook's `{% code title %}`; in a list item it stays there.
    @Test func codeFenceTitlesAreShownAboveTheirBlock() {
        let (text, unknown) = rewrite("Texte :\n```js title=\"docusaurus.config.js\" showLineNumbers\nx\n```\n- a\n  ``` py title='b.py'\n  y\n  ```\n```ts [config.ts]\nz\n```\n```\n[pas un titre]\n```\n")
        #expect(text == "Texte :\n\n`docusaurus.config.js`\n```js showLineNumbers\nx\n```\n- a\n  \n  `b.py`\n  ```py\n  y\n  ```\n\n`config.ts`\n```ts\nz\n```\n```\n[pas un titre]\n```\n")
        #expect(unknown.isEmpty)
        let blocks = CommonMarkParser.parse(text).blocks
        #expect(blocks.prefix(3) == [.paragraph([.text("Texte :")]), .paragraph([.code("docusaurus.config.js")]), .codeBlock(language: "js", code: "x\n")])
        #expect(ForeignContainers.mayRewrite("```js title=\"a\"\nx\n```\n") && !ForeignContainers.mayRewrite("```js\nx\n```\n"))
        #expect(!ForeignContainers.mayRewrite("> [!NOTE]\n> Texte.\n\n```js\nx\n```\n") && ForeignContainers.mayRewrite("  ~~~ts [a.ts]\nx\n~~~\n"))
    }

    /// Docusaurus' ```` ```mdx-code-block ```` holds MDX shown as the page's content: its lines are read as the page's.
    @Test func mdxCodeBlocksAreContent() {
        let (text, _) = rewrite("````mdx-code-block\n:::tip\nAstuce.\n:::\n```js\nx\n```\n````\nAprès.\n")
        #expect(text == "\n> [!TIP]\n> Astuce.\n\n```js\nx\n```\n\nAprès.\n")
        #expect(ForeignContainers.mayRewrite("```mdx-code-block\nx\n```\n"))
    }

    @Test func codeWrappersKeepTheirCodeBlockAfterTheTitle() {
        let (text, unknown) = rewrite("{% code title=\"auth.rb\" lineNumbers=\"true\" %}\n```ruby\nputs 1\n```\n{% endcode %}\n{% code overflow=\"wrap\" %}\n```\nx\n```\n{% endcode %}\n")
        #expect(text == "`auth.rb`\n```ruby\nputs 1\n```\n\n\n```\nx\n```\n\n")
        #expect(unknown.isEmpty)
        #expect(CommonMarkParser.parse(text).blocks == [
            .paragraph([.code("auth.rb")]), .codeBlock(language: "ruby", code: "puts 1\n"), .codeBlock(language: "", code: "x\n"),
        ])
    }

    /// A tag indented in a list item keeps its indent: what replaces it stays in the item.
    @Test func tagsInAListItemStayInIt() {
        let (text, _) = rewrite("""
            1. A

               {% code title="a.sh" %}
               ```bash
               x
               ```
               {% endcode %}
               {% file src="b.pdf" %}
               {% embed url="https://exemple.fr/v" %}
            2. B
            """)
        guard case .list(let list)? = CommonMarkParser.parse(text).blocks.first else {
            Issue.record("not a list: \(text)")
            return
        }
        #expect(list.items.count == 2)
        #expect(list.items.first?.blocks.dropFirst().first == .paragraph([.code("a.sh")]))
        #expect(list.items.first?.blocks.contains(.codeBlock(language: "bash", code: "x\n")) == true)
        #expect(list.items.first?.blocks.count == 4, "A, the title, the code block, the file and embed links")
    }

    @Test func anEmptyCodeTitleIsNone() {
        #expect(rewrite("{% code title=\"\" %}\n```\nx\n```\n{% endcode %}\n").text == "\n```\nx\n```\n\n")
    }

    @Test func filesBecomeLinksNamedByTheirCaptionOrFileName() {
        let (text, unknown) = rewrite("""
            {% file src="../.gitbook/assets/Bilan 2025.pdf" %}
            {% hint style="info" %}
            {% file src=".gitbook/assets/cp.pdf" %}
            03/09/2018 - 6 mois [après]
            son lancement
            {% endfile %}
            {% endhint %}

            """)
        #expect(text == "[Bilan 2025.pdf](<../.gitbook/assets/Bilan 2025.pdf>)\n> [!NOTE]\n> [03/09/2018 - 6 mois \\[après\\] son lancement](<.gitbook/assets/cp.pdf>)\n> \n> \n> \n\n")
        #expect(unknown.isEmpty)
        let references = CommonMarkParser.parse(text).references
        #expect(references.map(\.destination) == ["../.gitbook/assets/Bilan 2025.pdf", ".gitbook/assets/cp.pdf"])
        #expect(references.map(\.text) == ["Bilan 2025.pdf", "03/09/2018 - 6 mois [après] son lancement"])
        #expect(ForeignContainers.markdownLink("a", to: "x>y<z") == "[a](<x%3Ey%3Cz>)")
        #expect(ForeignContainers.markdownLink("~~v2~~ &amp; ![x]", to: "x") == "[\\~\\~v2\\~\\~ \\&amp; \\!\\[x\\]](<x>)")
    }

    @Test func unknownDirectivesAreKeptAndReportedAtTheirPlace() {
        let (text, unknown) = rewrite("Texte.\n  {% swagger src=\"a.yml\" %}\n::: mermaid\ngraph\n:::\n")
        #expect(text == "Texte.\n  {% swagger src=\"a.yml\" %}\n::: mermaid\ngraph\n:::\n")
        #expect(unknown == [.init(line: 2, column: 3, directive: "{% swagger %}"), .init(line: 3, column: 1, directive: ":::mermaid")])
    }

    /// Found by fuzzing: `{%}` alone on a line crashed the parse (its `%}` was found inside `{%`).
    @Test(arguments: ["{%}\n", "{%%}\n", "{%\n", "  {% %}\n", "a {%}\n", "{{}}\n", "a {{}\n", "{{<>}}\n", "{{%}}\n"])
    func aTagTooShortToHaveANameIsText(line: String) {
        #expect(ForeignContainers.rewrite("Texte.\n" + line).text == "Texte.\n" + line)
    }

    @Test func linesRecordTheColumnsTheyGainedOrLost() {
        let rewritten = ForeignContainers.rewrite("::: tip Titre\nA\n::: danger\nB\n:::\n:::\n!!! note\n    C\n")
        #expect(rewritten.columnShifts == [0, 2, 0, 4, 0, 0, 0, -2, 0])
        // `::: tip Titre` became `> [!TIP] Titre` (`::: danger`, `!!! note` alike): changed inside, its title mapped back.
        #expect(rewritten.columnMaps.keys.sorted() == [0, 2, 4, 6] && rewritten.columnMaps[0]?.column(10) == 9, "\(rewritten.columnMaps.keys.sorted())")
        #expect(ForeignContainers.rewrite("Rien.\n").columnShifts == [])
    }

    /// A line changed inside (wiki links made Markdown links) keeps its columns: the link after
    /// two of them, and each of them, is reported where it is written.
    @Test func aLineChangedInsideMapsItsColumnsBack() {
        let line = "Voir [[Absente]] et [lien](absent.md) puis [[B#Nulle|b]]."
        let document = ParseStage.document(of: line + "\n\n> " + line + "\n")
        #expect(document.references.map { "\($0.position.line):\($0.position.column)" } == ["1:6", "1:21", "1:44", "3:8", "3:23", "3:46"])
        let rewritten = ForeignContainers.rewrite(line + "\n")
        #expect(rewritten.columnMaps[0]?.column(200) == line.count + 200 - rewritten.text.split(separator: "\n")[0].count)
    }

    /// A long change is aligned on nearby characters (exactly, it would cost the product of the
    /// two lengths): each of 100 links made from spaced addresses keeps its own column.
    @Test func aLongChangeIsAlignedOnNearbyCharacters() {
        let written = "A " + String(repeating: "[[x]] ", count: 400) + "[b](c.md)"
        let rewritten = ForeignContainers.rewrite(written + "\n")
        let map = rewritten.columnMaps[0]
        let end = rewritten.text.split(separator: "\n")[0].count
        #expect(map?.column(3) == 3 && map?.column(end - 8) == written.count - 8 && map.map { (3...written.count).contains($0.column(end / 2)) } == true)
        let spaced = String(repeating: "[a](b c) ", count: 100)
        let references = ParseStage.document(of: spaced + "\n").references.map(\.position.column)
        #expect(references == (0..<100).map { $0 * 9 + 1 }, "\(references)")
    }

    @Test func codeBlocksAndPlainTextAreLeftAlone() {
        let source = "```\n::: tip\n{% hint %}\n```\nUn texte avec ::: au milieu et {% rien %} dedans.\n"
        #expect(rewrite(source) == (source, []))
        // Only a bare run as long closes a fence (geotribu's R Markdown example).
        let example = "```markdown\n```{r}\n!!! note\n```\n"
        #expect(rewrite(example) == (example, []))
        let longer = "````\n```\n!!! note\n````\n"
        #expect(rewrite(longer) == (longer, []))
    }

    /// Hugo's shortcodes of the common themes: callouts, details, tabs, figures, videos,
    /// highlighted code, references; the others reported where they are.
    /// Hugo Book's buttons are links; its columns show their content in order, without `<--->`.
    @Test func hugoBookButtonsAndColumns() {
        let (text, unknown) = rewrite("{{< button relref=\"./premiers_pas/\" >}}Lire la documentation{{< /button >}} et {{< button href=\"https://x.fr\" >}}Site{{< /button >}}\n{{< button relref=\"guide\" >}}Guide{{< /button >}}\n{{< columns >}}\nA\n<--->\nB\n{{< /columns >}}\n")
        #expect(text == "[Lire la documentation](<./premiers_pas/>) et [Site](<https://x.fr>)\n[Guide](<hugo-ref:guide>)\n\nA\n\nB\n\n")
        #expect(unknown.isEmpty, "\(unknown)")
    }

    @Test func hugoShortcodesBecomeMarkdown() {
        let (text, unknown) = rewrite("""
            ## Guide
            Voir [la page]({{< ref "guide/page.md" >}}), [ici]({{< relref "autre.md#ancre" >}}).
            {{% notice warning "Attention" %}}
            Texte.
            {{% /notice %}}
            {{< hint type=tip >}}
            {{< tabs >}}
            {{< tab "Windows" >}}
            Dans un onglet.
            {{< /tab >}}
            {{< /tabs >}}
            {{< /hint >}}
            {{% alert title="Bon à savoir" color="primary" %}}
            {{% /alert %}}
            {{% pageinfo color="info" %}}
            {{% /pageinfo %}}
            {{< figure src="capture.png" caption="L'écran" >}}
            {{< youtube id="abc" >}}
            {{< highlight go >}}
            x := "{{</* ref "a" */>}}"
            {{< /highlight >}}
            {{% expand "Plus" %}}
            {{% /expand %}}
            {{< gh 123 >}}
            Un {{< inconnu >}} au milieu.
                {{< ref "code" >}}
            """)
        #expect(text == """
            ## Guide
            Voir [la page](hugo-ref:guide/page.md), [ici](hugo-ref:autre.md#ancre).
            > [!WARNING] Attention
            > Texte.

            > [!TIP]
            > 
            > ### Windows
            > Dans un onglet.
            > 
            > 
            
            > [!NOTE] Bon à savoir

            > [!NOTE]

            ![L'écran](<capture.png>)
            [Vidéo YouTube](<https://www.youtube.com/watch?v=abc>)
            ```go
            x := "{{< ref "a" >}}"
            ```
            > [!NOTE] Plus


            Un {{< inconnu >}} au milieu.
                {{< ref "code" >}}
            """)
        #expect(unknown == [
            .init(line: 24, column: 1, directive: "{{< gh >}}", isLeftOut: true), .init(line: 25, column: 4, directive: "{{< inconnu >}}"),
        ])
        #expect(!ForeignContainers.mayRewrite("Un texte { avec } des accolades.\n"))
        let braces = "Un texte { avec } des accolades {{ sans plus }} {%.\n"
        #expect(rewrite(braces) == (braces, []))
        // A shortcode written over several lines (Docsy's figures) is read whole; lines keep their numbers.
        #expect(rewrite("{{< figure src=\"a.png\"\n    alt=\"Le schéma\"\n    caption=\"Légende\" >}}\nSuite.\n```\n{{< pas\nlu >}}\n```\n")
            == ("![Le schéma](<a.png>)\n\n\nSuite.\n```\n{{< pas\nlu >}}\n```\n", []))
        #expect(rewrite("{{< tabpane >}}\n{{< tab header=\"Linux\" >}}\nTexte.\n{{< /tab >}}\n{{< /tabpane >}}\n") == ("\n## Linux\nTexte.\n\n\n", []))
        // Tabs left open inside a callout close with it.
        #expect(rewrite("{{< callout >}}\n{{< tabs items=\"A\" >}}\nTexte.\n{{< /callout >}}\nAprès.\n").text == "> [!NOTE]\n> \n> Texte.\n\nAprès.\n")
        // Hextra names its tabs on the tabs; its cards are links to their targets.
        #expect(rewrite("{{< tabs items=\"macOS, Windows\" >}}\n{{< tab >}}\nA\n{{< /tab >}}\n{{< tab >}}\nB\n{{< /tab >}}\n{{< tab >}}\nC\n{{< /tab >}}\n{{< /tabs >}}\n")
            == ("\n## macOS\nA\n\n## Windows\nB\n\n\nC\n\n\n", []))
        #expect(rewrite("{{< cards >}}\n  {{< card link=\"cli\" title=\"Installer la CLI\" subtitle=\"Pas à pas\" icon=\"x\" >}}\n  {{< card title=\"Sans lien\" >}}\n{{< /cards >}}\n")
            == ("\n  - [Installer la CLI](<cli>) — Pas à pas\n  - Sans lien\n\n", []))
        // In an HTML block, a figure is an image between blank lines, not its Markdown shown as text
        // (`![Écran]()`: `</a.png>` was read as an end tag).
        let inDiv = "<div class=\"grid\">\n{{< figure src=\"/a.png\" alt=\"Écran\" >}}\n</div>\n"
        #expect(rewrite(inDiv) == ("<div class=\"grid\">\n\n![Écran](</a.png>)\n\n</div>\n", []))
        #expect(CommonMarkParser.parse(rewrite(inDiv).text).blocks.contains { if case .paragraph = $0 { true } else { false } })
        // Doks' link cards (found in a sweep: 28 dropped on a real site).
        #expect(rewrite("{{< card-grid >}}\n{{< link-card title=\"GitLab\" description=\"Les notebooks\" href=\"https://gitlab.exemple.fr/a\" target=\"_blank\" >}}\n{{< /card-grid >}}\n")
            == ("\n- [GitLab](<https://gitlab.exemple.fr/a>) — Les notebooks\n\n", []))
        // Not across a blank line or a fence, nor from a code span.
        let prose = "Commencez par `{{<` :\n\n```go-html-template\n{{< figure src=\"a.png\" >}}\n```\nFin {{< pas fermé\n\nsuite >}}\n"
        #expect(ForeignContainers.joiningMultilineShortcodes(prose.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
            .joined(separator: "\n") == prose)
        // Mermaid's source is code: Repère loads no script to draw it.
        #expect(rewrite("{{< mermaid >}}\ngraph TD;\n  A-->B;\n{{< /mermaid >}}\n") == ("```mermaid\ngraph TD;\n  A-->B;\n```\n", []))
        // In a list item, a shortcode stays in it; a site's own `fig` gives its caption as the text.
        #expect(rewrite("1. Étape\n    {{< fig \"capture.png\" \"L'écran\" >}}\n").text == "1. Étape\n    ![L'écran](<capture.png>)\n")
    }

    /// A container shortcode sharing its line with text (hugoDocs-fr): the text is inside it, on
    /// a line of its own mapped back to the one written, and the callout ends at its closing one.
    @Test func hugoContainersInsideALineWrapTheirText() {
        for (open, close) in [("{{% note %}}", "{{% /note %}}"), ("{{< note >}}", "{{< /note >}}")] {
            let closingAtTheEnd = ForeignContainers.rewrite("\(open)\nUne remarque qui se termine ici.\(close)\n\nParagraphe après la remarque.\n")
            #expect(closingAtTheEnd.text == "> [!NOTE]\n> Une remarque qui se termine ici.\n\n\nParagraphe après la remarque.\n")
            #expect(closingAtTheEnd.writtenLines == [1, 2, 2, 3, 4, 5] && closingAtTheEnd.unknown.isEmpty)
            #expect(closingAtTheEnd.columnShifts == [0, 2, 0, 0, 0, 0])
        }
        let (text, unknown) = rewrite("""
            {{% note %}} Le fichier _index.md est requis.
            {{% /note %}}

            Suite.
            {{% note %}}Texte court.{{% /note %}}
            Après.
            {{% notice warning "Titre" %}}Attention, {{< gh 1 >}}.{{% /notice %}}
            {{< tabs >}}{{< tab "Linux" >}}Sur Linux.{{< /tab >}}{{< /tabs >}}
            {{% expand "Plus" %}}Détails.{{% /expand %}}
            """)
        #expect(text == """
            > [!NOTE]
            > Le fichier _index.md est requis.


            Suite.
            > [!NOTE]
            > Texte court.

            Après.
            > [!WARNING] Titre
            > Attention, {{< gh 1 >}}.


            ## Linux
            Sur Linux.


            > [!NOTE] Plus
            > Détails.

            """)
        #expect(unknown == [.init(line: 7, column: 42, directive: "{{< gh >}}")])
        // Code, fenced or indented, and code spans are left as written.
        for source in [
            "```\n{{% note %}}Texte.{{% /note %}}\n```\n", "Exemple :\n\n    {{% note %}} Texte.\n    {{% /note %}}\n",
            "Écrire `{{% /note %}}`\n",
        ] {
            #expect(rewrite(source) == (source, []), "\(source)")
        }
    }

    /// The text around a shortcode in a line keeps its place in the page as written.
    @Test func textBesideAShortcodeIsWhereItWasWritten() {
        let document = ParseStage.document(of: "{{% note %}} Voir [a](a.md).\n{{% /note %}}\n{{% tip %}}\nEt [b](b.md).{{% /tip %}}\nSuite [c](c.md).\n")
        #expect(HTMLRenderer().render(document).components(separatedBy: "class=\"callout callout-").count == 3)
        #expect(document.references.map(\.position) == [
            SourcePosition(line: 1, column: 19), SourcePosition(line: 4, column: 4), SourcePosition(line: 5, column: 7),
        ])
    }

    /// An unknown shortcode is named with its delimiters as written, once per page, with its uses.
    @Test func unknownShortcodesAreReportedOncePerPage() {
        let (_, unknown) = rewrite("{{< gh 1 >}}\nVoir {{% gh 2 %}} et {{< gh 3 >}}.\n{{% autre %}}\n")
        #expect(unknown == [
            // Shown as text in a line twice: reported so (found in a sweep: « left out » while 27 showed).
            .init(line: 1, column: 1, directive: "{{< gh >}}", isLeftOut: false, uses: 3),
            .init(line: 3, column: 1, directive: "{{% autre %}}", isLeftOut: true),
        ])
        #expect(ForeignContainers.hugoShortcodeNames.contains("note") && ForeignContainers.hugoShortcodeNames.contains("expand"))
    }

    /// Jekyll's Liquid where help pages use it: addresses, links, raw text, comments, code, and
    /// an include given its text.
    @Test func jekyllLiquidBecomesMarkdown() {
        let (text, unknown) = rewrite("""
            [a]({{ site.baseurl }}{% link _guide/page.md %}) ![b]({{ '/img/x.png' | relative_url }}) {{ page.title }}
            {% raw %}
            {{ site.baseurl }} {% if x %}
            {% endraw %}
            {% comment %}
            Note interne.
            {% endcomment %}
            {% highlight ruby linenos %}
            puts "{{ site.baseurl }}"
            {% endhighlight %}
            {% include alert.html content="Le site **change**." %}
            {% include pied.html %}
            {%highlight go%}
            x
            {%endhighlight%}
            """)
        #expect(text == """
            [a](/_guide/page.md) ![b](/img/x.png) {{ page.title }}

            {{ site.baseurl }} {% if x %}





            ```ruby
            puts "{{ site.baseurl }}"
            ```

            > [!NOTE] Le site **change**.
            {% include pied.html %}

            ```go
            x
            ```

            """)
        #expect(unknown == [.init(line: 12, column: 1, directive: "{% include %}")])
        #expect(ForeignContainers.Tag("{% include alert.html content=\"x\" %}")?.arguments == ["content": "x"])
        #expect(rewrite("{% include encart.html content=\"Texte\" type=\"warning\" %}\n{% include pied.html text=\"Fin\" %}\n").text
            == "> [!WARNING] Texte\n> Fin\n")
        // Liquid runs before Markdown: a highlighted block inside HTML (ANS' tabs) is still code, and the page goes on after it.
        let tabs = HTMLRenderer().render(ParseStage.document(of: "<div class=\"tab-content\">\n{% highlight bash %}\necho a\n\necho b\n{% endhighlight %}\n</div>\n\n## Suite\n"))
        #expect(tabs == "\n<pre><code class=\"language-bash\">echo a\n\necho b\n</code></pre>\n\n<h2 id=\"suite\">Suite</h2>\n", "\(tabs)")
    }

    /// An opener indented by four spaces is code, as CommonMark reads it, unless a list item or a
    /// block holds it; a paragraph's indented line goes on the paragraph.
    @Test func mkdocsOpenersInIndentedCodeAreCode() {
        for source in [
            "Exemple :\n\n    !!! note\n        Texte.\n", "    !!! note\n        Texte.\n",
            "Texte\n    !!! note\n        Texte.\n", "- Étape\n\nFin.\n\n    !!! note\n        Texte.\n",
        ] {
            #expect(rewrite(source) == (source, []), "\(source)")
        }
        #expect(rewrite("- Étape\n\n    Suite.\n\n    !!! note\n        Texte.\n").text == "- Étape\n\n    Suite.\n\n    > [!NOTE]\n    > Texte.\n")
        #expect(rewrite("12) Étape\n    ??? tip\n        Texte.\n").text == "12) Étape\n    > [!TIP]\n    > Texte.\n")
        #expect(ForeignContainers.isListItem("* a") && ForeignContainers.isListItem("-") && !ForeignContainers.isListItem("-a"))
        #expect(!ForeignContainers.isListItem("1234567890. a") && !ForeignContainers.isListItem("2026 a"))
    }

    @Test(arguments: [
        ("::: tip\n", true), ("Texte\n   {% hint %}\n", true), ("!!! note\n", true), ("??? note\n", true),
        ("Texte ::: au milieu\n", false), ("    ::: code indenté\n", false), (":: deux\n", false), ("{ % non\n", false),
        ("!?! mêlés\n", false), ("", false), ("    !!! note\n", true), ("=== \"Onglet\"\n", true),
    ])
    func findsContainersOnlyAtTheStartOfALine(text: String, expected: Bool) {
        #expect(ForeignContainers.mayHaveContainers(text) == expected)
    }
}
