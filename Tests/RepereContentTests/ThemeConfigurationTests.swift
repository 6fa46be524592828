import RepereDiagnostics
import Testing
@testable import RepereContent

@Suite struct ThemeConfigurationTests {
    @Test func decodesTheThemeKeys() {
        let (config, problems) = SiteConfiguration.decode(yaml: """
            institution: "Ministère des Armées\\net des Anciens combattants"
            accessibility_status: partiellement
            accessibility_rate: "62 %"
            accessibility_date: 2026-03-02
            contact_url: /contact/
            collect_url: /_retours
            legal:
              publisher: DSNJ
              host: Hébergeur
            """)
        #expect(problems.isEmpty)
        #expect(config.institution == ["Ministère des Armées", "et des Anciens combattants"])
        #expect(config.accessibilityStatus == .partiellement)
        #expect(config.accessibilityRate == "62 %")
        #expect(config.accessibilityDate == CalendarDate("2026-03-02"))
        #expect(config.contactURL == "/contact/")
        #expect(config.collectURL == "/_retours")
        #expect(config.feedbackAction == "/_retours/avis")
        #expect(config.searchReportURL == "/_retours/recherche")
        #expect(config.legal.publisher == "DSNJ" && config.legal.host == "Hébergeur" && config.legal.director.isEmpty)
    }

    @Test func feedbackEndpointStillPostsTheFormButIsDeprecatedAndReportsNoSearch() {
        let (config, problems) = SiteConfiguration.decode(yaml: "feedback_endpoint: https://retours.exemple.fr/avis\n")
        #expect(problems.map(\.id) == ["config.deprecated-key"])
        #expect(config.feedbackAction == "https://retours.exemple.fr/avis")
        #expect(config.searchReportURL == "")
        let both = SiteConfiguration.decode(yaml: "feedback_endpoint: https://retours.exemple.fr/avis\ncollect_url: /_retours/\n").0
        #expect(both.feedbackAction == "/_retours/avis")
    }

    @Test func nothingIsCollectedByDefault() {
        #expect(SiteConfiguration().feedbackAction == "" && SiteConfiguration().searchReportURL == "" && SiteConfiguration().viewReportURL == "")
    }

    @Test func viewsAreCountedOnlyWithCollectURLAndCollectViews() {
        #expect(SiteConfiguration.decode(yaml: "collect_url: /_retours/\ncollect_views: true\n").0.viewReportURL == "/_retours/vue")
        #expect(SiteConfiguration.decode(yaml: "collect_url: /_retours/\n").0.viewReportURL == "")
        #expect(SiteConfiguration.decode(yaml: "collect_views: true\n").0.viewReportURL == "")
    }

    @Test func institutionMayBeAList() {
        let (config, _) = SiteConfiguration.decode(yaml: "institution: [Ministère, de l'Exemple]\n")
        #expect(config.institution == ["Ministère", "de l'Exemple"])
    }

    @Test func theStatusMayEndWithConforme() {
        #expect(SiteConfiguration.decode(yaml: "accessibility_status: non conforme\n").0.accessibilityStatus == .non)
        #expect(SiteConfiguration.decode(yaml: "accessibility_status: totalement conforme\n").0.accessibilityStatus == .totalement)
    }

    @Test func theDefaultStatusIsNonConforme() {
        #expect(SiteConfiguration().accessibilityStatus == .non)
    }

    @Test func badThemeValuesAreDiagnosed() {
        let (_, problems) = SiteConfiguration.decode(yaml: "accessibility_status: conforme\nlegal:\n  editeur: X\n")
        #expect(problems.map(\.id) == ["config.invalid-value", "config.unknown-key"])
        #expect(problems.map(\.severity) == [.error, .warning])
    }

    @Test func glossaryTermsKeepTheirFields() {
        let (glossary, problems) = Glossary.parse("""
            terms:
              - term: MIG
                expansion: Mission d'intérêt général
                definition: Une mission.
                synonyms: [mission]
              - term: Affectation
                definition: Le choix d'un centre.
              - definition: sans terme
            """, file: "content/glossary.yml")
        #expect(glossary.terms.map(\.term) == ["MIG", "Affectation"])
        #expect(glossary.terms[0].expansion == "Mission d'intérêt général" && glossary.terms[0].synonyms == ["mission"])
        #expect(glossary.terms[1].expansion == nil)
        #expect(problems.map(\.id) == ["glossary.missing-term"])
        #expect(problems.first?.location?.line == 8)
    }

    @Test func uiStringsAreAFlatMapping() {
        let (strings, problems) = UIStrings.decode(yaml: "toc_title: Sommaire\nbad: [a]\n", file: "templates/i18n/fr.yml")
        #expect(strings == ["toc_title": "Sommaire"])
        #expect(problems.map(\.id) == ["template.invalid-value"])
    }
}
