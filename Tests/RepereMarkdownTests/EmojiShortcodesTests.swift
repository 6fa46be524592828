import RepereContent
import RepereTestSupport
import Testing
@testable import RepereMarkdown

/// MkDocs Material's emoji shortcodes, with the characters its default index (Twemoji's names
/// from pymdown-extensions) gives them.
@Suite struct EmojiShortcodesTests {
    func html(_ markdown: String) -> String { HTMLRenderer().render(CommonMarkParser.parse(markdown)) }

    /// What Material shows for each (its image's alternative text); Unicode's own names would
    /// give other characters (`smile` is ⌣, U+2323).
    @Test(arguments: [
        ("smile", "😄"), ("wink", "😉"), ("calendar", "📆"), ("slightly_smiling_face", "🙂"), ("+1", "👍"), ("thumbsup", "👍"),
        ("tada", "🎉"), ("world_map", "🗺️"), ("heart", "❤️"), ("warning", "⚠️"), ("flag_fr", "🇫🇷"), ("thumbsup_tone3", "👍🏽"),
    ])
    func namesGiveMaterialsCharacters(name: String, expected: String) {
        #expect(EmojiShortcodes.table[name] == expected)
        #expect(html("Bravo :\(name): !\n") == "<p>Bravo \(expected) !</p>\n")
    }

    @Test func shortcodesAreReadInAnyTextButCode() {
        #expect(html("## Fête :tada:\n\n[Lien :rocket:](https://exemple.fr) *:pray:* `:wink:`\n")
            == "<h2 id=\"fete\">Fête 🎉</h2>\n<p><a href=\"https://exemple.fr\">Lien 🚀</a> <em>🙏</em> <code>:wink:</code></p>\n")
        #expect(html("```\n:wink:\n```\n").contains(":wink:"))
    }

    @Test(arguments: [":inconnu:", "à 10:30:45", ":Wink:", ": wink :", "::", "a:b"])
    func whatIsNoKnownShortcodeStaysAsWritten(text: String) {
        #expect(EmojiShortcodes.replacing(in: text) == nil)
    }

    /// A page's title, from its `# heading` or its front-matter, shows its emoji too.
    @Test func titlesShowTheirEmoji() throws {
        let loaded = try ContentLoader(configuration: .init()).load(from: InMemorySource([
            "a.md": "# Annales :pencil2:\n", "b.md": "---\ntitle: \"Départ :rocket: à 10:30\"\n---\n",
        ]))
        let titles = ParseStage(filter: .init(allowsRawHTML: false)).run(loaded.pages).pages.map(\.page.title)
        #expect(titles.contains("Annales ✏️") && titles.contains("Départ 🚀 à 10:30"))
    }

    @Test func iconsAreTakenOutAndEmojiReplacedInOneText() {
        #expect(html(":material-information: Info :wink:\n") == "<p> Info 😉</p>\n")
    }
}
