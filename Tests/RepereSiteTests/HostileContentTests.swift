import Foundation
import FoundationXML
import RepereContent
@testable import RepereSite
import RepereTestSupport
import Testing

/// A project written by a hostile author: every field that reaches the site (titles,
/// descriptions, tags, categories, keywords, headings, bodies, links, image alternatives, raw
/// HTML, event fields, glossary terms, audience labels, Git author names and commit messages)
/// carries script, event handler and quote-breaking payloads, and URLs carry `javascript:`.
/// Every file of the site is then checked in its own language (the threat model,
/// Documentation/Contributing/threat-model.md, names these tests).
@Suite struct HostileContentTests {
    static let payload = #"</script><script>alert(1)</script>"'><img src=x onerror=alert(1)>&amp;"#

    /// `text` as a single-quoted YAML scalar.
    static func yaml(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }

    static func page(_ extra: String, body: String = "", description: String = yaml(payload)) -> String {
        let p = yaml(payload)
        return "---\ntitle: \(p)\ndescription: \(description)\ntags: [\(p)]\ncategory: \(p)\nkeywords: [\(p)]\n\(extra)---\n\(body)\n"
    }

    static let body = """
        ## Étape \(payload)

        \(payload) *\(payload)* `\(payload)`

        [lien \(payload)](javascript:alert(1)) [entité](&#106;avascript:alert(1)) [espaces]( java\tscript:alert(1))
        [vb](vbscript:msgbox(1)) [donnée](data:text/html;base64,PHNjcmlwdD4=) [page](b.md "\(payload)")
        ![\(payload)](data:image/svg+xml,<svg/onload=alert(1)>) <https://exemple.fr/"onmouseover="alert(1)>

        <img src=x onerror=alert(1)> <a href="javascript:alert(1)">a</a> <span onclick="alert(1)" title="\(payload)">s</span>
        <svg><script>alert(1)</script></svg>

        | \(payload) | b |
        |---|---|
        | \(payload) | [x](javascript:alert(1)) |

        > [!NOTE]
        > \(payload)

        ```html
        \(payload)
        ```
        """

    /// The hostile project in a Git repository (author names and commit messages reach the site).
    static func makeRepository() throws -> FixtureRepository {
        let repo = try FixtureRepository()
        let p = yaml(payload)
        try repo.write("repere.yml", """
            title: \(p)
            description: \(p)
            base_url: https://aide.exemple.fr/
            audiences:
              agent: \(p)
            """)
        try repo.write("content/_index.md", page(""))
        // The payload's `<img src=x onerror=…>` is read as an image: its file exists, so the build runs.
        try repo.write("content/s/x", "GIF89a")
        try repo.write("content/s/_section.md", page("", body: payload))
        try repo.write("content/s/a.md", page("audience: [agent]\naliases: ['//evil.example/', 'https://evil.example/x']\n", body: body))
        try repo.write("content/s/b.md", page("type: faq\n", body: body))
        try repo.write("content/s/c.md", page("type: tutorial\n", body: "1. \(payload)\n2. [x](a.md)\n"))
        try repo.write("content/s/evenement.md", page("""
            type: event
            start: 2027-03-28 14:00
            end: 15:30
            location: \(p)
            registration_url: 'javascript:alert(1)'
            replay: 'javascript:alert(1)'
            join_url: "https://exemple.fr/x\\r\\nATTACH:https://evil.example/x"

            """, body: body, description: #""ligne\r\nATTACH:https://evil.example/x\r\nBEGIN:VEVENT\nSUMMARY:x""#))
        // Files that would run on the site's origin (the HTML one is checked with the pages).
        try repo.write("content/s/outil.html", "<script>alert(1)</script>")
        try repo.write("content/s/outil.js", "alert(1)")
        try repo.write("content/s/image.svg", #"<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>"#)
        try repo.write("content/glossary.yml", """
            terms:
              - term: \(p)
                expansion: \(p)
                definition: \(p)
                synonyms: [\(p)]
            """)
        try repo.commit("Ajout\n\nNouveauté : \(payload)", author: #"Ève " onmouseover='alert(1)' & co"#, at: 0)
        return repo
    }

    /// The hostile site, built once for every test of the suite.
    static let built = Result { try buildSite() }

    /// Builds the hostile project and returns the site folder (the build may report problems).
    static func buildSite() throws -> (site: URL, keep: TemporaryDirectory, repository: FixtureRepository) {
        let repo = try makeRepository()
        let out = TemporaryDirectory()
        let url = URL(fileURLWithPath: repo.path)
        let (config, problems) = try Project.configuration(in: url)
        var options = BuildOptions(projectDirectory: url, configuration: config, outputDirectory: out.url.appendingPathComponent("site"))
        options.today = CalendarDate(year: 2027, month: 1, day: 1)
        _ = try BuildPipeline(options: options).run(extraDiagnostics: problems)
        return (out.url.appendingPathComponent("site"), out, repo)
    }

    static func files(in site: URL, withExtension ext: String) throws -> [(path: String, text: String)] {
        let paths = FileManager.default.enumerator(atPath: site.path)?.compactMap { $0 as? String } ?? []
        return try paths.filter { $0.hasSuffix("." + ext) }.sorted().map {
            ($0, try String(contentsOf: site.appendingPathComponent($0), encoding: .utf8))
        }
    }

    @Test func everyHTMLPageIsFreeOfScriptsHandlersAndDangerousURLs() throws {
        let site = try Self.built.get().site
        let pages = try Self.files(in: site, withExtension: "html")
        // Not vacuous: the hostile pages were published, their payload shown as text.
        let article = try #require(pages.first { $0.path == "s/a/index.html" })
        #expect(article.text.contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(pages.contains { $0.path == "s/evenement/index.html" })
        for active in ["s/outil.js", "s/image.svg"] {
            #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent(active).path), "\(active)")
        }
        for page in pages {
            #expect(HTMLSafety.violation(in: page.text, allowedScripts: "/_repere/") == nil, "\(page.path)")
        }
    }

    @Test func aliasesRedirectOnlyToPagesOfTheSite() throws {
        let site = try Self.built.get().site
        let refreshes = try Self.files(in: site, withExtension: "html").compactMap { page in
            page.text.firstRange(of: #"http-equiv="refresh" content="0; url="#).map { (page.path, page.text[$0.upperBound...].prefix { $0 != "\"" }) }
        }
        #expect(!refreshes.isEmpty)
        for (path, target) in refreshes {
            #expect(target == "/s/a/", "\(path) → \(target)")
        }
    }

    @Test func jsonFilesParseAndKeepThePayloadAsData() throws {
        let site = try Self.built.get().site
        let files = try Self.files(in: site, withExtension: "json")
        #expect(files.contains { $0.path.hasPrefix("search/") } && files.contains { $0.path == "graph.json" })
        var sawPayload = false
        for file in files {
            let value = try JSONSerialization.jsonObject(with: Data(file.text.utf8), options: [.fragmentsAllowed])
            sawPayload = sawPayload || "\(value)".contains("alert(1)")
        }
        #expect(sawPayload)
    }

    @Test func feedAndSitemapAreWellFormedXMLWithThePayloadAsText() throws {
        let site = try Self.built.get().site
        for name in ["feed.xml", "sitemap.xml"] {
            let collector = XMLCollector()
            let parser = XMLParser(data: try Data(contentsOf: site.appendingPathComponent(name)))
            parser.delegate = collector
            #expect(parser.parse(), "\(name): \(String(describing: parser.parserError))")
            #expect(collector.elements.isSubset(of: XMLCollector.atomAndSitemap), "\(name): \(collector.elements)")
            if name == "feed.xml" {
                #expect(collector.text.contains(Self.payload), "the payload is the entries' text, once unescaped")
            }
        }
    }

    @Test func calendarTextCannotAddProperties() throws {
        let site = try Self.built.get().site
        let calendars = try Self.files(in: site, withExtension: "ics")
        #expect(calendars.count >= 1)
        for calendar in calendars {
            let unfolded = calendar.text.replacingOccurrences(of: "\r\n ", with: "").split(separator: "\r\n")
            #expect(calendar.text.replacingOccurrences(of: "\r\n", with: "").allSatisfy { $0 != "\r" && $0 != "\n" }, "\(calendar.path): a bare line break")
            #expect(!unfolded.contains { $0.hasPrefix("ATTACH") }, "\(calendar.path)")
            #expect(unfolded.count { $0 == "BEGIN:VEVENT" } == unfolded.count { $0 == "END:VEVENT" })
        }
    }
}

/// The element names and the text of an XML document.
private final class XMLCollector: NSObject, XMLParserDelegate {
    static let atomAndSitemap: Set<String> = [
        "feed", "title", "id", "link", "updated", "author", "name", "entry", "published", "summary",
        "urlset", "url", "loc", "lastmod",
    ]
    var elements: Set<String> = []
    var text = ""

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        elements.insert(name)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
}
