import RepereContent
import RepereMarkdown

/// A page the build makes from configuration rather than content: the accessibility
/// statement, the legal notice, the personal data page, the glossary and one page per audience.
///
/// A content page at the same URL (`content/mentions-legales.md`) replaces the generated one.
struct GeneratedPage {
    var url: SitePath
    var template: String
    var title: String
    /// Values for the template, beside `page.title`.
    var values: TemplateContext = [:]

    static let accessibility: SitePath = "/accessibilite/"
    static let legal: SitePath = "/mentions-legales/"
    static let privacy: SitePath = "/donnees-personnelles/"
    static let glossary: SitePath = "/glossaire/"
    /// The pages every footer links to.
    static let footerURLs: Set<SitePath> = [accessibility, legal, privacy, glossary]
    static func audience(_ id: String) -> SitePath { SitePath(pageComponents: ["public", Slug.make(from: id)]) }
}

extension SiteModel {
    var hasGlossary: Bool { !glossary.terms.isEmpty }

    /// The generated pages, without those a content page replaces.
    func generatedPages() -> [GeneratedPage] {
        let legal = configuration.legal
        var generated = [
            GeneratedPage(url: GeneratedPage.accessibility, template: "accessibilite", title: text("accessibility_title"), values: [
                "rate": .text(orFalse: configuration.accessibilityRate),
                "date": configuration.accessibilityDate.map { .text(FrenchDate.long($0)) } ?? false,
                "isTotal": .flag(configuration.accessibilityStatus == .totalement),
                "entity": .text(legal.publisher.isEmpty
                    ? (configuration.institution.isEmpty ? configuration.title : configuration.institution.joined(separator: " "))
                    : legal.publisher),
            ]),
            GeneratedPage(url: GeneratedPage.legal, template: "mentions-legales", title: text("legal_title"), values: [
                "publisher": .text(orFalse: legal.publisher),
                "director": .text(orFalse: legal.director),
                "host": .text(orFalse: legal.host),
            ]),
            GeneratedPage(url: GeneratedPage.privacy, template: "donnees-personnelles", title: text("privacy_title"), values: [
                "dataContact": .text(orFalse: legal.dataContact),
                "publisher": .text(orFalse: legal.publisher),
            ]),
        ]
        if hasGlossary {
            var anchors = HeadingAnchors()
            let terms: [TemplateValue] = glossary.terms.map { term in
                [
                    "term": .text(term.term), "anchor": .text(anchors.anchor(for: term.term)),
                    "expansion": .text(orFalse: term.expansion), "definition": .text(term.definition),
                    "synonyms": .text(orFalse: term.synonyms.joined(separator: ", ")),
                ]
            }
            generated.append(GeneratedPage(url: GeneratedPage.glossary, template: "glossaire", title: text("glossary_title"), values: ["terms": .list(terms)]))
        }
        for audience in configuration.audiences {
            guard let listed = audiencePages[audience.id] else { continue }
            generated.append(GeneratedPage(url: GeneratedPage.audience(audience.id), template: "audience", title: audience.label, values: [
                "pages": summaries(listed),
            ]))
        }
        return generated.filter { indexByURL[$0.url] == nil }
    }

    func context(forGenerated generated: GeneratedPage) -> TemplateContext {
        var context = baseContext(title: generated.title, current: generated.url)
        context["page"] = ["title": .text(generated.title)]
        context["breadcrumb"] = indexByURL[.root].map { summaries([$0]) } ?? []
        context["generated"] = .object(generated.values)
        return context
    }
}
