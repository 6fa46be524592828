// The catalogue: every diagnostic Repère can report, the only place an ID is spelled.
// An ID is part of the tool's interface (output formats, `checks:` in repere.yml): never rename
// one. Adding a kind here adds it to the generated reference; a test fails until
// Documentation/Reference/diagnostics.md is generated again (see Documentation/Contributing/testing.md),
// and another until a fixture of Tests/RepereSiteTests/DiagnosticCoverageTests.swift produces it.

extension DiagnosticKind {
    // MARK: - Configuration (repere.yml)

    public static let configInvalidUTF8 = DiagnosticKind(
        "config.invalid-utf8", .error, "repere.yml is not UTF-8 text",
        example: "repere.yml: error: repere.yml is not valid UTF-8 text", fix: "save repere.yml with the UTF-8 encoding",
        adjustable: false)
    public static let configInvalidYAML = DiagnosticKind(
        "config.invalid-yaml", .error, "repere.yml is not a YAML mapping",
        example: "repere.yml:3:7: error: invalid YAML: did not find expected key",
        fix: "write `key: value` lines, each key once; quote values holding `:` or `#`. Until it reads, nothing else is checked or built",
        adjustable: false)
    public static let configInvalidValue = DiagnosticKind(
        "config.invalid-value", .error, "a key of repere.yml has a value of the wrong type or outside its choices",
        example: "repere.yml:4:22: error: 'accessibility_status' must be totalement, partiellement or non",
        fix: "give the value the reference page lists for that key (Documentation/Reference/configuration.md)")
    public static let configUnknownKey = DiagnosticKind(
        "config.unknown-key", .warning, "repere.yml has a key Repère does not know (often a typo)",
        example: "repere.yml:2:1: warning: unknown key 'titel' in repere.yml", fix: "correct the key, or remove it")
    public static let configUnknownCheck = DiagnosticKind(
        "config.unknown-check", .warning, "`checks:` in repere.yml names a diagnostic ID that does not exist",
        example: "repere.yml:5:3: warning: unknown check 'page.orphans' in 'checks'",
        fix: "use an ID of this catalogue; the note suggests the closest one")
    public static let configUnknownFolder = DiagnosticKind(
        "config.unknown-folder", .warning, "`sections:` in repere.yml names a folder that holds no published page",
        example: "repere.yml:4:3: warning: 'sections' names 'guide/avance', which is no folder of pages of the content folder",
        fix: "write the folder's path relative to the content folder, as in the pages' own paths")
    public static let configDeprecatedKey = DiagnosticKind(
        "config.deprecated-key", .warning, "repere.yml uses a key that a newer one replaces; it still works",
        example: "repere.yml:9:1: warning: 'feedback_endpoint' is deprecated: use 'collect_url', the address of `repere collect`",
        fix: "use the key the message names (Documentation/Reference/configuration.md)")
    public static let configRelativeBaseURL = DiagnosticKind(
        "config.relative-base-url", .warning, "`base_url` is not an absolute URL, so sitemap.xml and the feed cannot link back",
        example: "warning: base_url '/' is not absolute; sitemap.xml needs full URLs",
        fix: "set `base_url: https://…` in repere.yml, or pass `--base-url`")

    // MARK: - Files and front-matter

    public static let fileUnreadable = DiagnosticKind(
        "file.unreadable", .error, "a content file cannot be read",
        example: "content/faq/a.md: error: cannot read the file: permission denied", fix: "check the file's permissions",
        adjustable: false)
    public static let fileInvalidUTF8 = DiagnosticKind(
        "file.invalid-utf8", .error, "a content file is not UTF-8 text",
        example: "content/faq/a.md:3:12: error: file is not valid UTF-8 text", fix: "save the file with the UTF-8 encoding",
        adjustable: false)
    public static let fileEmpty = DiagnosticKind(
        "file.empty", .warning, "a Markdown file is empty (or only blank): it is left out, not published",
        example: "content/faq/a.md: warning: file is empty: it is left out", fix: "write its front-matter and text, or delete it")
    public static let frontMatterUnterminated = DiagnosticKind(
        "front-matter.unterminated", .error, "a front-matter block opened with `---` is never closed",
        example: "content/faq/a.md:1:1: error: front-matter opened with '---' is never closed",
        fix: "add a line `---` after the last front-matter key", adjustable: false)
    public static let frontMatterUnclosed = DiagnosticKind(
        "front-matter.unclosed", .warning, "a front-matter block opened with `---` is never closed, and all that follows is YAML: the page has no text",
        example: "docs/index.md:1:1: warning: front-matter opened with '---' is never closed: the whole file is read as front-matter",
        fix: "add a line `---` after the last front-matter key (VitePress and Docusaurus read such a file as front-matter only, as Repère does)")
    public static let frontMatterInvalidYAML = DiagnosticKind(
        "front-matter.invalid-yaml", .error, "the front-matter is not a YAML mapping",
        example: "content/transport/bus.md:3:8: error: invalid YAML: did not find expected ',' or ']'",
        fix: "write `key: value` lines (a space after each `:`); quote titles holding `:` or `#`")
    public static let frontMatterDuplicateKey = DiagnosticKind(
        "front-matter.duplicate-key", .warning, "a key is written twice in one mapping of the front-matter; the last one is read",
        example: "content/equipe/quy.md:2:1: warning: 'osgeo' written twice in one mapping: the last one is read",
        fix: "keep one of the two entries", adjustable: true)
    public static let frontMatterInvalidValue = DiagnosticKind(
        "front-matter.invalid-value", .error, "a front-matter key has a value of the wrong type or outside its choices",
        example: "content/faq/a.md:4:7: error: unknown status 'publie', expected published, draft or archived",
        fix: "give the value the reference page lists for that key (Documentation/Reference/front-matter.md)")
    public static let frontMatterForeignValue = DiagnosticKind(
        "front-matter.foreign-value", .warning,
        "a key another tool names so (`summary`, `weight`, `slug`…) holds a value Repère does not read there, such as a theme's settings: it is ignored",
        example: "content/guide/a.md:5:5: warning: 'summary' must be a string, found a mapping: ignored, as another tool's setting",
        fix: "remove the key, or give it the value the reference page lists for its Repère name")
    public static let frontMatterUnknownType = DiagnosticKind(
        "front-matter.unknown-type", .warning,
        "a page's `type:` is none of Repère's (Hugo's `type: docs` picks a layout): the page is published as an article",
        example: "content/guide/a.md:3:7: warning: unknown type 'docs', expected faq, tutorial, article, path or event: read as 'article'",
        fix: "write one of the types the reference page lists, or remove `type:`")
    public static let frontMatterMissingTitle = DiagnosticKind(
        "front-matter.missing-title", .warning, "a page has no `title` and no `# heading`: it is titled after its file name",
        example: "content/faq/a.md:1:1: warning: no title: the page is titled 'A' after its file name",
        fix: "add `title: \"…\"` to the front-matter, or start the text with a `# Titre` heading")
    public static let contentInferredTitle = DiagnosticKind(
        "content.inferred-title", .note, "a page without `title:` is titled by its first `# heading` (shown with `--verbose`)",
        example: "content/faq/a.md: note: title 'Changer de centre' is the page's first heading",
        fix: "nothing, or add `title:` to choose another", verboseOnly: true)
    public static let contentTranslated = DiagnosticKind(
        "content.translated", .note, "a page with a French translation beside it (`faq.md`, `faq.fr.md`) is left out: the translation is published at its address (shown with `--verbose`)",
        example: "docs/faq.md: note: 'faq.fr.md' is its French translation, published at its address instead",
        fix: "nothing (Hugo and MkDocs' i18n plugin publish each language apart), or remove one of the two", verboseOnly: true)
    public static let contentInvalidSlug = DiagnosticKind(
        "content.invalid-slug", .error, "a file name gives an empty URL (no letter or digit)",
        example: "content/faq/¿¿.md: error: cannot make a URL from the file name '¿¿.md'",
        fix: "use letters or digits in the file name", adjustable: false)
    public static let contentActiveFile = DiagnosticKind(
        "content.active-file", .warning,
        "an HTML or JavaScript file, or an SVG image with a script or event handler, is left out: it would run code on the site's origin",
        example: "content/faq/outil.html:1:1: warning: 'outil.html' is not published: an HTML or JavaScript file would run on the site's origin",
        fix: "publish the file elsewhere and link to it; export SVG images without scripts or event handlers")
    public static let contentDuplicateURL = DiagnosticKind(
        "content.duplicate-url", .error, "two files would be published at the same URL",
        example: "content/faq/Etape.md: error: '/faq/etape/' is also the URL of content/faq/étape.md",
        fix: "rename one of the two files", adjustable: false)
    public static let contentUnicodeTwin = DiagnosticKind(
        "content.unicode-twin", .warning,
        "two files' names differ only in how an accent is encoded (`é` as one character, or `e` and a combining accent, as macOS writes names): they are one name, so only one file is read",
        example: "content/captures/création.png: warning: 'captures/création.png' is written twice, once with letters and combining accents (as macOS writes names): only the other is read",
        fix: "delete or rename one of the two files (`git rm` the one you do not use)")

    // MARK: - Navigation (`nav`, `nav_file`)

    public static let navUnlistedPage = DiagnosticKind(
        "nav.unlisted-page", .warning, "a page is not in the navigation (`nav` or `nav_file`), so it is not published",
        example: "content/guide/ancien.md: warning: 'guide/ancien.md' is not in SUMMARY.md: it is not published",
        fix: "add it to the navigation, or delete it (or list it in `exclude:` to silence this)")
    public static let navMissingPage = DiagnosticKind(
        "nav.missing-page", .warning, "the navigation names a file that does not exist",
        example: "content/SUMMARY.md:12:3: warning: 'guide/absent.md' is in the navigation but does not exist",
        fix: "correct the entry, or remove it")

    // MARK: - Structure and audiences

    public static let sectionMissingIndex = DiagnosticKind(
        "section.missing-index", .warning, "a folder has no `_section.md`, so its title is made from its name",
        example: "content/faq: warning: folder 'faq' has no _section.md; its title is made from its name",
        fix: "add `_section.md` with a title and a description")
    public static let sectionEmpty = DiagnosticKind(
        "section.empty", .warning, "a section has no published page",
        example: "content/archives/_section.md: warning: section 'archives' has no published pages",
        fix: "add a page, or remove the section")
    public static let audienceUnknown = DiagnosticKind(
        "audience.unknown", .warning, "a page names an audience that `audiences:` in repere.yml does not declare",
        example: "content/faq/a.md:5:11: warning: unknown audience 'referents'", fix: "use a declared ID, or declare it")
    public static let audienceOutsideSection = DiagnosticKind(
        "audience.outside-section", .warning, "a page names an audience its section excludes (a page may only narrow it)",
        example: "content/faq/a.md:5:11: warning: audience 'volontaire' is not an audience of the section 'FAQ'",
        fix: "remove the audience, or add it to the section")

    // MARK: - Markdown

    public static let htmlRawOmitted = DiagnosticKind(
        "html.raw-omitted", .warning, "raw HTML in Markdown is left out of the page (`unsafe_html` is off)",
        example: "content/faq/a.md:12:1: warning: raw HTML '<iframe src=…>' is left out of the page",
        fix: "write it in Markdown, or set `unsafe_html: true` if this HTML is trusted")
    public static let linkUnsafeURL = DiagnosticKind(
        "link.unsafe-url", .warning, "a link or image URL with a dangerous scheme (`javascript:`, `data:`, …) is replaced by `#`",
        example: "content/faq/a.md:8:3: warning: unsafe URL 'javascript:alert(1)' is replaced by '#'",
        fix: "link to an https:// address or a page of the site")
    public static let markdownTooDeep = DiagnosticKind(
        "markdown.too-deep", .error,
        "a page nests blocks, inlines or front-matter values more than 256 levels deep; it is not published",
        example: "content/faq/a.md:5:257: error: Markdown nested more than 256 levels deep",
        fix: "nest block quotes, lists, emphasis and front-matter lists less deeply", adjustable: false)

    public static let markdownUnknownDirective = DiagnosticKind(
        "markdown.unknown-directive", .warning, "a container of another tool (`:::name`, `/// name`, `{% name %}`, a Hugo shortcode: once per page and name, with its number of uses) that Repère does not understand is shown as text",
        example: "content/guide/a.md:12:1: warning: '{% swagger %}' is not understood: it is shown as text",
        fix: "write it in Markdown, or use a container Repère knows (`::: tip`, `/// note`, `{% hint %}`, `{% tabs %}`, `{% code %}`, `{% file %}`, `{% embed %}`)")

    public static let snippetMissing = DiagnosticKind(
        "snippet.missing", .error, "a file a page includes (`--8<-- \"fichier.md\"`, MkDocs' snippets), or the section of it named, does not exist; the line is left out",
        example: "content/guide/a.md:12:1: error: snippet 'includes/avertissement.md' does not exist",
        fix: "correct the path (from the project folder, or a `snippets.base_path`), or add the file")
    public static let snippetOutsideProject = DiagnosticKind(
        "snippet.outside-project", .error,
        "a page includes a file outside the project or its base path, or a hidden file: it is not read",
        example: "content/guide/a.md:3:1: error: snippet '../../etc/passwd' is not read: '../../etc/passwd' leaves the project",
        fix: "include files of the project only, from a base path (`snippets.base_path`)", adjustable: false)
    public static let snippetSkipped = DiagnosticKind(
        "snippet.skipped", .warning,
        "a snippet is not included: an address (nothing is downloaded), a file that includes itself, lines chosen by a regular expression, or too deep or too large",
        example: "content/guide/a.md:8:5: warning: snippet 'https://example.org/a.json' is not downloaded: the line is left out",
        fix: "copy the file into the project, or break the loop")

    // MARK: - Links, images and addresses (the resolve stage)

    public static let linkBroken = DiagnosticKind(
        "link.broken", .error, "a link (or a `related:` entry) to a page or file that does not exist",
        example: "content/affectations/changer-de-centre.md:14:22: error: link target 'centre.md' does not exist",
        fix: "correct the path (relative to the page's file, with `.md`)")
    public static let linkMissingAnchor = DiagnosticKind(
        "link.missing-anchor", .error, "a link's `#anchor` matches no heading of its target",
        example: "content/faq/a.md:9:4: error: no heading of 'b.md' has the anchor 'etape-3'",
        fix: "link to an anchor the target's headings give (see its page's table of contents)")
    public static let linkToDraft = DiagnosticKind(
        "link.to-draft", .error, "a published page links to a draft, which is not published",
        example: "content/faq/a.md:9:4: error: 'b.md' is a draft", fix: "publish the target, or remove the link")
    public static let linkToArchived = DiagnosticKind(
        "link.to-archived", .warning, "a live page links to an archived one",
        example: "content/faq/a.md:9:4: warning: 'b.md' is archived", fix: "link to the page that replaces it")
    public static let imageMissing = DiagnosticKind(
        "image.missing", .error, "an image file that does not exist",
        example: "content/faq/a.md:7:1: error: image 'capture.png' does not exist", fix: "add the file, or correct its path")
    public static let aliasCollision = DiagnosticKind(
        "alias.collision", .error, "an alias is already a page's URL or another page's alias (the live page wins)",
        example: "content/faq/a.md:6:5: error: alias '/faq/b/' is the URL of content/faq/b.md",
        fix: "remove the alias, or give it to one page only", adjustable: false)
    public static let historyRedirectCollision = DiagnosticKind(
        "history.redirect-collision", .warning, "a page's old URL from Git history is now another page's URL",
        example: "content/faq/a.md: warning: the old URL '/faq/b/' of this page (from 'faq/b.md') is now the page 'B'",
        fix: "nothing if the live page is the right one; else give this page an alias")
    public static let redirectIgnored = DiagnosticKind(
        "redirect.ignored", .warning, "a redirect of `repere.yml` is not made: it leads to no page, or its old address is a live page (which wins)",
        example: "repere.yml:12:3: warning: the redirect 'kit' leads to 'guide/kit.md', which is no page: the old address stays unknown",
        fix: "name the page's file as it is now, or remove the redirect")
    public static let linkAboveContent = DiagnosticKind(
        "link.above-content", .warning, "a link or image has more `../` than folders above it, and finds its file from the content folder (as GitBook and browsers do)",
        example: "content/guide/a.md:12:1: warning: '../../assets/plan.png' climbs above the content folder: read as 'assets/plan.png'",
        fix: "remove the extra `../`")
    public static let pathEscapesContent = DiagnosticKind(
        "path.escapes-content", .error,
        "a link, image or symbolic link climbs out of the content folder, or a symbolic link reaches a hidden file in it",
        example: "content/faq/a.md:3:9: error: '../../secret.txt' is outside the content folder",
        fix: "keep links and images inside content/; link to no hidden file (`.git/config`)", adjustable: false)
    public static let pathEscapesSite = DiagnosticKind(
        "path.escapes-site", .error, "an alias or output path climbs out of the site folder",
        example: "content/faq/a.md:6:5: error: alias '/../x/' is not inside the site",
        fix: "use site paths such as `/ancienne-page/`", adjustable: false)
    public static let staticClash = DiagnosticKind(
        "static.clash", .warning, "a file of the static folder (`static_dir`) has the address of a page or another file of the site, which wins",
        example: "static/sitemap.xml:1:1: warning: 'static/sitemap.xml' is not published: the sitemap is at /sitemap.xml",
        fix: "rename or remove the static file")
    public static let outputCollision = DiagnosticKind(
        "output.collision", .error, "two parts of the build would write the same output file",
        example: "error: 'index.html' from content/index.md would overwrite the one from the home page",
        fix: "rename one of the files the message names", adjustable: false)

    // MARK: - Onboarding paths (`type: path`)

    public static let onboardingPathStepNotFound = DiagnosticKind(
        "onboarding-path.step-not-found", .error, "a step of an onboarding path is not a page of the site",
        example: "content/parcours/bien-demarrer.md:9:5: error: step '../faq/absente.md' does not exist",
        fix: "correct the step's path (relative to the path's file, with `.md`)")
    public static let onboardingPathStepUnpublished = DiagnosticKind(
        "onboarding-path.step-unpublished", .error, "a step of an onboarding path is a draft or an archived page",
        example: "content/parcours/bien-demarrer.md:9:5: error: step 'ancienne.md' is archived",
        fix: "point the step at the page that replaces it, or publish the page")
    public static let onboardingPathStepMissingAnchor = DiagnosticKind(
        "onboarding-path.step-missing-anchor", .error, "a step's `#anchor` matches no heading of its page",
        example: "content/parcours/bien-demarrer.md:9:5: error: no heading of 'Changer de centre' has the anchor '#etape-9'",
        fix: "use an anchor of the page's headings (see its table of contents)")
    public static let onboardingPathEmpty = DiagnosticKind(
        "onboarding-path.empty", .warning, "an onboarding path has no step",
        example: "content/parcours/bien-demarrer.md:3:7: warning: the path 'Bien démarrer' has no step",
        fix: "list its pages under `steps:`")
    public static let onboardingPathDuplicateStep = DiagnosticKind(
        "onboarding-path.duplicate-step", .warning, "an onboarding path lists the same page (and anchor) twice",
        example: "content/parcours/bien-demarrer.md:14:5: warning: step 'a.md' is already step 2",
        fix: "remove one of the two steps")
    public static let onboardingPathAudienceMismatch = DiagnosticKind(
        "onboarding-path.audience-mismatch", .warning, "a step's page is not meant for any audience of its path",
        example: "content/parcours/bien-demarrer.md:9:5: warning: step 'a.md' is for Chef de centre, not for the path's audiences",
        fix: "choose a page for the path's audience, or widen the page's `audience`")
    public static let onboardingPathNotAPath = DiagnosticKind(
        "onboarding-path.not-a-path", .warning, "a page has `steps:` but is not `type: path`, so the steps are ignored",
        example: "content/parcours/bien-demarrer.md:5:1: warning: 'Bien démarrer' has steps but is not 'type: path'",
        fix: "add `type: path`, or remove `steps:`")

    // MARK: - Events (`type: event`, webinaires)

    public static let eventMissingStart = DiagnosticKind(
        "event.missing-start", .error, "a page of `type: event` has no `start`",
        example: "content/webinaires/accueil.md:3:1: error: the event 'Webinaire d'accueil' has no start",
        fix: "add `start: 2027-01-13 14:00` (local time)")
    public static let eventInvalidDateTime = DiagnosticKind(
        "event.invalid-date-time", .error, "an event's `start` or `end` is not a date and time",
        example: "content/webinaires/accueil.md:4:1: error: 'start' must be a date and time such as 2027-01-13 14:00, found '13/01/2027'",
        fix: "write `2027-01-13 14:00` or `2027-01-13T14:00`; `end` may be a time the same day (`15:30`)")
    public static let eventEndBeforeStart = DiagnosticKind(
        "event.end-before-start", .error, "an event's `end` is not after its `start`",
        example: "content/webinaires/accueil.md:5:1: error: the event ends (2027-01-13 13:00) before it starts (2027-01-13 14:00)",
        fix: "correct `end`; both are in the event's time zone")
    public static let eventUnknownTimeZone = DiagnosticKind(
        "event.unknown-time-zone", .error, "an event's `timezone` (or the site's) is not a known IANA time zone",
        example: "content/webinaires/accueil.md:6:1: error: unknown time zone 'Europe/Pariss'",
        fix: "use an IANA name such as `Europe/Paris` or `Indian/Reunion`")
    public static let eventReplayMissing = DiagnosticKind(
        "event.replay-missing", .warning,
        "an event ended more than `event_replay_days` days ago (repere.yml, default 14), is not cancelled, and has no `replay`",
        example: "content/webinaires/accueil.md:4:1: warning: 'Webinaire d'accueil' took place on 2026-10-13 and has no replay",
        fix: "add `replay:` (a page or an address), or `cancelled: true` if it did not take place")
    public static let eventNotAnEvent = DiagnosticKind(
        "event.not-an-event", .warning, "a page has `start:` but is not `type: event`, so it is not listed as an event",
        example: "content/webinaires/accueil.md:4:1: warning: 'Webinaire d'accueil' has a start but is not 'type: event'",
        fix: "add `type: event`, or remove `start:`")

    // MARK: - Videos (`video:`)

    public static let videoMissingCaptions = DiagnosticKind(
        "video.missing-captions", .error, "a page's `video` has no `captions` (RGAA 4.3: a video with speech has synchronised captions)",
        example: "content/webinaires/replay.md:4:1: error: the video of 'Replay' has no captions",
        fix: "add `captions:` with a WebVTT file in French beside the page")
    public static let videoMissingTranscript = DiagnosticKind(
        "video.missing-transcript", .error, "a page's `video` has no `transcript` (RGAA 4.1: a video has a text alternative)",
        example: "content/webinaires/replay.md:4:1: error: the video of 'Replay' has no transcript",
        fix: "add `transcript:` with a text file of what is said and shown, paragraphs starting with a time code")
    public static let videoInvalidWebVTT = DiagnosticKind(
        "video.invalid-webvtt", .error, "a caption file is not valid WebVTT: no `WEBVTT` header, or a cue's timing line cannot be read",
        example: "content/webinaires/replay.fr.vtt:7:15: error: '00:01.000 -> 00:04.000' is not a cue timing: expected '-->' after the start time",
        fix: "start the file with `WEBVTT`; write timings as `00:12:34.000 --> 00:12:38.500`")
    public static let videoCuesOutOfOrder = DiagnosticKind(
        "video.cues-out-of-order", .error, "a caption cue starts before the cue above it",
        example: "content/webinaires/replay.fr.vtt:10:1: error: the cue at 00:02 comes after the cue at 00:05 (line 7)",
        fix: "order the cues by start time")
    public static let videoMissingPosterAlt = DiagnosticKind(
        "video.missing-poster-alt", .error, "a video's `poster` has no `poster_alt`",
        example: "content/webinaires/replay.md:8:3: error: the video's poster 'replay.png' has no text alternative",
        fix: "add `poster_alt:` describing the image")
    public static let videoTooLarge = DiagnosticKind(
        "video.too-large", .warning, "a video file of the content folder is larger than `video_max_mb` (repere.yml, default 200)",
        example: "content/webinaires/replay.md:5:3: warning: 'replay.mp4' weighs 412 MB, more than 200 MB",
        fix: "compress it, or publish it on a video platform (PeerTube) and link to its page")
    public static let videoMissingFile = DiagnosticKind(
        "video.missing-file", .error, "a file named in `video` (`src`, `captions`, `transcript`, `poster`) does not exist",
        example: "content/webinaires/replay.md:5:3: error: 'video.captions': 'replay.fr.vtt' does not exist",
        fix: "correct the path, relative to the page's file")
    public static let videoUnsupportedSource = DiagnosticKind(
        "video.unsupported-source", .error,
        "a video's `src` is neither an MP4 or WebM file nor a PeerTube, Dailymotion or YouTube page, or a caption, transcript or poster is an address",
        example: "content/webinaires/replay.md:5:3: error: 'https://exemple.fr/video' is not a video page of PeerTube, Dailymotion or YouTube",
        fix: "put a WebM or MP4 file beside the page, or link to the video's page on a supported platform")

    // MARK: - Check rules (content quality and accessibility)

    public static let pageReplacesNews = DiagnosticKind(
        "page.replaces-news", .warning,
        "a page is published at `/nouveautes/`, the address of the generated « Nouveautés » page (the recent changes, which `feed.xml` links to), which is then not written",
        example: "content/nouveautes.md:1:1: warning: 'Nouveautés' is published at /nouveautes/ instead of the generated Nouveautés page",
        fix: "keep it (`checks: page.replaces-news: off`), or give the page another address (rename the file, or set `permalink:`) to get the generated page back")
    public static let pageReservedAddress = DiagnosticKind(
        "page.reserved-address", .error,
        "a page is published at the address of a page the build writes itself: the search page (`/recherche/`), the site map (`/plan-du-site/`), the listing of a tag or category in use",
        example: "content/recherche.md:1:1: error: 'Recherche' would be published at /recherche/, the address of the search page",
        fix: "give the page another address: rename the file, or set `slug:` in its front matter")
    public static let pageOrphan = DiagnosticKind(
        "page.orphan", .warning, "a published article that no other page links to (in its text or `related:`)",
        example: "content/faq/a.md:1:1: warning: no other page links to 'Changer de centre'",
        fix: "link to it from a related page, or archive it")
    public static let pageDuplicateTitle = DiagnosticKind(
        "page.duplicate-title", .warning, "two live pages share a title, ignoring case and accents (RGAA 8.6)",
        example: "content/b.md:1:1: warning: 'Transport' is also the title of content/a.md",
        fix: "make each title say what its page is about")
    public static let pageMissingDescription = DiagnosticKind(
        "page.missing-description", .warning, "a page has no `description` (cards, search results, `<meta>`)",
        example: "content/faq/a.md:1:1: warning: 'Changer de centre' has no description",
        fix: "add a one-sentence `description:`")
    public static let pageReviewOverdue = DiagnosticKind(
        "page.review-overdue", .warning, "the page's `review_by` date has passed",
        example: "content/faq/a.md:4:12: warning: review date 2026-06-30 has passed",
        fix: "review the page, then move `review_by` forward")
    public static let imageMissingAlt = DiagnosticKind(
        "image.missing-alt", .warning, "an image without alternative text, or whose alternative is its file name (RGAA 1.1, 1.3)",
        example: "content/faq/a.md:7:1: warning: image 'capture.png' has no alternative text",
        fix: "describe what the image shows: `![Le bouton « Valider »](capture.png)`")
    public static let linkVagueText = DiagnosticKind(
        "link.vague-text", .warning, "a link text that says nothing out of context: « ici », « en savoir plus », a bare URL (RGAA 6.1)",
        example: "content/faq/a.md:9:4: warning: link text 'ici' does not say where the link goes",
        fix: "name the target: « la fiche Changer de centre »")
    public static let linkEmptyText = DiagnosticKind(
        "link.empty-text", .warning, "a link with no text, or whose only image has no alternative (RGAA 6.2)",
        example: "content/faq/a.md:9:4: warning: link has no text", fix: "give the link a text, or its image an alternative")
    public static let headingLevelSkipped = DiagnosticKind(
        "heading.level-skipped", .warning, "a heading skips a level (`##` then `####`), or a `#` heading in the body (RGAA 9.1)",
        example: "content/faq/a.md:20:1: warning: heading level 4 follows level 2",
        fix: "use the next level down; the title is the page's only level 1")

    // MARK: - Glossary, theme and Git

    public static let glossaryInvalidYAML = DiagnosticKind(
        "glossary.invalid-yaml", .error, "content/glossary.yml is not a YAML mapping",
        example: "content/glossary.yml:4:3: error: invalid YAML: mapping values are not allowed here",
        fix: "write `terms:` then one `- term: …` entry per term")
    public static let glossaryInvalidValue = DiagnosticKind(
        "glossary.invalid-value", .error, "a glossary value has the wrong type",
        example: "content/glossary.yml:2:8: error: 'terms' must be a list", fix: "follow the glossary format")
    public static let glossaryUnknownKey = DiagnosticKind(
        "glossary.unknown-key", .warning, "the glossary has a key Repère does not know",
        example: "content/glossary.yml:5:5: warning: unknown key 'definiton' in a term", fix: "correct the key")
    public static let glossaryMissingTerm = DiagnosticKind(
        "glossary.missing-term", .error, "a glossary entry has no `term`",
        example: "content/glossary.yml:7:5: error: a glossary entry has no 'term'", fix: "add `term: …` to the entry")
    public static let templateInvalid = DiagnosticKind(
        "template.invalid", .error, "a template of the theme does not parse, names a partial that does not exist, or includes itself without end",
        example: "templates/article.mustache:12:5: error: invalid template: unclosed section 'page'",
        fix: "close every `{{#…}}` with its `{{/…}}`; name existing partials; include a template in itself only inside a section", adjustable: false)
    public static let templateInvalidYAML = DiagnosticKind(
        "template.invalid-yaml", .error, "a UI strings file (`templates/i18n/*.yml`) is not a YAML mapping",
        example: "templates/i18n/fr.yml:3:1: error: invalid YAML: could not find expected ':'",
        fix: "write `key: \"texte\"` lines", adjustable: false)
    public static let templateInvalidValue = DiagnosticKind(
        "template.invalid-value", .error, "a UI string is not text",
        example: "templates/i18n/fr.yml:3:8: error: 'search_label' must be a string, found a list",
        fix: "give each key one string")
    public static let gitNoRepository = DiagnosticKind(
        "git.no-repository", .note, "the project is not in a Git repository: pages have no dates or authors",
        example: "note: the project is not in a Git repository: pages have no dates or authors",
        fix: "`git init` and commit; front-matter `created` and `updated` still apply")
    public static let gitNoCommits = DiagnosticKind(
        "git.no-commits", .note, "the repository has no commit yet: dates come from the files",
        example: "note: the repository has no commits yet: dates come from the files", fix: "commit the content")
    public static let gitShallowHistory = DiagnosticKind(
        "git.shallow-history", .note, "the clone is shallow: pages older than its history have no creation date",
        example: "note: the clone is shallow: history stops after 1 commits, …",
        fix: "clone with the whole history (`fetch-depth: 0` in GitHub Actions, `GIT_DEPTH: 0` in GitLab CI)")
    public static let gitUnreadable = DiagnosticKind(
        "git.unreadable", .warning, "the Git history cannot be read; pages are built without Git dates",
        example: "warning: cannot read the Git history: object not found", fix: "check the repository with `git fsck`")
    public static let gitMovedIntoContent = DiagnosticKind(
        "git.moved-into-content", .note, "pages were moved into the content folder from elsewhere; their history there is followed (shown with `--verbose`)",
        example: "note: pages moved into content/ from docs/, docs/guide/: their history there counts",
        fix: "nothing", verboseOnly: true)
    public static let gitIgnoreRevisionsUnreadable = DiagnosticKind(
        "git.ignore-revisions-unreadable", .warning, "the file of `history.ignore_revisions` cannot be read; no commit is ignored",
        example: "repere.yml:3:21: warning: cannot read .git-blame-ignore-revs: no such file",
        fix: "create the file, or correct the path (relative to the folder of repere.yml)")
    public static let gitUnknownRevision = DiagnosticKind(
        "git.unknown-revision", .warning, "a line of the `history.ignore_revisions` file is not a commit of the repository",
        example: ".git-blame-ignore-revs:4:1: warning: 'abc123' is not a commit of this repository",
        fix: "write the commit's full id (`git rev-parse COMMIT`), or remove the line")

    // MARK: - Import (`repere import snupport`)

    public static let importInvalidJSON = DiagnosticKind(
        "import.invalid-json", .error, "an export file is not JSON (one document per line, or an array), or not UTF-8",
        example: "knowledgebases.json:12:31: error: not JSON: expected ',' or '}' after a member, found ']'",
        fix: "export the collection again with mongoexport; the import writes nothing until the file reads", adjustable: false)
    public static let importInvalidExtendedJSON = DiagnosticKind(
        "import.invalid-extended-json", .error, "a MongoDB Extended JSON value is malformed (`$oid`, `$date`, `$numberLong`…)",
        example: "knowledgebases.json:7:1: error: record 64b7f0c2a1e4d93b2c8a1f01: 'createdAt': '$date' value 'hier' is not an ISO 8601 date",
        fix: "correct the value in the export, or export it again with mongoexport", adjustable: false)
    public static let importMissingField = DiagnosticKind(
        "import.missing-field", .error, "a record lacks a field the SNUpport model requires (`_id`, `type`, `title`, `slug`, `position`, `status`)",
        example: "knowledgebases.json:7:1: error: record 64b7f0c2a1e4d93b2c8a1f01 has no 'slug'",
        fix: "add the field to the record in the export (or remove the record)", adjustable: false)
    public static let importInvalidField = DiagnosticKind(
        "import.invalid-field", .error, "a record's field has the wrong type or a value outside the model's choices",
        example: "knowledgebases.json:7:1: error: record 64b7f0c2a1e4d93b2c8a1f01 'inscription': 'status' is 'ONLINE', expected DRAFT, PUBLISHED or ARCHIVED",
        fix: "give the field a value the SNUpport model allows", adjustable: false)
    public static let importDuplicateID = DiagnosticKind(
        "import.duplicate-id", .error, "two records of an export have the same `_id`",
        example: "knowledgebases.json:9:1: error: record 64b7f0c2a1e4d93b2c8a1f01 appears twice (also at line 7)",
        fix: "keep one of the two records", adjustable: false)
    public static let importDuplicateSlug = DiagnosticKind(
        "import.duplicate-slug", .error, "two records share a slug, which SNUpport keeps unique: their old URLs would collide",
        example: "knowledgebases.json:9:1: error: record 64b7…f02 has the slug 'je-m-inscris' of record 64b7…f01 (line 7)",
        fix: "rename one of the two slugs in the export", adjustable: false)
    public static let importParentCycle = DiagnosticKind(
        "import.parent-cycle", .error, "records are their own ancestors through `parentId`, so they have no place in the tree",
        example: "knowledgebases.json:7:1: error: record 64b7…f01 'phase-1' is its own ancestor: 64b7…f01 → 64b7…f02 → 64b7…f01",
        fix: "point one `parentId` of the cycle at a real section (or remove it)", adjustable: false)
    public static let importParentIsArticle = DiagnosticKind(
        "import.parent-is-article", .warning, "a record's `parentId` names an article, not a section; it goes to `a-classer/`",
        example: "knowledgebases.json:9:1: warning: record 64b7…f02 'bagages' is inside the article 64b7…f01 'sejour', not a section; it goes to a-classer/",
        fix: "move the page to its section after the import", adjustable: false)
    public static let importOrphan = DiagnosticKind(
        "import.orphan", .warning, "a record's `parentId` names a record missing from the export; it goes to `a-classer/`",
        example: "knowledgebases.json:9:1: warning: record 64b7…f02 'bagages' names the parent 64b7…f99, which is not in the export; it goes to a-classer/",
        fix: "move the page to its section after the import", adjustable: false)
    public static let importUnknownRole = DiagnosticKind(
        "import.unknown-role", .warning, "`allowedRoles` names a role outside SNUpport's vocabulary; it becomes an audience labelled with its id",
        example: "knowledgebases.json:9:1: warning: record 64b7…f02 'bagages': unknown role 'parent'; it becomes the audience 'parent', labelled with its id",
        fix: "give the audience a French label in `audiences:` of repere.yml, or remove it from the pages", adjustable: false)
    public static let importAudienceWidened = DiagnosticKind(
        "import.audience-widened", .warning, "a record asks for roles its parent section lacks; as in SNUpport, they are cut",
        example: "knowledgebases.json:9:1: warning: record 64b7…f02 'bagages' asks for 'young-cle', which its parent 64b7…f01 'sejour' does not have; it is cut",
        fix: "nothing if the cut is right; else add the audience to the section", adjustable: false)
    public static let importNoAudience = DiagnosticKind(
        "import.no-audience", .warning, "no role could read a record in SNUpport (its roles, cut to its sections', are none); it is imported as a draft",
        example: "knowledgebases.json:9:1: warning: no role can read record 64b7…f02 'bagages' (no role left after its sections'); it is imported as a draft",
        fix: "give the page an audience and publish it, or delete it", adjustable: false)
    public static let importUnknownNode = DiagnosticKind(
        "import.unknown-node", .warning, "an article body holds a Slate node type the SNUpport editor does not make; its text is kept",
        example: "knowledgebases.json:9:1: warning: record 64b7…f02 'bagages': unknown Slate node 'table' (1 time); its text is kept as paragraphs",
        fix: "rewrite that part of the page in Markdown", adjustable: false)
    public static let importMalformedNode = DiagnosticKind(
        "import.malformed-node", .warning, "an article body holds a node that is not valid Slate, or an image, video or link without URL; it is left out",
        example: "knowledgebases.json:9:1: warning: record 64b7…f02 'bagages': an image node has no 'url'; it is left out",
        fix: "check the page against SNUpport and add what is missing", adjustable: false)
    public static let importUnknownLink = DiagnosticKind(
        "import.unknown-link", .warning, "a link to the knowledge base (or relative) names no record of the export; its text is kept without the link",
        example: "knowledgebases.json:9:1: warning: record 64b7…f02 'bagages': link '/base-de-connaissance/trousseau' (« le trousseau ») names no record of the export; its text is kept",
        fix: "link the text to the page that replaces it", adjustable: false)
    public static let importLinkToDraft = DiagnosticKind(
        "import.link-to-draft", .warning, "a published or archived record links to a draft; the link is kept as text (a draft is not published)",
        example: "knowledgebases.json:9:1: warning: record 64b7…f02 'bagages': link to the draft 'trousseau' (« le trousseau ») is kept as text",
        fix: "publish the target and link it again, or leave the text", adjustable: false)
    public static let importMissingAsset = DiagnosticKind(
        "import.missing-asset", .warning, "with `--download-assets`, an image is not in the folder; its external URL is kept",
        example: "knowledgebases.json:9:1: warning: record 64b7…f02 'bagages': image 'https://…/valise.png' is not in the assets folder; its URL is kept",
        fix: "fetch the file into the folder and import again", adjustable: false)
    public static let importRenamed = DiagnosticKind(
        "import.renamed", .note, "a record's file or folder name differs from its slug (not a URL-safe slug, or a name Repère reserves)",
        example: "knowledgebases.json:9:1: note: record 64b7…f02 'recherche' is written as 'recherche-2': 'recherche' is a page of every site",
        fix: "nothing: the old URL is still an alias of the page", adjustable: false)
    public static let importUnknownArticle = DiagnosticKind(
        "import.unknown-article", .warning, "a feedback entry names an article missing from the knowledge base export; it is left out",
        example: "feedbacks.json:3:1: warning: feedback entry names the article 64b7…f99, which is not in the export; it is left out",
        fix: "export the feedback and the knowledge base at the same time", adjustable: false)

    /// The whole catalogue, in the order of the reference page.
    public static let all: [DiagnosticKind] = [
        configInvalidUTF8, configInvalidYAML, configInvalidValue, configUnknownKey, configUnknownCheck, configUnknownFolder,
        configDeprecatedKey, configRelativeBaseURL,
        fileUnreadable, fileInvalidUTF8, fileEmpty, frontMatterUnterminated, frontMatterUnclosed, frontMatterInvalidYAML,
        frontMatterDuplicateKey, frontMatterInvalidValue, frontMatterForeignValue, frontMatterUnknownType, frontMatterMissingTitle, contentInferredTitle, contentTranslated, contentInvalidSlug, contentDuplicateURL, contentUnicodeTwin,
        contentActiveFile,
        navUnlistedPage, navMissingPage,
        sectionMissingIndex, sectionEmpty, audienceUnknown, audienceOutsideSection,
        htmlRawOmitted, linkUnsafeURL, markdownUnknownDirective, markdownTooDeep, snippetMissing, snippetOutsideProject, snippetSkipped,
        linkBroken, linkMissingAnchor, linkToDraft, linkToArchived, imageMissing, aliasCollision,
        historyRedirectCollision, redirectIgnored, linkAboveContent, pathEscapesContent, pathEscapesSite, staticClash, outputCollision,
        onboardingPathStepNotFound, onboardingPathStepUnpublished, onboardingPathStepMissingAnchor, onboardingPathEmpty,
        onboardingPathDuplicateStep, onboardingPathAudienceMismatch, onboardingPathNotAPath,
        eventMissingStart, eventInvalidDateTime, eventEndBeforeStart, eventUnknownTimeZone, eventReplayMissing, eventNotAnEvent,
        videoMissingCaptions, videoMissingTranscript, videoInvalidWebVTT, videoCuesOutOfOrder, videoMissingPosterAlt, videoTooLarge,
        videoMissingFile, videoUnsupportedSource,
        pageOrphan, pageReplacesNews, pageReservedAddress, pageDuplicateTitle, pageMissingDescription, pageReviewOverdue, imageMissingAlt, linkVagueText,
        linkEmptyText, headingLevelSkipped,
        glossaryInvalidYAML, glossaryInvalidValue, glossaryUnknownKey, glossaryMissingTerm,
        templateInvalid, templateInvalidYAML, templateInvalidValue,
        gitNoRepository, gitNoCommits, gitShallowHistory, gitUnreadable, gitMovedIntoContent, gitIgnoreRevisionsUnreadable, gitUnknownRevision,
        importInvalidJSON, importInvalidExtendedJSON, importMissingField, importInvalidField, importDuplicateID,
        importDuplicateSlug, importParentCycle, importParentIsArticle, importOrphan, importUnknownRole,
        importAudienceWidened, importNoAudience, importUnknownNode, importMalformedNode, importUnknownLink,
        importLinkToDraft, importMissingAsset, importRenamed, importUnknownArticle,
    ]
}
