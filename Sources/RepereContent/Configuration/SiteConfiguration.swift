import RepereDiagnostics

/// The site's configuration, read from the optional `repere.yml` at the project root.
///
/// Each property is one key, with its default here; what the keys mean, their types and their
/// names in `repere.yml` are declared once, in ``keys`` (`SiteConfiguration+Keys.swift`).
public struct SiteConfiguration: Hashable, Sendable {
    public var title = "Centre d'aide"  // title
    public var description = ""  // description
    public var baseURL = "/"  // base_url
    public var language = "fr"  // language
    public var contentDirectory = "content"  // content_dir
    public var templatesDirectory = "templates"  // templates_dir
    public var outputDirectory = "site"  // output_dir
    /// The folders whose files are published at the site's root as they are (Docusaurus' `static/`), first ones first.
    public var staticDirectories: [String] = []  // static_dir
    public var editURL = ""  // edit_url
    public var issueURL = ""  // issue_url
    public var unsafeHTML = false  // unsafe_html
    public var hiddenPagesSearchable = false  // hidden_searchable
    public var audiences: [Audience] = []  // audiences
    public var institution: [String] = []  // institution
    public var accessibilityStatus = AccessibilityStatus.non  // accessibility_status
    public var accessibilityRate = ""  // accessibility_rate
    public var accessibilityDate: CalendarDate?  // accessibility_date
    public var contactURL = ""  // contact_url
    /// The address of `repere collect`, ending with `/` once read (``collectBase``).
    public var collectURL = ""  // collect_url
    public var collectViews = false  // collect_views
    public var feedbackEndpoint = ""  // feedback_endpoint (deprecated)
    public var legal = LegalNotice()  // legal
    public var checks = CheckSettings()  // checks, checks_ignore
    public var exclude: [PathGlob] = []  // exclude
    /// How file and folder names become addresses.
    public var addresses = AddressStyle.repere  // addresses
    /// How a relative link that names no file is read.
    public var relativeLinks = RelativeLinks.files  // relative_links
    /// The addresses the pages' former tool gave them, which redirect to theirs.
    public var formerAddresses = FormerAddresses.none  // former_addresses
    public var history = HistorySettings()  // history
    public var navigation: Navigation?  // nav
    public var navigationFile = ""  // nav_file
    public var unlistedPages = UnlistedPages.leaveOut  // nav_unlisted
    /// The values of Jekyll's `{{ site.name }}` in pages, by name.
    public var siteVariables: [String: String] = [:]  // site_variables
    /// `sections:` the titles, places and descriptions of folders without a page of their own, by folder.
    public var sections: [String: FolderSettings] = [:]
    /// The IANA time zone of events that give none (`timezone` in front-matter).
    public var timezone = "Europe/Paris"  // timezone
    /// How many days after a past event `check` warns that it still has no replay.
    public var eventReplayDays = 14  // event_replay_days
    /// The size over which a video file of the content folder is reported (`video.too-large`), in MB.
    public var videoMaxMB = 200  // video_max_mb
    /// Old addresses that redirect to a page, as another tool's configuration lists them.
    public var redirects: [ConfiguredRedirect] = []  // redirects
    /// Where the files pages include (`--8<-- "fichier.md"`) are looked up.
    public var snippets = SnippetSettings()  // snippets

    public init() {}

    /// Whether `address` may be where a site is published: an `http` or `https` address, or a
    /// path (`/aide/`); not another scheme's (`javascript:alert(1)//`, which every link would start with).
    public static func isPublishingAddress(_ address: String) -> Bool {
        guard let colon = address.firstIndex(of: ":") else { return true }
        let scheme = address[..<colon]
        guard let first = scheme.first, first.isLetter, scheme.allSatisfy({ $0.isLetter || $0.isNumber || "+-.".contains($0) }) else { return true }
        return ["http", "https"].contains(scheme.lowercased()) && address[colon...].hasPrefix("://")
    }

    /// The path a site published at `baseURL` is under: `/aide` for `https://x.fr/aide/`, empty
    /// for a site at a domain's root.
    public static func basePath(of baseURL: String) -> String {
        var rest = Substring(baseURL)
        if let scheme = rest.range(of: "://") {
            rest = rest[scheme.upperBound...]
            rest = rest.firstIndex(of: "/").map { rest[$0...] } ?? ""
        }
        while rest.hasSuffix("/") { rest = rest.dropLast() }
        return String(rest)
    }
}

/// One entry of `redirects:` in `repere.yml`: an old address and the page it leads to.
public struct ConfiguredRedirect: Hashable, Sendable {
    /// The old address, from the site's root (`kit-accessibilite`, `/ancien/chemin/`).
    public var from: String
    /// The page: its file in the content folder (`guide/README.md`, `guide/`) or its address (`/guide/`).
    public var to: String
    /// Where it is written in `repere.yml`.
    public var location: SourceLocation?

    public init(from: String, to: String, location: SourceLocation? = nil) {
        (self.from, self.to, self.location) = (from, to, location)
    }
}

/// The `history:` mapping of `repere.yml`.
public struct HistorySettings: Hashable, Sendable {
    /// A file listing commits that count neither as updates nor for authorship (`ignore_revisions`),
    /// relative to the project folder; `""`: none.
    public var ignoreRevisions = ""
    /// Where `ignore_revisions` is set in `repere.yml`, for the diagnostics about its file.
    public var ignoreRevisionsLocation: SourceLocation?

    public init() {}
}

/// The `snippets:` mapping of `repere.yml`: MkDocs' pymdownx.snippets settings, which
/// `init --from mkdocs` copies.
public struct SnippetSettings: Hashable, Sendable {
    /// The folders (or files) a snippet's path is looked up in, in order, relative to the project
    /// folder, each normalised (`.` is the project itself).
    public var basePaths = ["."]
    /// Files appended to every page, looked up as snippets are (`base_path` order).
    public var autoAppend: [String] = []

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
    /// The licence the content is published under, named in every page's footer; `""`: none said.
    public var licence = "etalab-2.0"

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
