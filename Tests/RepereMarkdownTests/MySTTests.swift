import Testing

@testable import RepereMarkdown

/// MyST, Sphinx's Markdown: its directives and roles read as what they show (found in a sweep:
/// a Sphinx site's 20 `{toctree}` showed as code blocks).
@Suite struct MySTTests {
    private func html(_ markdown: String) -> String {
        HTMLRenderer().render(ParseStage.document(of: markdown))
    }

    @Test func admonitionsAreCallouts() {
        #expect(html("```{note}\nUne **note**.\n```\n") == html("> [!NOTE]\n> Une **note**.\n"))
        #expect(html("````{admonition} Le titre\n:class: tip\n\nTexte.\n\n```python\nprint(1)\n```\n````\n\nSuite.\n")
            == html("> [!NOTE] Le titre\n>\n> Texte.\n>\n> ```python\n> print(1)\n> ```\n\nSuite.\n"))
        #expect(html(":::{warning}\nAttention !\n:::\n\n:::{admonition} Titre\n:class: x\nContenu.\n:::\n")
            == html("> [!WARNING]\n> Attention !\n\n> [!NOTE] Titre\n> Contenu.\n"))
        #expect(html("```{tip} Le texte sur la ligne.\n```\n") == html("> [!TIP]\n> Le texte sur la ligne.\n"), "a note's argument is its first line")
    }

    @Test func theTableOfContentsIsLeftOutAndCodeAndFiguresAreWhatTheySay() {
        #expect(html("Avant.\n\n```{toctree}\n:maxdepth: 1\n\nguide\n```\n\nAprès.\n") == "<p>Avant.</p>\n<p>Après.</p>\n")
        #expect(html("```{code-block} bash\n:caption: Installer\n\npip install x\n```\n") == "<pre><code class=\"language-bash\">pip install x\n</code></pre>\n")
        #expect(html("```{figure} carte.png\n:alt: La carte\n\nLa légende.\n```\n") == "<p><img src=\"carte.png\" alt=\"La carte\" loading=\"lazy\"></p>\n<p>La légende.</p>\n")
        #expect(html("```{tab-item} Windows\nTexte.\n```\n") == "<h2 id=\"windows\">Windows</h2>\n<p>Texte.</p>\n")
    }

    @Test func anUnknownDirectiveIsACodeBlockAndReported() {
        let document = ParseStage.document(of: "```{eval-rst}\n.. autofunction:: x\n```\n")
        #expect(HTMLRenderer().render(document) == "<pre><code>.. autofunction:: x\n</code></pre>\n")
        #expect(document.unknownDirectives.map(\.directive) == ["```{eval-rst}"])
        #expect(html("```python\n{note}\n```\n") == "<pre><code class=\"language-python\">{note}\n</code></pre>\n", "a fence's text is code")
    }

    /// Colon fences read as the backtick ones (found in a review: tabs lost their titles, code was
    /// Markdown, a `:::{toctree}` showed its entries).
    @Test func colonFencesReadAsBacktickOnes() {
        #expect(html("::::{tab-set}\n:::{tab-item} Linux\nTexte L.\n:::\n:::{tab-item} Windows\nTexte W.\n:::\n::::\n")
            == "<h2 id=\"linux\">Linux</h2>\n<p>Texte L.</p>\n<h2 id=\"windows\">Windows</h2>\n<p>Texte W.</p>\n")
        #expect(html(":::{code-block} python\n:linenos:\nx = [1]  # *pas d'emphase*\n```\n:::\n\nSuite.\n")
            == "<pre><code class=\"language-python\">x = [1]  # *pas d&#39;emphase*\n```\n</code></pre>\n<p>Suite.</p>\n")
        let toctree = ParseStage.document(of: "Avant.\n\n:::{toctree}\nguide\n:::\n\nAprès.\n")
        #expect(HTMLRenderer().render(toctree) == "<p>Avant.</p>\n<p>Après.</p>\n" && toctree.unknownDirectives.isEmpty)
        #expect(html(":::{card} Une carte\nTexte.\n:::\n") == "<p><strong>Une carte</strong></p>\n<p>Texte.</p>\n")
    }

    /// R Markdown's and Quarto's ```` ```{r} ```` are code in that language, not reported (found in a review).
    @Test func aLanguageInBracesIsCode() {
        let document = ParseStage.document(of: "```{r}\nx <- 1\n```\n\n```{python}\nprint(1)\n```\n")
        #expect(HTMLRenderer().render(document) == "<pre><code class=\"language-r\">x &lt;- 1\n</code></pre>\n<pre><code class=\"language-python\">print(1)\n</code></pre>\n")
        #expect(document.unknownDirectives.isEmpty)
    }

    /// An extension's directive of one word shows what it holds, reported; one given a language
    /// is code; those that show nothing in Sphinx show nothing (found in a sweep: 1,100 were code
    /// boxes, some empty, none reported).
    @Test func anExtensionsDirectiveShowsWhatItHolds() {
        let document = ParseStage.document(of: "````{solution} ex-age\n:class: dropdown\nIl suffit d'**afficher** :\n\n```python\nprint(6)\n```\n````\n\n```{iframe} https://x.ch/demo\n:title: La démo\n```\n")
        #expect(HTMLRenderer().render(document)
            == "<p><strong>ex-age</strong></p>\n<p>Il suffit d&#39;<strong>afficher</strong> :</p>\n<pre><code class=\"language-python\">print(6)\n</code></pre>\n<p><a href=\"https://x.ch/demo\">La démo</a></p>\n")
        #expect(document.unknownDirectives.map(\.directive) == ["```{solution}", "```{iframe}"] && document.unknownDirectives.allSatisfy(\.holdsContent))
        // Only a runner's argument is a language: `{only} html` stays a reported code block, sphinx-tabs' `{tab} Python` text.
        let only = ParseStage.document(of: "```{only} html\nCe texte **gras**.\n```\n\n```{tab} Python\nInstallez **Python**.\n```\n")
        #expect(only.unknownDirectives.map(\.directive) == ["```{only}", "```{tab}"] && HTMLRenderer().render(only).contains("<strong>Python</strong>"))
        let runner = ParseStage.document(of: "```{exec} python\n:name: a\nprint(1)\n```\n\n```{metadata}\norphan: true\n```\n\n```{role} python(code)\n:language: python\n```\n")
        #expect(HTMLRenderer().render(runner) == "<pre><code class=\"language-python\">print(1)\n</code></pre>\n" && runner.unknownDirectives.isEmpty)
    }

    /// A target names the heading under it, or marks its place; comments are not shown (found in a
    /// sweep: `(hyperliens)=` and a teacher's `% note` were on the page, a link to the target an error).
    @Test func targetsAreAnchorsAndCommentsAreHidden() {
        #expect(html("% Copyright 2026\n% SPDX-License-Identifier: CC-BY-4.0\n\n# Chapitre\n\n(liens)=\n## Les liens\n\nVoir [ici](#liens).\n\n% Pour l'enseignant.\nSuite.\n\n(fin)=\nFin.\n")
            == "<h1 id=\"chapitre\">Chapitre</h1>\n<h2 id=\"liens\">Les liens</h2>\n<p>Voir <a href=\"#liens\">ici</a>.</p>\n<p>Suite.</p>\n<p><span id=\"fin\"></span>\nFin.</p>\n")
        // Found in a review: stacked targets, a target above code, a page whose only MyST is a directive.
        #expect(html("(a)=\n(b)=\n## Titre\n\n[x](#a) [y](#b)\n") == "<p><span id=\"a\"></span></p>\n<h2 id=\"b\">Titre</h2>\n<p><a href=\"#a\">x</a> <a href=\"#b\">y</a></p>\n")
        #expect(html("(c)=\n```python\nx = 1\n```\n\n## Deux\n").contains("<h2 id=\"deux\">Deux</h2>"))
        #expect(!html("```{note}\nUne note.\n```\n\nTexte.\n% ne pas publier\n").contains("publier"))
        // Outside MyST, a line starting with `%` past the top is text; in code, always.
        #expect(html("Le taux :\n% de réussite.\n") == "<p>Le taux :\n% de réussite.</p>\n")
        #expect(html("```\n% pas un commentaire\n```\n") == "<pre><code>% pas un commentaire\n</code></pre>\n")
    }

    /// Found in a review: each `{` looked for its `}` to the line's end (19 s for 20,000).
    @Test(.timeLimit(.minutes(1)))
    func aLineOfBracesIsReadInOnePass() {
        let line = String(repeating: "{", count: 200_000) + "}`x`"
        #expect(MySTRoles.rewrite(line: line).hasPrefix("{{{"))
    }

    @Test func rolesAreLinksOrText() {
        #expect(MySTRoles.rewrite(line: "Voir {doc}`guide/installer`, {doc}`le guide <guide/a>`, {download}`PDF <a.pdf>`.")
            == "Voir [installer.md](<guide/installer.md>), [le guide](<guide/a.md>), [PDF](<a.pdf>).")
        #expect(MySTRoles.rewrite(line: "{ref}`La section <sec-a>`, {term}`SNU`, {math}`a^2`, `{doc}` x`, {x} `y`")
            == "La section, SNU, `a^2`, `{doc}` x`, {x} `y`")
        #expect(MySTRoles.rewrite(["```", "{doc}`a`", "```"]) == ["```", "{doc}`a`", "```"], "code blocks are left as written")
    }
}
