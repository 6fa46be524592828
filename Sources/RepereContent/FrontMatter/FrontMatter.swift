import RepereDiagnostics

/// The front-matter of a page, typed. Each property is one key, with its default here; what the
/// keys mean and their names are declared once, in ``keys``. Only `title` is required (for
/// articles); unknown keys are kept in ``params`` for templates.
public struct FrontMatter: Hashable, Sendable {
    public var title: String?
    /// A shorter title for the menus (`nav_title:`, Docusaurus' `sidebar_label:`, Hugo's `linkTitle:`).
    public var navigationTitle: String?
    public var description: String?
    public var type: PageType = .article
    public var tags: [String] = []
    /// `category:` (one, or a list as VuePress' theme-hope writes it) or Hugo's `categories:`.
    public var categories: [String] = []
    /// Empty means "inherit the section's".
    public var audience: [String] = []
    public var order: Double?
    public var status: PageStatus = .published
    /// `hidden: true` (GitBook, Hugo's Relearn; Docusaurus' `unlisted`, Just the Docs' `nav_exclude`):
    /// published at its address but listed nowhere.
    public var hidden = false
    public var aliases: [String] = []
    /// `permalink:` or `slug:`, as written (``Permalink`` reads it).
    public var permalink: String?
    /// Hugo's `url:`, the page's address on the Hugo site (``ContentLoader`` makes it the
    /// permalink of an article, a redirect to a section).
    public var hugoURL: String?
    public var related: [String] = []
    public var keywords: [String] = []
    public var reviewBy: CalendarDate?
    public var created: CalendarDate?
    public var updated: CalendarDate?
    public var icon: String?
    /// The steps of an onboarding path (`type: path`).
    public var steps: [PathStep] = []
    /// An event's (`type: event`) keys, as written: `start`, `end` and `timezone` are read by
    /// ``EventSchedule`` (which knows the site's default time zone), `replay` is resolved like a link.
    public var eventStart: String?
    public var eventEnd: String?
    public var timezone: String?
    public var registrationURL: String?
    public var venue: String?
    public var online = false
    public var joinURL: String?
    public var cancelled = false
    public var replay: String?
    /// `video:`, as written (``PageVideo`` is made from it by the load stage).
    public var video: VideoSpec?
    /// Unknown keys, in file order, for templates (`page.params.x`).
    public var params: [String: YAMLValue] = [:]
    /// Where each key was written, for diagnostics about its value.
    public var keyLocations: [String: SourceLocation] = [:]

    /// Where `permalink:` (or `slug:`) was written.
    public var permalinkLocation: SourceLocation? { keyLocations["permalink"] ?? keyLocations["slug"] ?? keyLocations["url"] }

    public init() {}
}

extension FrontMatter {
    /// Every front-matter key, declared once: decoding and the reference pages
    /// (`Documentation/Reference/front-matter.md`, the demo's « Référence du format ») come from
    /// here. Other keys are kept in ``params``, never an error.
    static let keys = KeyTable<FrontMatter>([
        .optionalText("title", \.title, "the page's title; for a FAQ entry, the question. Required",
            french: "Titre de la page ; pour une FAQ, la question. Obligatoire, entre guillemets droits"),
        .optionalText("nav_title", aliases: ["sidebar_label", "linkTitle"], \.navigationTitle,
            "the page's title in the menus: the section navigation, the breadcrumb, previous and next, the header; the page itself, listings and search keep `title`. `sidebar_label` (Docusaurus) and `linkTitle` (Hugo) are the same key",
            french: "Titre court de la page dans les menus (navigation de la rubrique, fil d'Ariane, page précédente et suivante) ; la page garde son `title`"),
        .optionalText("description", aliases: ["summary"], \.description, "one sentence: cards, search results, `<meta name=description>`; `summary` is the same key (Hugo; HTML in it is read as its text)",
            french: "Une phrase de résumé, affichée sur les cartes et dans les résultats de recherche (vérifiée)"),
        .choice("type", \.type, default: FrontMatter().type,
            "the kind of page: a FAQ entry, a step-by-step tutorial, an article, an onboarding path or an event (webinar); another value is a warning, and the page an article",
            french: "`faq`, `tutorial`, `article`, `path` (parcours) ou `event` (webinaire) ; par défaut `article`",
            problems: .frontMatter, otherwise: .frontMatterUnknownType),
        .list("tags", \.tags, "free keywords; each gets a listing page", french: "Mots-clés libres en minuscules ; chaque tag a sa page de liste"),
        .list("category", aliases: ["categories"], \.categories,
            "a category, or a list of them, each listed like a tag on a page of its own; `categories` is the same key (Hugo)",
            french: "Une catégorie (ou une liste), listée comme un tag sur sa propre page"),
        .list("audience", aliases: ["audiences"], \.audience,
            "reader groups from `audiences:` in repere.yml; a page inherits its section's and may only narrow it",
            french: "Publics visés, parmi ceux de la rubrique"),
        DeclaredKey("order", aliases: ["weight", "sidebar_position", "nav_order"], type: "number", default: "none (after numbered pages, by title)",
            "position within its section (`2.5` comes between 2 and 3, as in Docusaurus; `'100'` in quotes is 100, as Hugo reads it)", french: "Position dans la rubrique (1, 2, 3…) ; sinon ordre alphabétique du titre"
        ) { fm, node, key, reader in fm.order = reader.number(node, key: key) },
        DeclaredKey("sidebar", type: "mapping: `order`, `label`", default: "none",
            "Starlight's menu settings: its `order` is `order`, its `label` `nav_title`, unless the page gives those; its other entries, and a `sidebar:` that is no mapping (VuePress' `sidebar: auto`), are ignored"
        ) { fm, node, _, reader in
            guard case .mapping(let mapping) = node else { return }
            let before = reader.diagnostics.count
            for (key, value) in mapping {
                switch key.string {
                case "order": fm.order = fm.order ?? reader.number(value, key: "sidebar.order")
                case "label": fm.navigationTitle = fm.navigationTitle ?? reader.string(value, key: "sidebar.label")
                default: break
                }
            }
            _ = reader.lowerInvalidValues(since: before, to: .frontMatterForeignValue, suffix: ": ignored, as another tool's setting")
        },
        .choice("status", \.status, default: FrontMatter().status,
            "`draft` pages are built only with `--drafts`; `archived` ones stay at their URL with a banner, out of navigation, search and feeds (`brouillon`, `publié`, `archivé` are read too)",
            french: "`draft` (brouillon) ou `archived` (archivée) ; absent, la page est publiée", problems: .frontMatter,
            synonyms: ["brouillon": .draft, "publié": .published, "publiée": .published, "archivé": .archived, "archivée": .archived]),
        .flag("draft", \.isDraft, default: false, "`draft: true` is `status: draft` (as in Hugo)",
            french: "`draft: true` équivaut à `status: draft`"),
        .flag("hidden", aliases: ["unlisted", "nav_exclude"], \.hidden, default: false,
            "`hidden: true` publishes the page at its address, reached by links, but lists it nowhere: not in menus, listings, previous and next, search (unless `hidden_searchable: true` in repere.yml), related pages or the sitemap, and asks search engines not to index it. `unlisted` (Docusaurus) and `nav_exclude` (Just the Docs) are the same key",
            french: "`true` : la page est publiée à son adresse, atteinte par des liens, mais absente des menus, des listes et de la recherche"),
        .list("aliases", \.aliases, "old URLs that redirect here (`/ancienne-adresse/`)",
            french: "Anciennes adresses de la page, redirigées vers la nouvelle"),
        .optionalText("permalink", aliases: ["slug"], \.permalink,
            "an article's own address instead of its file's: from the site's root (`/guide/intro/`; a final `.html` is dropped) or within its folder (`intro`); the file's address redirects there. `slug` is the same key (Docusaurus)",
            french: "Adresse propre d'un article (`/guide/intro/`, ou `intro` dans son dossier) ; l'adresse du fichier y redirige"),
        .optionalText("url", \.hugoURL,
            "Hugo's address of the page, from the site's root (a prefix that is `base_url`'s path is dropped): an article's `permalink` unless it has one; a section's or the home page's former address, which redirects to its folder's",
            french: "Adresse Hugo de la page : celle d'un article (comme `permalink`), ou l'ancienne adresse d'une rubrique, redirigée"),
        .list("related", \.related, "related pages, as paths to `.md` files relative to this one",
            french: "Chemins relatifs de pages liées, affichées en fin de page"),
        .list("keywords", \.keywords, "search terms that do not appear in the text",
            french: "Synonymes et termes de recherche absents du texte"),
        .date("review_by", \.reviewBy, "the day after which `check` warns that the page is stale (`page.review-overdue`)",
            french: "Date de relecture ; passé cette date, `repere check` signale la page"),
        .date("created", \.created, "the creation date, instead of the one from Git", french: "Date de création, à la place de celle de Git"),
        .date("updated", \.updated, "the update date, instead of the one from Git", french: "Date de mise à jour, à la place de celle de Git"),
        .optionalText("icon", \.icon, "a section's icon name (in `_section.md`)", french: "Nom de l'icône d'une rubrique (dans `_section.md`)"),
        DeclaredKey("steps", type: "list of steps: a page, or `page`, `note`, `duration`", default: "none",
            "the steps of an onboarding path (`type: path`), in order: pages (or `page.md#heading`) relative to this file, each with an optional note and duration (`10 min`, `1 h 30`)",
            french: "Étapes d'un parcours (`type: path`), dans l'ordre : une page, ou `page`, `note` et `duration` (`10 min`)"
        ) { fm, node, _, reader in fm.steps = PathStep.decodeList(node, reader: &reader) },
        DeclaredKey("start", type: "date and time (`2027-01-13 14:00` or `2027-01-13T14:00`)", default: "none",
            "an event's (`type: event`) start, in its `timezone`; required for an event",
            french: "Début d'un webinaire (`type: event`), heure locale : `2027-01-13 14:00`"
        ) { fm, node, key, reader in fm.eventStart = reader.string(node, key: key) },
        DeclaredKey("end", type: "date and time, or a time the same day (`15:30`)", default: "none",
            "an event's end, in its `timezone`; after `start`",
            french: "Fin du webinaire : `2027-01-13 15:30`, ou `15:30` le même jour"
        ) { fm, node, key, reader in fm.eventEnd = reader.string(node, key: key) },
        .optionalText("timezone", \.timezone, "an event's IANA time zone (`Europe/Paris`, `Indian/Reunion`); default: `timezone` in repere.yml",
            french: "Fuseau horaire du webinaire (`Europe/Paris`, `Indian/Reunion`) ; par défaut celui de repere.yml"),
        .optionalText("registration_url", \.registrationURL, "an event's registration page (« S'inscrire »)",
            french: "Adresse du formulaire d'inscription au webinaire"),
        .optionalText("location", \.venue, "where an event takes place, for one held on site",
            french: "Lieu du webinaire s'il se tient en présentiel"),
        .flag("online", \.online, default: false, "an event held online (with `join_url`)",
            french: "`true` pour un webinaire en ligne (avec `join_url`)"),
        .optionalText("join_url", \.joinURL, "the address to join an online event",
            french: "Adresse pour rejoindre le webinaire en ligne"),
        .flag("cancelled", \.cancelled, default: false,
            "`cancelled: true` marks an event as cancelled: a banner on its page, `STATUS:CANCELLED` in its calendar (`status` stays about publication)",
            french: "`true` si le webinaire est annulé (bandeau, et annulation dans les agendas)"),
        .optionalText("replay", \.replay, "an event's recording: a page (`../videos/replay.md`) or an address (`https://…`)",
            french: "Rediffusion du webinaire : une page (`../videos/replay.md`) ou une adresse"),
        DeclaredKey("video", type: "mapping: `src`, `captions`, `transcript`, `poster`, `poster_alt`, `duration`", default: "none",
            "a video shown at the top of the page: `src` a WebM or MP4 file beside the page or a PeerTube, Dailymotion or YouTube page (loaded only when the reader asks), `captions` WebVTT file(s), French first, `transcript` a text file (paragraphs starting with a time code `12:34`), `poster` and `poster_alt` an image and its text alternative, `duration` (`12:34`). Captions and transcript are required",
            french: "Vidéo de la page : `src` (fichier WebM ou MP4, ou page PeerTube, Dailymotion, YouTube), `captions` (sous-titres WebVTT), `transcript` (transcription .txt), `poster`, `poster_alt`, `duration`"
        ) { fm, node, key, reader in
            fm.video = VideoSpec.decode(node, key: key, reader: &reader)
            if let location = fm.keyLocations[key] { fm.video?.location = location }
        },
    ])

    /// The reference of every key, in declaration order.
    public static var keyReference: [KeyReference] { keys.keys.map(\.reference) }

    /// `draft: true`, read as the status `draft` (and `draft: false` as no change).
    var isDraft: Bool {
        get { status == .draft }
        set { if newValue { status = .draft } }
    }

    /// Decodes front-matter YAML found in `file`, whose YAML text starts after `lineOffset` lines.
    ///
    /// - Returns: the front-matter (possibly partial) and every problem found.
    public static func decode(yaml: String, file: String, lineOffset: Int) -> (FrontMatter, [Diagnostic]) {
        var reader = YAMLReader(yaml: yaml, file: file, lineOffset: lineOffset, problems: .frontMatter)
        var fm = FrontMatter()
        for (name, node, location) in reader.entries {
            fm.keyLocations[name] = location
            // `weight:`, `slug: ""`: an empty value is no value, as Hugo and Jekyll read it.
            if case .scalar(let scalar) = node, scalar.string.isEmpty || (scalar.style == .plain && ["~", "null", "Null", "NULL"].contains(scalar.string)) {
                continue
            }
            if let key = keys.key(named: name) {
                let (before, read) = (reader.diagnostics.count, fm)
                key.read(&fm, node, name, &reader)
                // Another tool's name for the key (`summary: {visible: true}`, a theme's setting): ignored, not refused.
                if name != key.name, reader.lowerInvalidValues(since: before, to: .frontMatterForeignValue, suffix: ": ignored, as another tool's setting") {
                    fm = read
                }
            } else {
                fm.params[name] = YAMLValue(node)
            }
        }
        fm.description = fm.description.map(DescriptionText.plain)
        return (fm, reader.diagnostics)
    }
}
