import RepereSupport
import Testing

/// Text escaped for HTML and XML: markup characters as entities, control characters neither
/// allows as « � » (found in a sweep: a title's `\u{13}` made feed.xml unreadable).
@Suite struct HTMLEscapingTests {
    @Test func markupCharactersAreEntities() {
        #expect(HTMLEscaping.escape(#"<a href="x">l'été & co</a>"#) == "&lt;a href=&quot;x&quot;&gt;l&#39;été &amp; co&lt;/a&gt;")
        #expect(HTMLEscaping.escape("Texte sans rien") == "Texte sans rien")
    }

    @Test func controlCharactersAreReplaced() {
        #expect(HTMLEscaping.escape("a\u{0}b\u{7}c\u{13}d\u{7F}e") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e")
        #expect(HTMLEscaping.escape("ligne\u{0B}suite\u{0C}fin") == "ligne suite fin", "Word's vertical tab, a form feed: spaces")
        #expect(HTMLEscaping.escape("tab\tligne\nretour\r") == "tab\tligne\nretour\r")
    }
}
