import Testing
@testable import RepereMarkdown

/// Wiki links (`[[Page]]`, Obsidian's `![[capture.png]]`) become Markdown links to the name.
@Suite struct WikiLinksTests {
    @Test(arguments: [
        ("Voir [[Créer un compte]].", "Voir [Créer un compte](<wiki-ref:Créer un compte>)."),
        ("[[Page#Étape 2|l'étape]] et [[Page#Fin]]", "[l'étape](<wiki-ref:Page#Étape 2>) et [Page › Fin](<wiki-ref:Page#Fin>)"),
        // GitHub's wikis: the label first, the page's name (no space, a `-`) after.
        ("[[NBN Atlas Wales|Environnement-de-production]]", "[NBN Atlas Wales](<wiki-ref:Environnement-de-production>)"),
        // A heading of the page itself; a `|` escaped in a table cell.
        ("[[#Texte]] [[#Liste|la liste]]", "[Texte](<#Texte>) [la liste](<#Liste>)"),
        ("| [[Autre\\|alias]] | ![[img.png\\|100]] |", "| [alias](<wiki-ref:Autre>) | ![](<wiki-ref:img.png>){ width=100 } |"),
        ("[[le rapport|https://x.fr/a]] [[https://x.fr/b]]", "[le rapport](<https://x.fr/a>) [https://x.fr/b](<https://x.fr/b>)"),
        // A size (`|300`, `|300x200`) is the image's attribute list; other text its alternative.
        ("![[capture écran.png]] ![[schema.png|300]] ![[Note]]", "![](<wiki-ref:capture écran.png>) ![](<wiki-ref:schema.png>){ width=300 } [Note](<wiki-ref:Note>)"),
        ("![[a.png|300x200]] ![[b.png|Le schéma]] ![[c.png|x300]]", "![](<wiki-ref:a.png>){ width=300 height=200 } ![Le schéma](<wiki-ref:b.png>) ![x300](<wiki-ref:c.png>)"),
        // The author's own list after it takes the size in (found in a review: it was shown as text).
        ("![[a.png|300]]{ loading=lazy } ![[b.png|20]]{: .c }", "![](<wiki-ref:a.png>){ width=300  loading=lazy } ![](<wiki-ref:b.png>){ width=20  .c }"),
        // Links whose text is `[1]`, code, an empty or unclosed pair: as written.
        ("[[1]](https://x.fr) [[2]][ref] `[[a]]` [[ ]] [[ouvert", "[[1]](https://x.fr) [[2]][ref] `[[a]]` [[ ]] [[ouvert"),
        // A shell's test, an index after a word, a pipe alone: no link.
        ("    if [[ -f x ]]; then a[[0]] [[|]] [[\\|]]", "    if [[ -f x ]]; then a[[0]] [[|]] [[\\|]]"),
        ("[[a[b]] [[x]] [[c[[d]]", "[[a[b]] [x](<wiki-ref:x>) [[c[d](<wiki-ref:d>)"),
    ])
    func wikiLinksBecomeLinks(written: String, rewritten: String) {
        #expect(WikiLinks.rewrite([written]) == [rewritten])
    }

    /// A wiki link that reaches nothing (the build reports it) shows its name as a relative
    /// address, never the marker.
    @Test func anUnresolvedWikiLinkShowsItsName() {
        let html = HTMLRenderer().render(CommonMarkParser.parse("[x](<wiki-ref:Mon exemple#Détails>)\n"))
        #expect(html == "<p><a href=\"Mon%20exemple#D%C3%A9tails\">x</a></p>\n")
    }

    @Test func codeBlocksAreLeftAsWritten() {
        #expect(WikiLinks.rewrite(["```", "[[a]]", "```", "[[b]]"]) == ["```", "[[a]]", "```", "[b](<wiki-ref:b>)"])
        #expect(WikiLinks.rewrite(["[[TOC]]", " [[toc]] ", "[[toc]] et", "> [[toc]]"]) == ["", " ", "[toc](<wiki-ref:toc>) et", "> "])
        #expect(ForeignContainers.rewrite("Voir [[Page]].\n").text == "Voir [Page](<wiki-ref:Page>).\n")
    }
}
