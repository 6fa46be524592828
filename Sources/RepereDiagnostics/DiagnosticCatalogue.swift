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
        fix: "write `key: value` lines; quote values holding `:` or `#`", adjustable: false)
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
        "file.empty", .error, "a Markdown file is empty",
        example: "content/faq/a.md: error: file is empty", fix: "write its front-matter and text, or delete it")
    public static let frontMatterUnterminated = DiagnosticKind(
        "front-matter.unterminated", .error, "a front-matter block opened with `---` is never closed",
        example: "content/faq/a.md:1:1: error: front-matter opened with '---' is never closed",
        fix: "add a line `---` after the last front-matter key", adjustable: false)
    public static let frontMatterInvalidYAML = DiagnosticKind(
        "front-matter.invalid-yaml", .error, "the front-matter is not a YAML mapping",
        example: "content/transport/bus.md:3:8: error: invalid YAML: did not find expected ',' or ']'",
        fix: "write `key: value` lines; quote titles holding `:` or `#`", adjustable: false)
    public static let frontMatterInvalidValue = DiagnosticKind(
        "front-matter.invalid-value", .error, "a front-matter key has a value of the wrong type or outside its choices",
        example: "content/faq/a.md:4:7: error: unknown type 'fac', expected faq, tutorial or article",
        fix: "give the value the reference page lists for that key (Documentation/Reference/front-matter.md)")
    public static let frontMatterMissingTitle = DiagnosticKind(
        "front-matter.missing-title", .error, "a page has no `title` (or an empty one)",
        example: "content/faq/a.md:1:1: error: missing 'title'", fix: "add `title: \"…\"` to the front-matter")
    public static let contentInvalidSlug = DiagnosticKind(
        "content.invalid-slug", .error, "a file name gives an empty URL (no letter or digit)",
        example: "content/faq/¿¿.md: error: cannot make a URL from the file name '¿¿.md'",
        fix: "use letters or digits in the file name", adjustable: false)
    public static let contentDuplicateURL = DiagnosticKind(
        "content.duplicate-url", .error, "two files would be published at the same URL",
        example: "content/faq/Etape.md: error: '/faq/etape/' is also the URL of content/faq/étape.md",
        fix: "rename one of the two files", adjustable: false)

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
    public static let pathEscapesContent = DiagnosticKind(
        "path.escapes-content", .error, "a link, image or symbolic link climbs out of the content folder",
        example: "content/faq/a.md:3:9: error: '../../secret.txt' is outside the content folder",
        fix: "keep links and images inside content/", adjustable: false)
    public static let pathEscapesSite = DiagnosticKind(
        "path.escapes-site", .error, "an alias or output path climbs out of the site folder",
        example: "content/faq/a.md:6:5: error: alias '/../x/' is not inside the site",
        fix: "use site paths such as `/ancienne-page/`", adjustable: false)
    public static let outputCollision = DiagnosticKind(
        "output.collision", .error, "two parts of the build would write the same output file",
        example: "error: 'index.html' from content/index.md would overwrite the one from the home page",
        fix: "rename one of the files the message names", adjustable: false)

    // MARK: - Check rules (content quality and accessibility)

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
        "template.invalid", .error, "a template of the theme does not parse, or names a partial that does not exist",
        example: "templates/article.mustache:12:5: error: invalid template: unclosed section 'page'",
        fix: "close every `{{#…}}` with its `{{/…}}`; name existing partials", adjustable: false)
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

    /// The whole catalogue, in the order of the reference page.
    public static let all: [DiagnosticKind] = [
        configInvalidUTF8, configInvalidYAML, configInvalidValue, configUnknownKey, configUnknownCheck,
        configRelativeBaseURL,
        fileUnreadable, fileInvalidUTF8, fileEmpty, frontMatterUnterminated, frontMatterInvalidYAML,
        frontMatterInvalidValue, frontMatterMissingTitle, contentInvalidSlug, contentDuplicateURL,
        sectionMissingIndex, sectionEmpty, audienceUnknown, audienceOutsideSection,
        htmlRawOmitted, linkUnsafeURL, markdownTooDeep,
        linkBroken, linkMissingAnchor, linkToDraft, linkToArchived, imageMissing, aliasCollision,
        historyRedirectCollision, pathEscapesContent, pathEscapesSite, outputCollision,
        pageOrphan, pageDuplicateTitle, pageMissingDescription, pageReviewOverdue, imageMissingAlt, linkVagueText,
        linkEmptyText, headingLevelSkipped,
        glossaryInvalidYAML, glossaryInvalidValue, glossaryUnknownKey, glossaryMissingTerm,
        templateInvalid, templateInvalidYAML, templateInvalidValue,
        gitNoRepository, gitNoCommits, gitShallowHistory, gitUnreadable,
    ]
}
