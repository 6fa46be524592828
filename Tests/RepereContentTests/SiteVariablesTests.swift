import RepereTestSupport
import Testing

@testable import RepereContent

/// Jekyll's `{{ site.name }}` in pages (`site_variables:` in repere.yml).
@Suite struct SiteVariablesTests {
    let variables = SiteVariables(values: ["repository": "https://forge.exemple.fr/aide", "email": "aide@exemple.fr"])

    @Test func variablesAreReplacedOutsideRawAndUnknownOnesReportedOncePerPage() throws {
        let body = """
            [Un ticket]({{ site.repository }}/issues/new) ou {{site.email}}.
            ```
            git clone {{ site.repository }}
            ```
            {% raw %}
            {{ site.repository }} reste tel quel.
            {% endraw %}
            Inclure avec {% raw %}`{{ site.email }}`{% endraw %} dans une page.
            {{ site.inconnu }} et {{ site.inconnu }}, {{ site.baseurl }}, {{ site.repository | upcase }}.
            """
        let (text, unknown) = try #require(variables.substitute(body))
        #expect(text == """
            [Un ticket](https://forge.exemple.fr/aide/issues/new) ou aide@exemple.fr.
            ```
            git clone https://forge.exemple.fr/aide
            ```
            {% raw %}
            {{ site.repository }} reste tel quel.
            {% endraw %}
            Inclure avec `{{ site.email }}` dans une page.
            {{ site.inconnu }} et {{ site.inconnu }}, , {{ site.repository | upcase }}.
            """)
        #expect(unknown == [SiteVariables.Unknown(written: "{{ site.inconnu }}", line: 9, column: 1, uses: 2)])
    }

    /// `{{ site.url }}` and `{{ site.baseurl }}` in running text are the site's address and path
    /// (before, nothing); starting an address, they are left to the links' reading.
    @Test func theSitesAddressInRunningTextIsWritten() throws {
        let site = SiteVariables(values: ["title": "Aide"], baseURL: "https://exemple.gouv.fr/aide/")
        let (text, _) = try #require(site.substitute("Le site {{ site.url }} ({{site.baseurl}}) : [r]({{ site.url }}/r.html) <a href=\"{{ site.baseurl }}\">"))
        #expect(text == "Le site https://exemple.gouv.fr (/aide) : [r]({{ site.url }}/r.html) <a href=\"{{ site.baseurl }}\">")
    }

    /// Bad values of the new keys are reported at their line, and change nothing.
    /// GitBook 3's `{{ book.version }}`, the key `book.version`.
    @Test func gitBookVariablesAreReplacedToo() throws {
        let book = SiteVariables(values: ["book.version": "3.2"])
        let (text, unknown) = try #require(book.substitute("Version {{ book.version }}, {{book.version}} ; {{ book.absente }} ; {{ gitbook.time }}"))
        #expect(text == "Version 3.2, 3.2 ; {{ book.absente }} ; {{ gitbook.time }}")
        #expect(unknown.map(\.written) == ["{{ book.absente }}"])
    }

    @Test func badSiteVariablesAndRelativeLinksAreReportedAtTheirLine() {
        let (config, problems) = SiteConfiguration.decode(yaml: "title: T\nsite_variables: [repository]\nrelative_links: urls\n")
        #expect(problems.map { "\($0.location?.line ?? 0) \($0.id)" } == ["2 config.invalid-value", "3 config.invalid-value"])
        #expect(config.siteVariables.isEmpty && config.relativeLinks == .files)
    }

    @Test func aPageWithoutVariablesIsLeftAlone() {
        #expect(variables.substitute("Un {{ exemple }} de gabarit, {% include x.html %}.") == nil)
        #expect(variables.substitute("") == nil)
        #expect(SiteVariables(values: [:]).substitute("{{ site.") == nil)
        // Without site_variables (not a Jekyll project), an example stays as written, unreported.
        #expect(SiteVariables(values: [:]).substitute("Le titre : {{ site.title }}, {% raw %}x{% endraw %}.") == nil)
    }

    /// `init --from jekyll` copies `_config.yml`'s texts and numbers, not its build settings;
    /// the build puts them in their place.
    @Test func jekyllSettingsBecomeSiteVariables() throws {
        let config = ForeignConfiguration.jekyll(
            "title: Doc\nrepository: https://forge.exemple.fr/aide\nversion: 4\nmarkdown: kramdown\ndescription: >\n  Deux\n  lignes\ndefaults: []\n",
            source: "_config.yml")
        #expect(config.siteVariables.map(\.name) == ["title", "repository", "version", "description"])
        let (decoded, problems) = SiteConfiguration.decode(yaml: config.repereYAML)
        #expect(problems.isEmpty)
        #expect(decoded.siteVariables == ["title": "Doc", "repository": "https://forge.exemple.fr/aide", "version": "4", "description": "Deux lignes\n"])
        let content = try ContentLoader(configuration: decoded).load(from: InMemorySource(["a.md": "---\ntitle: A\n---\nVersion {{ site.version }}, {{ site.absente }}.\n"]))
        #expect(content.pages.first { $0.url == "/a/" }?.body == "Version 4, {{ site.absente }}.\n")
        #expect(content.diagnostics.map { "\($0.location!) \($0.id)" } == ["content/a.md:4:29 markdown.unknown-directive"])
    }
}
