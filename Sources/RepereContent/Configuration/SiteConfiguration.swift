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
