import RepereDiagnostics
import Testing
@testable import RepereContent

@Suite struct FrontMatterSplitterTests {
    @Test func splitsAndCountsTheLinesBeforeTheBody() throws {
        let parts = try FrontMatterSplitter.split("---\ntitle: A\ntype: faq\n---\n## Corps\n", file: "f.md").get()
        #expect(parts == .init(yaml: "title: A\ntype: faq\n", hasFrontMatter: true, body: "## Corps\n", bodyLineOffset: 4))
    }

    /// Found in a sweep: Hugo renders `summary:` as HTML; cards showed `&lt;b&gt;Un titre&lt;/b&gt;`.
    @Test(arguments: [
        ("summary: \"<b>Un titre</b><br/><em>Une revue</em> &amp; co\"", "Un titre Une revue & co"),
        ("description: \"Si a < b et c > d\"", "Si a < b et c > d"),
        ("description: \"Le <code>&lt;br&gt;</code> coupe\"", "Le <br> coupe"),
        ("description: \"Trois &amp; deux\"", "Trois &amp; deux"),
        ("description: \"Un bus & <car> <b>annulé</b>\"", "Un bus & <car> annulé"),
        // Found in a review: a tag named in a code span, a lone `<b`, an attribute holding `>`, and entities.
        ("description: \"La balise `<br>` coupe la ligne, et `<b>` met en gras.\"", "La balise `<br>` coupe la ligne, et `<b>` met en gras."),
        ("description: \"Si x < y et <b>y</b> > z\"", "Si x < y et y > z"),
        ("summary: '<a href=\"/?a>b\">Lien</a> d&rsquo;&eacute;t&#233; &#xE9; &inconnu;'", "Lien d’été é &inconnu;"),
    ])
    func aDescriptionInHTMLIsItsText(yaml: String, expected: String) {
        #expect(FrontMatter.decode(yaml: yaml, file: "a.md", lineOffset: 1).0.description == expected)
    }

    @Test func acceptsCRLFAndTheYAMLDocumentEndMarker() throws {
        let parts = try FrontMatterSplitter.split("---\r\ntitle: A\r\n...\r\nCorps", file: "f.md").get()
        #expect(parts.yaml == "title: A\r\n")
        #expect(parts.body == "Corps")
    }

    @Test func aFileWithoutFrontMatterIsAllBody() throws {
        let parts = try FrontMatterSplitter.split("# Titre\n", file: "f.md").get()
        #expect(!parts.hasFrontMatter)
        #expect(parts.bodyLineOffset == 0)
    }

    @Test func unterminatedFrontMatterIsAnErrorAtLineOne() {
        guard case .failure(let failure) = FrontMatterSplitter.split("---\ntitle: A\nLe corps de la page.\n", file: "content/a.md") else {
            Issue.record("expected a failure")
            return
        }
        #expect(failure.diagnostic.id == "front-matter.unterminated")
        #expect(failure.diagnostic.location == SourceLocation(file: "content/a.md", line: 1, column: 1))
    }

    /// A block never closed over YAML only (a VitePress home page of `hero:` and `features:`) is
    /// the front-matter of a page without text, as gray-matter reads it.
    @Test func anUnclosedBlockOfYAMLOnlyIsTheWholeFrontMatter() throws {
        let parts = try FrontMatterSplitter.split("---\nlayout: home\nhero:\n  name: X\n# un commentaire\n", file: "content/index.md").get()
        #expect(parts.isUnclosed && parts.hasFrontMatter && parts.body.isEmpty)
        #expect(parts.yaml == "layout: home\nhero:\n  name: X\n# un commentaire\n" && parts.bodyLineOffset == 5)
        #expect(throws: DiagnosticFailure.self) { try FrontMatterSplitter.split("+++\ntitle = 'A'\n", file: "a.md").get() }
    }
}

@Suite struct FrontMatterDecodingTests {
    @Test func decodesEveryKnownKeyAndKeepsUnknownOnesAsParams() {
        let yaml = """
            title: "Comment changer un volontaire de centre ?"
            description: Une phrase.
            type: tutorial
            tags: [affectation, centre]
            category: Séjour
            audience: referent-departemental
            order: 3
            status: archived
            aliases: [/ancien/]
            related: [autre.md]
            keywords: [bus, car]
            review_by: 2027-06-30
            created: 2024-01-02
            icon: bus
            niveau: 2
            """
        let (fm, problems) = FrontMatter.decode(yaml: yaml, file: "f.md", lineOffset: 1)
        #expect(problems.isEmpty)
        #expect(fm.title == "Comment changer un volontaire de centre ?")
        #expect(fm.type == .tutorial)
        #expect(fm.tags == ["affectation", "centre"])
        #expect(fm.categories == ["Séjour"])
        // A list of categories, as VuePress' theme-hope writes it, or Hugo's `categories:`.
        for yaml in ["category:\n  - Guide\n  - Module\n", "categories: [Guide, Module]\n"] {
            let (listed, problems) = FrontMatter.decode(yaml: yaml, file: "f.md", lineOffset: 1)
            #expect(problems.isEmpty && listed.categories == ["Guide", "Module"])
        }
        #expect(fm.audience == ["referent-departemental"])
        #expect(fm.order == 3)
        #expect(fm.status == .archived)
        // In French too; another word is an error, publication not guessed.
        #expect(["Brouillon", "publiée", "archivé"].map { FrontMatter.decode(yaml: "status: \($0)", file: "f.md", lineOffset: 1).0.status } == [.draft, .published, .archived])
        #expect(FrontMatter.decode(yaml: "status: accepté", file: "f.md", lineOffset: 1).1.map(\.id) == ["front-matter.invalid-value"])
        #expect(fm.aliases == ["/ancien/"])
        #expect(fm.related == ["autre.md"])
        #expect(fm.keywords == ["bus", "car"])
        #expect(fm.reviewBy?.description == "2027-06-30")
        #expect(fm.created?.description == "2024-01-02")
        #expect(fm.icon == "bus")
        #expect(fm.params == ["niveau": .int(2)])
    }

    @Test func yamlErrorLineIsOffsetByTheOpeningFence() {
        let (_, problems) = FrontMatter.decode(yaml: "title: A\ntags: [a, b\n", file: "content/a.md", lineOffset: 1)
        #expect(problems.map(\.id) == ["front-matter.invalid-yaml"])
        #expect(problems.first?.location?.file == "content/a.md")
        #expect((problems.first?.location?.line ?? 0) >= 3)
        #expect(problems.first?.notes == [], "no advice that does not apply")
    }

    /// A French title with its colon, unquoted: the error says to quote it.
    @Test func anUnquotedColonIsExplained() {
        let (_, problems) = FrontMatter.decode(yaml: "title: Étape 1 : se connecter\n", file: "content/a.md", lineOffset: 1)
        #expect(problems.map(\.id) == ["front-matter.invalid-yaml"])
        #expect(problems.first?.location?.line == 2)
        #expect(problems.first?.notes == ["a value holding ': ' (a French colon) is written in quotes: title: \"Étape 1 : se connecter\""])
    }

    /// A key with no space after its `:` is named (found in a sweep: `linkedin:https://…` stopped an 870-page site, unexplained).
    @Test func aKeyWithoutSpaceAfterItsColonIsExplained() {
        let (_, problems) = FrontMatter.decode(yaml: "title: A\nsocial:\n    linkedin:https://x.fr/in/a\n    twitter: b\n", file: "content/a.md", lineOffset: 1)
        #expect(problems.map(\.id) == ["front-matter.invalid-yaml"])
        #expect(problems.first?.notes == ["'linkedin:https://x.fr/in/a' is one value: write a space after the ':' of the key 'linkedin'"])
        #expect(YAMLReader.keyWithoutSpace(in: "a: b\nurl: https://x\n", before: 2) == nil)
        // It can be lowered: the page is then published without its front-matter.
        #expect(DiagnosticKind.frontMatterInvalidYAML.isAdjustable)
    }

    /// Another tool's name for a key holding that tool's settings (a theme's `summary: {visible:
    /// true}`) is ignored with a warning; Repère's own name stays an error (found in a sweep: 89
    /// pages of a site were not published).
    @Test func anotherToolsKeyWithItsOwnSettingsIsIgnored() {
        let (fm, problems) = FrontMatter.decode(yaml: "title: A\ndescription: La vraie\nsummary:\n    visible: true\n", file: "content/a.md", lineOffset: 1)
        #expect(fm.description == "La vraie")
        #expect(problems.map { "\($0.id) \($0.severity) \($0.message)" } == ["front-matter.foreign-value warning 'summary' must be a string, found a mapping: ignored, as another tool's setting"])
        let (_, own) = FrontMatter.decode(yaml: "title: A\ndescription:\n    visible: true\n", file: "content/a.md", lineOffset: 1)
        #expect(own.map(\.id) == ["front-matter.invalid-value"])
    }

    @Test func wrongTypesAreErrorsAtTheValue() {
        let (_, problems) = FrontMatter.decode(
            yaml: "title: [a, b]\ncreated: hier\norder: premier\nreview_by: 2026-02-30\nstatus: en ligne\n", file: "a.md", lineOffset: 1)
        #expect(problems.map(\.id) == Array(repeating: DiagnosticID("front-matter.invalid-value"), count: 5))
        #expect(problems.map { $0.location!.line } == [2, 3, 4, 5, 6])
    }

    /// Keys are compared as text (tags are not resolved): a key written plain and quoted is the
    /// same key, read as its last one (PyYAML's and Jekyll's way) with a warning; booleans,
    /// numbers and quoted values still read as they are written.
    @Test func aKeyWrittenTwiceIsReadAsTheLastOneEvenQuotedOnce() {
        let (twice, problems) = FrontMatter.decode(yaml: "title: A\n\"title\": B\n", file: "a.md", lineOffset: 1)
        #expect(problems.map(\.id) == ["front-matter.duplicate-key"] && problems.first?.severity == .warning)
        #expect(problems.first?.message.hasPrefix("'title' written twice") == true && twice.title == "B")
        let (fm, none) = FrontMatter.decode(yaml: "title: \"true\"\ndraft: yes\norder: 0x10\n", file: "a.md", lineOffset: 1)
        #expect(none.isEmpty)
        #expect(fm.title == "true")
        #expect(fm.status == .draft)
        #expect(fm.order == 16)
    }

    @Test func aDocumentThatIsNotAMappingIsAnError() {
        let (_, problems) = FrontMatter.decode(yaml: "- a\n- b\n", file: "a.md", lineOffset: 1)
        #expect(problems.map(\.id) == ["front-matter.invalid-yaml"])
    }
}

@Suite struct ConfigurationTests {
    @Test func everyKeyHasADefault() {
        let (config, problems) = SiteConfiguration.decode(yaml: "")
        #expect(problems.isEmpty)
        #expect(config == SiteConfiguration())
        #expect(config.outputDirectory == "site")
    }

    @Test func decodesKeysAndAudiencesInOrder() {
        let (config, problems) = SiteConfiguration.decode(yaml: """
            title: Aide
            base_url: https://aide.exemple.fr/
            unsafe_html: true
            audiences:
              referent: Référent
              structure: Structure d'accueil
            """)
        #expect(problems.isEmpty)
        #expect(config.title == "Aide")
        #expect(config.unsafeHTML)
        #expect(config.audiences == [Audience(id: "referent", label: "Référent"), Audience(id: "structure", label: "Structure d'accueil")])
    }

    @Test func unknownKeysAreWarningsWithTheirLine() {
        let (_, problems) = SiteConfiguration.decode(yaml: "title: A\ntheme: sombre\n")
        #expect(problems.map(\.id) == ["config.unknown-key"])
        #expect(problems.first?.severity == .warning)
        #expect(problems.first?.location == SourceLocation(file: "repere.yml", line: 2, column: 1))
    }

    @Test func invalidValuesAreErrors() {
        let (_, problems) = SiteConfiguration.decode(yaml: "unsafe_html: peut-être\naudiences: [a]\n")
        #expect(problems.map(\.id) == ["config.invalid-value", "config.invalid-value"])
    }
}

/// Front-matter (and every YAML file) nested deeper than `NestingLimit.maximumDepth`: an error
/// at the first too-deep value, never a stack overflow in the walks over the values.
@Suite struct FrontMatterNestingTests {
    static let limit = NestingLimit.maximumDepth

    static func brackets(_ n: Int) -> String { String(repeating: "[", count: n) + String(repeating: "]", count: n) }

    @Test func valuesAtTheLimitAreKept() {
        let (fm, problems) = FrontMatter.decode(yaml: "title: A\nx: \(Self.brackets(Self.limit))\n", file: "f.md", lineOffset: 1)
        #expect(problems.isEmpty)
        #expect(fm.params["x"] != nil)
    }

    @Test(arguments: [
        // (YAML, line and column in the file: the front-matter starts on line 2)
        ("title: A\nx: " + brackets(limit + 1) + "\n", 3, 4 + limit),  // the 257th `[`
        ("title: A\n? " + brackets(limit + 1) + "\n: y\n", 3, 3 + limit),  // in a key
        ("title: A\nx:\n" + (1...(limit + 1)).map { String(repeating: " ", count: $0) + "- \n" }.joined() + "\n", 3 + limit + 1, limit + 2),
    ])
    func deeperValuesAreAnErrorAtTheFirstTooDeepOne(yaml: String, line: Int, column: Int) {
        let (_, problems) = FrontMatter.decode(yaml: yaml, file: "content/a.md", lineOffset: 1)
        #expect(problems.map(\.id) == ["markdown.too-deep"])
        #expect(problems.first?.location == SourceLocation(file: "content/a.md", line: line, column: column))
        #expect(problems.first?.message == "front-matter values nested more than 256 levels deep")
    }

    /// 50,000 levels: libyaml stops at 1,000, before the tree is built; same diagnostic.
    @Test(.timeLimit(.minutes(1)))
    func fiftyThousandLevelsAreTheSameError() {
        let clock = ContinuousClock()
        let start = clock.now
        for yaml in ["title: A\nx: " + Self.brackets(50_000), "title: A\nx: " + String(repeating: "{a: ", count: 50_000)
                     + String(repeating: "}", count: 50_000), "title: A\nx:\n  " + String(repeating: "- ", count: 50_000) + "b"] {
            let (_, problems) = FrontMatter.decode(yaml: yaml, file: "content/a.md", lineOffset: 1)
            #expect(problems.map(\.id) == ["markdown.too-deep"])
        }
        #expect(clock.now - start < .seconds(5))
    }

    /// Found in a sweep: ten anchors each listing ten aliases of the one before (7.2 GB, 39 s at
    /// eight levels); more than 500,000 values once expanded is invalid YAML, found in linear time.
    @Test(.timeLimit(.minutes(1)))
    func aliasesOfAliasesAreBounded() {
        var yaml = "title: bombe\na0: &a0 [" + Array(repeating: "\"x\"", count: 10).joined(separator: ",") + "]\n"
        for level in 1...9 { yaml += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ",") + "]\n" }
        let clock = ContinuousClock()
        let start = clock.now
        let (_, problems) = FrontMatter.decode(yaml: yaml, file: "content/a.md", lineOffset: 1)
        #expect(problems.map(\.message) == ["invalid YAML: more than 500,000 values once its aliases (*nom) are expanded"])
        let (_, configProblems) = SiteConfiguration.decode(yaml: yaml, file: "repere.yml")
        #expect(configProblems.map(\.id) == ["config.invalid-yaml"])
        #expect(clock.now - start < .seconds(5))
        // A few aliases, as pages use them, are read.
        let (fm, none) = FrontMatter.decode(yaml: "title: &t Titre\nnav_title: *t\n", file: "content/a.md", lineOffset: 1)
        #expect(none.isEmpty && fm.navigationTitle == "Titre")
    }

    @Test func otherYAMLFilesReportItAsInvalidYAML() {
        let (_, problems) = SiteConfiguration.decode(yaml: "x: " + Self.brackets(Self.limit + 1) + "\n", file: "repere.yml")
        #expect(problems.map(\.id) == ["config.invalid-yaml"])
        #expect(problems.first?.message == "invalid YAML: values nested more than 256 levels deep")
    }
}

/// `weight:` and `slug: ""` as Hugo and Jekyll pages write them: no value at all.
@Suite struct EmptyFrontMatterValueTests {
    @Test func anEmptyValueIsAsIfTheKeyWereAbsent() {
        let (fm, problems) = FrontMatter.decode(yaml: "title: A\nweight:\nslug: \"\"\ndescription: ~\ntags:\n", file: "f.md", lineOffset: 1)
        #expect(problems.isEmpty, "\(problems)")
        #expect(fm.order == nil && fm.permalink == nil && fm.description == nil && fm.tags.isEmpty)
        #expect(fm.title == "A")
    }
}
