import Foundation
import RepereContent
@testable import RepereRender
@testable import RepereSite
import RepereTestSupport
import Testing

@Suite struct ThemeTests {
    @Test func percentEncodingKeepsOnlyUnreservedASCII() {
        #expect(SiteModel.percentEncoded("Étape 2 / ok?") == "%C3%89tape%202%20%2F%20ok%3F")
        #expect(SiteModel.percentEncoded("a-b_c.d~e") == "a-b_c.d~e")
    }

    @Test func theCSPAllowsOnlyTheFeedbackEndpointsOrigin() {
        #expect(ContentSecurityPolicy.origin(of: "https://retours.exemple.fr:8443/avis?x=1") == "https://retours.exemple.fr:8443")
        #expect(ContentSecurityPolicy.origin(of: "/avis") == nil)
        #expect(ContentSecurityPolicy.meta(allowing: "").hasSuffix("form-action 'self'; connect-src 'self'"))
        #expect(ContentSecurityPolicy.meta(allowing: "https://r.fr/a").hasSuffix("form-action 'self' https://r.fr; connect-src 'self' https://r.fr"))
    }

    /// The built-in theme escapes everything it inserts but the HTML the renderer made from
    /// Markdown (`{{{page.content}}}`, `{{{content}}}`): titles, descriptions, tags, dates and URLs
    /// always go through `{{…}}`.
    @Test func theBuiltInThemeInsertsOnlyRenderedHTMLUnescaped() throws {
        let folder = GeneratedFile.repositoryRoot.appendingPathComponent("templates")
        let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".mustache") } ?? []
        #expect(files.count > 10)
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            let raw = text.matches(of: /\{\{\s*(\{|&)\s*([^}\s]*)/).map { String($0.output.2) }
            #expect(raw.allSatisfy { $0 == "page.content" || $0 == "content" }, "\(file): \(raw)")
        }
    }

    @Test func aProjectOverridesSingleUIStrings() throws {
        let project = TemporaryDirectory()
        try project.write(["templates/i18n/fr.yml": "toc_title: Dans cette page\n"])
        let theme = try Theme.load(overrides: project.url.appendingPathComponent("templates")).get()
        #expect(theme.strings["toc_title"] == "Dans cette page")
        #expect(theme.strings["edit_page"] == "Modifier cette page")
    }

    @Test func checkReportsGlossaryProblems() throws {
        let project = TemporaryDirectory()
        try project.write(["content/a.md": "---\ntitle: A\n---\n", "content/glossary.yml": "terms:\n  - definition: sans terme\n"])
        let (config, _) = try Project.configuration(in: project.url)
        let outcome = try BuildPipeline(options: BuildOptions(projectDirectory: project.url, configuration: config, outputDirectory: project.url.appendingPathComponent("site")))
            .run(.check)
        #expect(outcome.report.diagnostics.map(\.id).contains("glossary.missing-term"))
    }

    @Test func frenchDatesUsePremierForTheFirstDay() {
        #expect(FrenchDate.long(CalendarDate("2026-03-01")!) == "1er mars 2026")
        #expect(FrenchDate.long(CalendarDate("2026-12-25")!) == "25 décembre 2026")
    }
}
