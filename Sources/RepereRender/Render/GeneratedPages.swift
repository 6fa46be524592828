import RepereContent
import RepereMarkdown
import RepereTemplates

/// A page the build makes from configuration rather than content (``GeneratedPageURL`` says
/// where each goes).
package struct GeneratedPage {
    package var url: SitePath
    package var template: String
    package var title: String
    /// Values for the template, beside `page.title`.
    package var values: TemplateContext = [:]
}

extension SiteModel {
    package var hasGlossary: Bool { !glossary.terms.isEmpty }

    /// The generated pages, without those a content page replaces.
    package func generatedPages() -> [GeneratedPage] {
        let legal = configuration.legal
        var generated = [
            GeneratedPage(url: GeneratedPageURL.accessibility, template: "accessibilite", title: text("accessibility_title"), values: [
                "rate": .text(orFalse: configuration.accessibilityRate),
                "date": configuration.accessibilityDate.map { .text(FrenchDate.long($0)) } ?? false,
                "isTotal": .flag(configuration.accessibilityStatus == .totalement),
                "entity": .text(legal.publisher.isEmpty
                    ? (configuration.institution.isEmpty ? configuration.title : configuration.institution.joined(separator: " "))
                    : legal.publisher),
            ]),
            GeneratedPage(url: GeneratedPageURL.legal, template: "mentions-legales", title: text("legal_title"), values: [
                "publisher": .text(orFalse: legal.publisher),
                "director": .text(orFalse: legal.director),
                "host": .text(orFalse: legal.host),
            ]),
            GeneratedPage(url: GeneratedPageURL.privacy, template: "donnees-personnelles", title: text("privacy_title"), values: [
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
            generated.append(GeneratedPage(url: GeneratedPageURL.glossary, template: "glossaire", title: text("glossary_title"), values: ["terms": .list(terms)]))
        }
        for audience in configuration.audiences {
            guard let listed = audiencePages[audience.id] else { continue }
            let paths = pathSummaries(for: audience.id)
            let events = audienceEvents(audience.id)
            generated.append(GeneratedPage(url: GeneratedPageURL.audience(audience.id), template: "audience", title: audience.label, values: [
                "paths": paths,
                "hasGroups": .flag(!site.paths.filter { site.pages[$0.page].page.audience.contains(audience.id) }.isEmpty
                    || !site.events.filter { site.pages[$0.page].page.audience.contains(audience.id) }.isEmpty),
                "pages": summaries(listed.filter { site.pages[$0].page.type != .path && site.pages[$0].page.type != .event }),
                "events": events,
            ]))
        }
        if let events = eventsPage() { generated.append(events) }
        return generated.filter { indexByURL[$0.url] == nil }
    }

    package func context(forGenerated generated: GeneratedPage) -> TemplateContext {
        var context = baseContext(title: generated.title, current: generated.url)
        context["page"] = ["title": .text(generated.title)]
        context["breadcrumb"] = indexByURL[.root].map { summaries([$0]) } ?? []
        context["generated"] = .object(generated.values)
        return context
    }
}
