import Testing
@testable import RepereMarkdown

/// Docusaurus' MDX around Markdown rewritten: ESM and comments removed, tabs as headings,
/// imported images as Markdown images, every line kept at its number.
@Suite struct MDXSyntaxTests {
    func rewrite(_ text: String) -> (text: String, columnShifts: [Int]) {
        let result = MDXSyntax.rewrite(text)
        #expect(result.text.split(separator: "\n", omittingEmptySubsequences: false).count
            == text.split(separator: "\n", omittingEmptySubsequences: false).count, "the line count changed")
        return (result.text, result.columnShifts)
    }

    /// In a page that runs code (ESM lines), an expression in the text is shown as written and
    /// reported; elsewhere, or in code, braces are text.
    /// A component's link inside an HTML block (`<div>` around `<LinkCard href title/>`) is the `<a>`
    /// the block's reader reads: Markdown's `<https://…>` would be taken for a tag there (found in
    /// a sweep: `[Free Vue.js Props Lesson]()`, 12 times).
    @Test func aComponentsLinkInAnHTMLBlockIsAnAnchor() {
        let page = "import A from './a'\n\n<div class=\"x\">\n  <LinkCard href=\"https://x.fr/a?b=1&c=2\" title=\"La leçon\"/>\n</div>\n\n<LinkCard href=\"/b/\" title=\"B\"/>\n"
        let text = MDXSyntax.rewrite(page).text
        #expect(text.contains("  <a href=\"https://x.fr/a?b=1&amp;c=2\">La leçon</a>\n") && text.contains("\n[B](</b/>)"), "\(text)")
    }

    @Test func expressionsInTheTextAreReported() {
        let page = "import t from \"./labels.json\";\n\n<h2>{t.more}</h2>\n\nVoir {t['plus']} et `{code}` ou {#ancre} {{ x }} {1}.\n"
        #expect(MDXSyntax.rewrite(page).expressions.map { "\($0.line):\($0.column) \($0.directive)" } == ["3:5 {t.more}", "5:6 {t['plus']}"])
        #expect(MDXSyntax.rewrite("Voir {t.more}.\n").expressions.isEmpty)
        #expect(MDXSyntax.rewrite("import A from './a'\n\nLe code ``a ` {b}`` et {c}.\n").expressions.map(\.directive) == ["{c}"])
        // Code: in a fence indented in a list item, and an `export` in a code block (a VitePress page's example).
        #expect(MDXSyntax.rewrite("import A from './a'\n\n1. Un\n    ```py\n    print(f\"{e.message}\")\n    ```\n").expressions.isEmpty)
        #expect(MDXSyntax.rewrite("```js\nexport default {\n}\n```\nVoir {objet}.\n").expressions.isEmpty)
        // VitePress' `<script setup>`: code, not text.
        #expect(MDXSyntax.rewrite("<script setup>\nimport { useMouse } from './mouse'\nconst { x, y } = useMouse()\n</script>\n").expressions.isEmpty)
        // An attribute's value is no text shown (found in a sweep: 10 false warnings on a page).
        #expect(MDXSyntax.rewrite("import s from './s.css'\n\n<img src=\"/a.png\" alt=\"A\" className={s.large}/> et <b style = {s.x}>{t.gras}</b>\n").expressions.map(\.directive) == ["{t.gras}"])
    }

    @Test func importsExportsAndCommentsAreRemoved() {
        let (text, _) = rewrite("""
            import Tabs from '@theme/Tabs';
            import {
              A,
            } from './a';
            export function Liste() {
              return <ul />;
            }
            # Titre
            {/* caché
            encore */} Texte {/* aussi */}visible.
            import des données, export des listes: du texte.
            ```js
            import x from 'y';
            ```
            """)
        #expect(text == """







            # Titre
            \("")
                       Texte visible.
            import des données, export des listes: du texte.
            ```js
            import x from 'y';
            ```
            """)
    }

    /// ```` ```mdx-code-block ```` holds MDX read as the page's: its imports go, its tabs are headings.
    @Test func mdxCodeBlocksAreReadAsThePage() {
        let (text, _) = rewrite("```mdx-code-block\nimport Tabs from '@theme/Tabs';\n\n<Tabs>\n<TabItem value=\"a\" label=\"Un\">\n\nA.\n\n</TabItem>\n</Tabs>\n```\n")
        #expect(!text.contains("import") && text.contains("## Un"), "\(text)")
    }

    @Test func tabsBecomeHeadingsBelowTheHeadingBefore() throws {
        let (text, shifts) = rewrite("## Installer\n<Tabs>\n  <TabItem value=\"w\" label=\"Windows\" default>\n\n    Texte.\n\n    ```\n    code\n    ```\n  </TabItem>\n  <TabItem value=\"mac\">\n    Mac.\n  </TabItem>\n</Tabs>\n")
        #expect(text == "## Installer\n\n### Windows\n\nTexte.\n\n```\ncode\n```\n\n### mac\nMac.\n\n\n")
        #expect(shifts == [0, 0, 0, 0, -4, 0, -4, -4, -4, -2, 0, -4, -2, 0, 0])
        let headings = CommonMarkParser.parse(text).headings.map(\.text)
        #expect(headings == ["Installer", "Windows", "mac"])
    }

    @Test func importedImagesBecomeMarkdownImages() {
        let (text, _) = rewrite("""
            import capture from '@site/docs/images/capture.png';
            import Image from '@theme/IdealImage';

            <img src={capture} />
            <Image alt="Résultat [1]" img={capture} />
            <img src={inconnue} />
            <img src={capture} style={{flex: 1, maxWidth: '50%'}} />
            <img alt="Capture" src={useBaseUrl('img/a.png')} className="mobile" />
            <img src={require('./b.png').default} />
            <img src={require(`./${nom}.png`).default} />
            """)
        #expect(text == "\n\n\n![](<@site/docs/images/capture.png>)\n![Résultat \\[1\\]](<@site/docs/images/capture.png>)\n<!---->\n![](<@site/docs/images/capture.png>)\n![Capture](</img/a.png>)\n![](<./b.png>)\n<!---->")
        // Without imports, a page's `<img src={require(…)}>` too; indented in HTML, the HTML image.
        let page = "Avant.\n\n<img src={require('@site/static/img/a.gif').default} alt=\"Capture\" />\n\n<div className=\"gifs\">\n    <img src={require(\"@site/static/img/b.gif\").default} alt=\"B & C\" />\n</div>\n"
        #expect(MDXSyntax.mayHaveMDX(page))
        // Found in review: a page's plain image or tags in indented code make no MDX (its code kept).
        #expect(!MDXSyntax.mayHaveMDX("<img src=\"a.png\">\n\n    <Configuration status=\"WARN\">\n    </Configuration>\n"))
        #expect(rewrite(page).text == "Avant.\n\n![Capture](<@site/static/img/a.gif>)\n\n<div className=\"gifs\">\n    <img src=\"@site/static/img/b.gif\" alt=\"B &amp; C\">\n</div>\n")
    }

    /// A component whose `src` names an image file is that image, with its caption (VitePress'
    /// `<ZoomImg>`); with another `src`, it is a component as any.
    @Test func componentsShowingAnImageAreThatImage() {
        let (text, _) = rewrite("""
            <ZoomImg
                src="./import.png"
                alt="L'écran « Import »"
                caption="Trois fichiers & une couche"
            />
            <Figure src="/img/a.svg?v=2" alt="A &amp; B" />
            <Video src="./film.mp4" />
            """)
        #expect(text == """
            <figure><img src="./import.png" alt="L&#39;écran « Import »"><figcaption>Trois fichiers &amp; une couche</figcaption></figure>




            <img src="/img/a.svg?v=2" alt="A &amp; B">
            <!---->
            """)
    }

    /// A component whose tag holds JSX expressions or goes on over lines is left out as any, its
    /// props not shown as text, and what it holds read as Markdown.
    @Test func componentsWithExpressionsOrOverLinesAreOneTag() {
        let (text, _) = rewrite("""
            <ServiceCardGrid items={[{ title: "Kubernetes", href: "/k8s" }]} />

            <NavigationFooter
              prev={{ label: "Avant", to: "/a" }}
              next="Après >"
            />
            Texte.
            <Footer />
            <Encadre titre={x}>
            Dedans.
            </Encadre>
            """)
        #expect(text == "<!---->\n\n<!---->\n\n\n\nTexte.\n<!---->\n<!---->\nDedans.\n<!---->")
        let rendered = HTMLRenderer().render(CommonMarkParser.parse(text))
        #expect(!rendered.contains("Kubernetes") && !rendered.contains("Avant") && rendered.contains("Texte."))
        // Props over a hundred lines (hikube's list of service cards).
        let cards = (1...30).map { "  {\n    title: \"Service \($0)\",\n  }," }.joined(separator: "\n")
        #expect(rewrite("<ServiceCardGrid items={[\n\(cards)\n]} />\nFin.\n").text.hasPrefix("<!---->\n\n"))
        // Closed on the tag's last line, as Prettier writes an empty component.
        #expect(rewrite("<LinkCard\n  title=\"Guide\"\n  href=\"/guide/\"\n></LinkCard>\nFin.\n").text == "[Guide](</guide/>)\n\n\n\nFin.\n")
        // A component that links is that link; one without text is left out.
        #expect(rewrite("<LinkCard title=\"Guide\" href=\"/guide/\" description=\"Tout\" />\n<LinkButton href=\"/a/\" />\n").text
            == "[Guide](</guide/>) : Tout\n<!---->\n")
    }

    /// What a component holds is Markdown, as MDX reads it: a fence or text right after its tag,
    /// lines indented in it; its tags end the paragraph or list before them; each component is
    /// reported once, where the page first uses it, with how many times.
    @Test func whatAComponentHoldsIsMarkdown() throws {
        let page = """
            <Fragment slot="npm">
            ```jsx
            # pas un titre

            <img src={item.imageSrc} />
            ```
            </Fragment>
            <Encart type="tip">
            Voir **la page** [autre](autre.md).
            </Encart>
            <Card title="Carte">
                Texte **indenté**.

                Encore.
            </Card>
            <YouTube id="abc" />
            Après la vidéo.
            <Steps>
            1. Un
            2. Deux
            </Steps>
            <Steps>
            1. Trois
            </Steps>
            """
        let rewritten = MDXSyntax.rewrite(page)
        let html = HTMLRenderer().render(CommonMarkParser.parse(rewritten.text))
        #expect(html.contains("<pre><code class=\"language-jsx\"># pas un titre\n\n&lt;img src={item.imageSrc} /&gt;\n</code></pre>"), "\(html)")
        #expect(html.contains("<p>Voir <strong>la page</strong> <a href=\"autre.md\">autre</a>.</p>"))
        #expect(html.contains("<h2 id=\"carte\">Carte</h2>\n<p>Texte <strong>indenté</strong>.</p>\n<p>Encore.</p>") && html.contains("<p>Après la vidéo.</p>"), "\(html)")
        #expect(html.contains("<ol>\n<li>Un</li>\n<li>Deux</li>\n</ol>\n<ol>\n<li>Trois</li>\n</ol>"))
        #expect(!html.contains("<h1") && !html.contains("Steps") && !html.contains("slot"))
        #expect(rewritten.components.map { "\($0.line):\($0.column) \($0.directive) \($0.uses) \($0.holdsContent)" }
            == ["1:1 <Fragment> 1 true", "8:1 <Encart> 1 true", "16:1 <YouTube> 1 false", "18:1 <Steps> 2 true"])
    }

    /// Starlight's `<Aside>`, Nextra's `<Callout>`, Docusaurus' `<Admonition>` are callouts.
    @Test func calloutComponentsAreCallouts() {
        let rewritten = MDXSyntax.rewrite("<Aside type=\"caution\" title=\"A]B\">\nTexte.\n</Aside>\n\n<Callout type=\"bizarre\">\n  Erreur.\n</Callout>\n<Warning />\n")
        #expect(rewritten.text == ":::caution A]B\nTexte.\n:::\n\n:::note\nErreur.\n:::\n<!---->\n", "\(rewritten.text)")
        // Its tag over several lines or with an expression; a closing tag with no callout open is no container's end.
        let spread = MDXSyntax.rewrite("<Aside\n  type=\"danger\"\n  icon={star}>\nConseil.\n</Aside>\n</Note>\n")
        #expect(spread.text == ":::danger\n\n\nConseil.\n:::\n<!---->\n", "\(spread.text)")
        let html = HTMLRenderer().render(CommonMarkParser.parse(ForeignContainers.rewrite(rewritten.text).text))
        #expect(html.components(separatedBy: "class=\"callout callout-").count == 3 && html.contains("Erreur."), "\(html)")
        #expect(rewritten.components.map(\.directive) == ["<Warning>"])
    }

    /// Code written in HTML or Liquid (`<pre>`, Jekyll's `{% highlight %}`) is code: its `import`
    /// lines are kept, and its braces are no expressions.
    @Test func codeInPreAndHighlightBlocksIsKept() {
        let page = "{% highlight ts %}\nimport { a } from \"b\";\nconst x = { a };\n{% endhighlight %}\n\n<pre>\nimport x from \"y\";\n</pre>\n"
        let rewritten = MDXSyntax.rewrite(page)
        #expect(rewritten.text == page && rewritten.expressions.isEmpty)
        #expect(MDXSyntax.rewrite("import x from 'y';\n\n<pre>\n{ a }\n</pre>\n{b}\n").expressions.map(\.directive) == ["{b}"])
        // `<pre` in a fence is the fence's code: the page goes on after it.
        let fenced = MDXSyntax.rewrite("```html\n<pre class=\"x\">\n```\nimport N from './n'\n\n{c}\n")
        #expect(fenced.text == "```html\n<pre class=\"x\">\n```\n\n\n{c}\n" && fenced.expressions.map(\.directive) == ["{c}"], "\(fenced.text)")
    }

    /// In a list item, a component and its text stay in the item; a fence indented there is a
    /// fence, its `<Tag>` lines code; a tab indents as four spaces.
    @Test func componentsInListItemsStayThere() {
        let page = "import X from 'y';\n\n- Créer :\n\n  <Foo>\n\n  Note.\n\n  </Foo>\n\n- Suite\n\n1. Ajouter :\n\n    ```astro\n    <BaseLayout>\n    ```\n\n2. Fin\n\n<Card title=\"Lunes\">\n\tIo, Europe\n</Card>\n"
        let html = HTMLRenderer().render(CommonMarkParser.parse(MDXSyntax.rewrite(page).text))
        #expect(html.components(separatedBy: "<ul>").count == 2 && html.contains("<p>Note.</p>") && html.contains("<li>\n<p>Suite</p>"), "\(html)")
        #expect(html.contains("<code class=\"language-astro\">&lt;BaseLayout&gt;\n</code>") && html.components(separatedBy: "<ol>").count == 2, "\(html)")
        #expect(html.contains("<p>Io, Europe</p>"), "\(html)")
    }

    /// A component closed at the end of a line of text (`texte.</Card>`) ends there: the lines
    /// after it keep their indent.
    @Test func aComponentClosedAfterTextEndsThere() {
        let text = MDXSyntax.rewrite("<Card>\n  Du texte.</Card>\n- Point\n  - Sous-point\n").text
        #expect(text == "<!---->\nDu texte.</Card>\n- Point\n  - Sous-point\n", "\(text)")
    }

    /// A component titled by its `title` (Starlight's `<Card>`, Mintlify's `<Step>`) and a tab
    /// are a heading one level below the one before them, their siblings too, whatever headings
    /// they hold; after them, headings go on from that level.
    @Test func titledComponentsAndTabsAreSiblingHeadings() {
        let page = """
            ## Choisir
            <CardGrid>
            <Card title="Créer un compte" icon="pencil">
            ### Prérequis
            Texte.
            </Card>
            <Card title="Se connecter" icon={star}>
            Suite.</Card>
            </CardGrid>
            <Tabs>
            <TabItem label="Windows">
            #### Détail
            </TabItem>
            <TabItem label="macOS">
            Mac.
            </TabItem>
            </Tabs>
            <Aside title="Note">
            Texte.
            </Aside>
            """
        let rewritten = MDXSyntax.rewrite(page)
        #expect(rewritten.text == """
            ## Choisir
            <!---->
            ### Créer un compte
            ### Prérequis
            Texte.
            <!---->
            ### Se connecter
            Suite.</Card>
            <!---->

            ### Windows
            #### Détail

            ### macOS
            Mac.


            :::note Note
            Texte.
            :::
            """, "\(rewritten.text)")
        #expect(rewritten.components.map(\.directive) == ["<CardGrid>"])
        // Another component's title is no heading (found in review): Docusaurus' code block names its file.
        let code = MDXSyntax.rewrite("<CodeBlock language=\"jsx\" title=\"/src/Hello.js\">\nx\n</CodeBlock>\n")
        #expect(code.text == "<!---->\nx\n<!---->\n" && code.components.map(\.directive) == ["<CodeBlock>"], "\(code.text)")
    }

    @Test func pagesWithoutMDXAreLeftAsTheyAre() {
        let text = "# Titre\n\n    code indenté\n<div>\n"
        #expect(MDXSyntax.rewrite(text).text == text)
    }

    /// Docusaurus 3's explicit heading id, a comment in MDX, is the heading's anchor.
    @Test func aHeadingsCommentNamingAnAnchorIsItsId() throws {
        #expect(rewrite("## Télécharger {/* #download */}\n").text == "## Télécharger {#download}\n")
        #expect(rewrite("## Télécharger {/* une note */}\n").text == "## Télécharger \n")
        #expect(rewrite("Texte {/* #pas-un-titre */}\n").text == "Texte \n")
        let html = HTMLRenderer().render(ParseStage.document(of: "## Télécharger l'appli {/* #download */}\n"))
        #expect(html.contains("id=\"download\"") && html.contains("appli</h2>"), "\(html)")
    }

    /// Found in review: prose and code that look like MDX stay as written.
    @Test func proseAndCodeThatLookLikeMDXStay() {
        let prose = "# Titre\n\nUn commentaire ouvert `{/*` dans du code.\n\n## Suite\n\nLes commentaires `{/* ainsi */}` aussi.\n"
        #expect(rewrite(prose).text == prose)
        let export = "export default est le mot-clé\nde l'exemple.\n"
        #expect(rewrite(export).text == export)
        let fences = "````md\n```js\nimport Tabs from '@theme/Tabs';\n```\n````\n"
        #expect(rewrite(fences).text == fences)
        // A comment never closed ends at the next blank line; one that closes takes its blank lines.
        #expect(rewrite("{/* ouvert\nsuite\n\n## Titre\n").text == "\n\n\n## Titre\n")
        #expect(rewrite("{/* Ancien bloc\n\n[Lien mort](/nulle-part)\n\n*/}\nSuite.\n").text == "\n\n\n\n   \nSuite.\n")
        #expect(rewrite("{/* a */} Texte {/* b\n\nc */} fin.\n").text == " Texte \n\n      fin.\n")
        // Another comment's end is not its own (found in review).
        #expect(rewrite("{/* jamais fermé\n\nTexte.\n\n{/* autre */}\n").text == "\n\nTexte.\n\n\n")
        #expect(!MDXSyntax.mayHaveMDX("Faire l'export des volontaires, puis l'import des notes.\n"))
        #expect(MDXSyntax.mayHaveMDX("Texte\nimport A from './a.png'\n"))
    }
}
