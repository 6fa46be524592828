import Mustache
import RepereTestSupport
import Testing
@testable import RepereSite

@Suite struct TemplateEscapingTests {
    /// The fast escaping gives exactly swift-mustache's bytes, combining marks and all.
    @Test(arguments: [
        "", "texte sans rien", "Séjour d'été & « transport » <b>", "\"citation\" 'simple'", "a<\u{301}b & c",
        "\u{600}<x", "<\u{200D}>", "🇫🇷&🇧🇪", "e\u{301}<", "\r\n<\r\n", "&amp;&lt;", String(repeating: "é<", count: 100),
    ])
    func matchesSwiftMustache(text: String) throws {
        let plain = try MustacheTemplate(string: "{{x}}").render(["x": text])
        let fast = try MustacheTemplate(string: TemplateEscaping.pragma + "{{x}}").render(["x": text])
        #expect(fast == plain)
    }

    @Test func templateErrorsKeepTheirLineNumbers() throws {
        let folder = TemporaryDirectory()
        try folder.write(["article.mustache": "ligne 1\n{{#x}}\n"])
        guard case .failure(let failure) = Theme.load(overrides: folder.url) else {
            Issue.record("an unclosed section should be an error")
            return
        }
        #expect(failure.diagnostics.first?.location?.line == 3)
    }
}
