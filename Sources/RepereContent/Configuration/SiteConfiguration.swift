/// The site's configuration, read from the optional `repere.yml` at the project root.
///
/// Every key has a default, stated on its property; unknown keys are a warning.
public struct SiteConfiguration: Hashable, Sendable {
    /// `title`: the site's name, in every page title and the header. Default: `"Centre d'aide"`.
    public var title = "Centre d'aide"
    /// `description`: the home page's meta description. Default: empty.
    public var description = ""
    /// `base_url`: where the site is published, such as `https://aide.example.gouv.fr/` or
    /// `/aide/`. Internal links start with its path; `sitemap.xml` needs it absolute. Default: `"/"`.
    public var baseURL = "/"
    /// `language`: the `lang` of every page. Default: `"fr"`.
    public var language = "fr"
    /// `content_dir`: the folder of Markdown content. Default: `"content"`.
    public var contentDirectory = "content"
    /// `templates_dir`: the folder whose files override the built-in theme. Default: `"templates"`.
    public var templatesDirectory = "templates"
    /// `output_dir`: where the site is written. Default: `"site"`.
    public var outputDirectory = "site"
    /// `edit_url`: link pattern for "Modifier cette page", `{path}` being the file's path in the
    /// repository (`https://forge.example/aide/-/edit/main/{path}`). Default: empty (no link).
    public var editURL = ""
    /// `issue_url`: link pattern for "Signaler un problème", with `{title}` and `{url}`
    /// replaced by the page's title and address, URL-encoded. Default: empty (no link).
    public var issueURL = ""
    /// `unsafe_html`: let raw HTML from Markdown through unfiltered (except GFM's tag filter).
    /// Default: `false`.
    public var unsafeHTML = false
    /// `audiences`: the reader groups pages may target, id → French label, in display order.
    /// Default: none.
    public var audiences: [Audience] = []
    /// `institution`: the lines of the institution block in the header, a string with line
    /// breaks or a list (`["Ministère des Armées", "et des Anciens combattants"]`). Text only:
    /// no logo is bundled. Default: none (no block).
    public var institution: [String] = []
    /// `accessibility_status`: the RGAA conformity shown in the footer and the accessibility
    /// statement: `totalement`, `partiellement` or `non` (conforme), optionally followed by ` conforme`. Default: `non`, the status
    /// the law requires without a valid audit.
    public var accessibilityStatus = AccessibilityStatus.non
    /// `accessibility_rate`: the audit's result, such as `"62 %"` of criteria met. Default: none
    /// (the statement says no audit was made).
    public var accessibilityRate = ""
    /// `accessibility_date`: the day the accessibility statement was written (`YYYY-MM-DD`).
    /// Default: none.
    public var accessibilityDate: CalendarDate?
    /// `contact_url`: the contact page, linked from "Je n'ai pas trouvé de réponse" (section and FAQ pages) and the
    /// accessibility statement. Default: none (no link).
    public var contactURL = ""
    /// `feedback_endpoint`: where "Cette page vous a-t-elle aidé ?" posts its answers; the CSP
    /// allows its origin in `form-action` and `connect-src`. Default: none (no form, nothing tracked).
    public var feedbackEndpoint = ""
    /// `legal`: the facts of the generated "Mentions légales" and "Données personnelles" pages:
    /// `publisher` (éditeur), `director` (directeur de la publication), `host` (hébergeur),
    /// `data_contact` (contact for personal data). Default: none ("à compléter").
    public var legal = LegalNotice()

    public init() {}
}

/// The RGAA conformity status (`accessibility_status`).
public enum AccessibilityStatus: String, Hashable, Sendable, CaseIterable {
    case totalement, partiellement, non
}

/// The `legal:` mapping of `repere.yml`.
public struct LegalNotice: Hashable, Sendable {
    public var publisher = ""
    public var director = ""
    public var host = ""
    public var dataContact = ""

    public init() {}
}

/// A reader group declared in `repere.yml` (`referent-departemental: Référent départemental`).
public struct Audience: Hashable, Sendable {
    public var id: String
    public var label: String

    public init(id: String, label: String) {
        self.id = id
        self.label = label
    }
}
