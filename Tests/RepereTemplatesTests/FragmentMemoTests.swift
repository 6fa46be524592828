@testable import RepereTemplates
import Testing

/// List items kept between renders: the same output as a render without the memo, whatever
/// changed (an item, a value the body finds outside its item, the nesting), and only the
/// changed items rendered again.
@Suite struct FragmentMemoTests {
    private static let templates = [
        "page": "<main>{{$main}}{{/main}}</main>",
        "section": """
            {{<page}}{{$main}}<h1>{{title}}</h1>
            {{#faqs}}
            <details id="{{anchor}}"><summary>{{title}}</summary>{{{content}}}{{>partials/link}}</details>
            {{/faqs}}
            {{#others}}<li>{{.}}</li>{{/others}}{{/main}}{{/page}}
            """,
        "partials/link": "<a href=\"{{url}}\">{{t.permalink}} « {{title}} »{{#tags}} #{{.}}{{/tags}}</a>",
    ]

    private func renderer(_ templates: [String: String] = Self.templates) throws -> TemplateRenderer {
        var renderer = TemplateRenderer()
        for (name, source) in templates { renderer.templates[name] = try Template(source) }
        return renderer
    }

    private static func entry(_ n: Int, content: String? = nil, tags: [TemplateValue] = []) -> TemplateValue {
        ["anchor": .text("q\(n)"), "title": .text("Question \(n)"), "content": .text(content ?? "<p>Réponse \(n)</p>"),
         "url": .text("/faq/q\(n)/"), "tags": .list(tags)]
    }

    private static func context(_ entries: [TemplateValue], permalink: String = "Lien") -> TemplateValue {
        ["title": "Questions", "faqs": .list(entries), "others": ["a", "b"], "t": ["permalink": .text(permalink)]]
    }

    /// Renders `context` with the memo and without it, and checks that both agree.
    private func render(_ context: TemplateValue, _ renderer: TemplateRenderer, _ memo: FragmentMemo) -> String {
        let kept = renderer.render("section", context, fragments: memo)
        #expect(kept == renderer.render("section", context))
        return kept
    }

    @Test func onlyTheChangedItemsRenderAgainAndTheOutputIsUnchanged() throws {
        let renderer = try renderer()
        let memo = FragmentMemo(lists: ["faqs"])
        var entries = (1...40).map { Self.entry($0) }
        let first = render(Self.context(entries), renderer, memo)
        #expect(first.contains("<details id=\"q40\"><summary>Question 40</summary><p>Réponse 40</p><a href=\"/faq/q40/\">Lien « Question 40 »</a></details>"))
        #expect(memo.renderedCount == 40)

        memo.begin(keeping: true)
        entries[6] = Self.entry(7, content: "<p>Réponse revue</p>")
        entries[9] = Self.entry(10, tags: ["urgent"])
        let second = render(Self.context(entries), renderer, memo)
        #expect(second.contains("<p>Réponse revue</p>") && second.contains("Lien « Question 10 » #urgent</a>"))
        #expect(memo.renderedCount == 2, "the two changed entries (the unmemoised render counts nothing)")

        // An item moved keeps its HTML; a value found outside the items (the UI string) renders every one again.
        memo.begin(keeping: true)
        entries.swapAt(0, 39)
        _ = render(Self.context(entries), renderer, memo)
        #expect(memo.renderedCount == 0)
        _ = render(Self.context(entries, permalink: "Permalien"), renderer, memo)
        #expect(memo.renderedCount == 40)

        memo.begin(keeping: false)
        _ = render(Self.context(entries, permalink: "Permalien"), renderer, memo)
        #expect(memo.renderedCount == 40, "templates changed: nothing kept")
    }

    @Test func itemsWithoutAValueTakeItFromOutside() throws {
        // `title` missing from an item is the page's title: two contexts differing only there.
        let renderer = try renderer()
        let memo = FragmentMemo(lists: ["faqs"])
        let item: TemplateValue = ["anchor": "q", "content": "", "url": "/q/", "tags": []]
        var context = Self.context([item])
        let before = render(context, renderer, memo)
        if case .object(var values) = context { values["title"] = "Autres questions"; context = .object(values) }
        let after = render(context, renderer, memo)
        #expect(before.contains("<summary>Questions</summary>") && after.contains("<summary>Autres questions</summary>"))
    }

    @Test func aBodyWithABlockIsRenderedAsUsual() throws {
        var templates = Self.templates
        templates["section"] = "{{<page}}{{$main}}{{#faqs}}{{$entry}}{{title}}{{/entry}}{{/faqs}}{{/main}}{{/page}}"
        let renderer = try renderer(templates)
        let memo = FragmentMemo(lists: ["faqs"])
        #expect(render(Self.context([Self.entry(1), Self.entry(2)]), renderer, memo) == "<main>Question 1Question 2</main>")
        #expect(memo.renderedCount == 0)
    }
}
