@testable import RepereSupport
import Testing

/// Character references decoded as a browser reads them: numeric ones and HTML 4.01's names.
@Suite struct HTMLEntitiesTests {
    /// Found in a sweep: a tweet's `&mdash;` and `&copy;` showed as written on 69 pages.
    @Test func htmlFoursNamedReferencesAreDecoded() {
        #expect(HTMLEntities.decoded("&mdash; &copy; &laquo;x&raquo; &eacute;t&eacute; &hellip; &euro; &nbsp;&amp;&apos;")
            == "— © «x» été … € \u{A0}&'")
        #expect(HTMLEntities.decoded("&Eacute; &eacute; &alpha;&Omega;") == "É é αΩ", "case tells names apart")
        #expect(HTMLEntities.decoded("&unknown; &mdash &; AT&T") == "&unknown; &mdash &; AT&T", "anything else as written")
        #expect(HTMLEntities.html4.count == 252)
    }
}
