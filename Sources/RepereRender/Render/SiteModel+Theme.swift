import RepereContent
import RepereGraph
import RepereTemplates

/// What the theme shows beyond the content: the institution block, the footer's mandatory
/// links, the Content-Security-Policy, audience entry points, and per page the table of
/// contents, the issue link and the feedback form.
extension SiteModel {
    /// Site-wide values, merged into `site` of every page's context.
    package func themeSiteValues() -> TemplateContext {
        return [
            "institution": .list(configuration.institution.map { .text($0) }),
            "accessibilityStatus": .text(text("accessibility_" + configuration.accessibilityStatus.rawValue)),
            "links": [
                "accessibility": .text(href(GeneratedPageURL.accessibility)), "legal": .text(href(GeneratedPageURL.legal)),
                "privacy": .text(href(GeneratedPageURL.privacy)), "siteMap": .text(href(GeneratedPageURL.siteMap)),
                "glossary": hasGlossary ? .text(href(GeneratedPageURL.glossary)) : false,
            ],
            "contactURL": .text(orFalse: configuration.contactURL),
            "feedbackEndpoint": .text(orFalse: configuration.feedbackAction),
            "collects": .flag(!configuration.collectURL.isEmpty),
            "searchReport": .text(orFalse: configuration.searchReportURL),
            "viewReport": .text(orFalse: configuration.viewReportURL),
            "csp": .text(ContentSecurityPolicy.meta(allowing: configuration.feedbackAction)),
            "audiences": .list(audienceEntries()),
            "videoPlatforms": .list(Self.videoPlatforms(site).map { .text($0) }),
        ]
    }

    /// The UI string `key` (`templates/i18n/fr.yml`), or the key itself when missing.
    package func text(_ key: String) -> String { strings[key] ?? key }

    /// "Je suis…": each configured audience that has pages, with its listing's URL.
    package func audienceEntries() -> [TemplateValue] {
        configuration.audiences.filter { audiencePages[$0.id] != nil }.map {
            ["label": .text($0.label), "url": .text(href(GeneratedPageURL.audience($0.id)))]
        }
    }

    /// Listed articles by audience, in site order.
    package static func pagesByAudience(_ site: ResolvedSite) -> [String: [Int]] {
        var byAudience: [String: [Int]] = [:]
        for (i, parsed) in site.pages.enumerated() where parsed.page.kind == .article && parsed.page.isListed {
            for audience in parsed.page.audience { byAudience[audience, default: []].append(i) }
        }
        return byAudience
    }

    /// Per-page values, merged into `page`: the table of contents (articles with at least three
    /// `##` or `###` headings), the issue link, and whether there is any page action link.
    package func themePageValues(_ i: Int) -> TemplateContext {
        let parsed = site.pages[i]
        // An empty heading (`###` alone) names nothing to go to, nor one folded in a `<details>`.
        let headings = parsed.document.headings.filter { $0.level <= 3 && !$0.isFolded && !$0.text.trimmingWhitespace.isEmpty }
        let isLong = parsed.page.kind == .article && headings.count >= 3
        let toc: [TemplateValue] = isLong ? headings.map { ["text": .text($0.text), "anchor": .text($0.anchor), "isSub": .flag($0.level == 3)] } : []
        let absoluteURL = parsed.page.url.absolute(baseURL: configuration.baseURL)
        var issueURL: TemplateValue = false
        if !configuration.issueURL.isEmpty && !parsed.page.isSynthetic {
            // Brackets (GitLab's `issue[title]=`) are not allowed unencoded in a URL's query.
            issueURL = .text(configuration.issueURL
                .replacingOccurrences(of: "[", with: "%5B").replacingOccurrences(of: "]", with: "%5D")
                .replacingOccurrences(of: "{title}", with: Self.percentEncoded(parsed.page.title))
                .replacingOccurrences(of: "{url}", with: Self.percentEncoded(absoluteURL)))
        }
        let hasActions = !parsed.page.isSynthetic && !(configuration.editURL.isEmpty && configuration.issueURL.isEmpty)
        return ["toc": .list(toc), "issueURL": issueURL, "hasActions": .flag(hasActions), "absoluteURL": .text(absoluteURL)]
    }

    /// `text` with everything but ASCII letters, digits and `-._~` percent-encoded (UTF-8).
    package static func percentEncoded(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF")
                out += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 15)])
            }
        }
        return out
    }
}

/// The Content-Security-Policy the theme declares in a `<meta>` (and
/// `Documentation/Guide/deploying.md` asks servers to send as a header).
package enum ContentSecurityPolicy {
    /// The policy: only this site, plus the feedback endpoint's origin for forms and `fetch`.
    /// `frames`: the origins of the video players a page may load (its `video:` on a platform), only
    /// on that page.
    package static func meta(allowing endpoint: String, frames: [String] = []) -> String {
        let extra = origin(of: endpoint).map { " " + $0 } ?? ""
        return "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'\(extra); connect-src 'self'\(extra)"
            + (frames.isEmpty ? "" : "; frame-src " + frames.joined(separator: " "))
    }

    /// `https://host:port` of an absolute URL, or nil for a relative or empty one.
    package static func origin(of url: String) -> String? {
        guard let scheme = url.range(of: "://") else { return nil }
        let rest = url[scheme.upperBound...]
        return String(url[..<scheme.upperBound]) + String(rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" })
    }
}
