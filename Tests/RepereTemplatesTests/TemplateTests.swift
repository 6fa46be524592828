@testable import RepereTemplates
import Testing

@Suite struct TemplateTests {
    private func render(_ templates: [String: String], _ name: String = "main", context: TemplateContext) throws -> String {
        var renderer = TemplateRenderer()
        for (name, source) in templates { renderer.templates[name] = try Template(source) }
        return renderer.render(name, .object(context))
    }

    @Test func variablesAreEscapedUnlessTripleOrAmpersand() throws {
        let context: TemplateContext = ["x": "<a href='#'>&</a>", "n": "3", "yes": true, "o": ["p": ["q": "profond"]]]
        let out = try render(["main": "{{x}}|{{{x}}}|{{& x }}|{{n}}|{{yes}}|{{o.p.q}}|{{absent}}|{{o.absent.q}}"], context: context)
        #expect(out == "&lt;a href=&#39;#&#39;&gt;&amp;&lt;/a&gt;|<a href='#'>&</a>|<a href='#'>&</a>|3|true|profond||", "\(out)")
    }

    @Test func sectionsFollowMustache() throws {
        let context: TemplateContext = [
            "list": [["n": "a"], ["n": "b"]], "none": [], "yes": true, "no": false, "text": "t", "title": "haut",
            "object": ["n": "o"], "empty": "",
        ]
        let template = """
            {{#list}}[{{n}}{{title}}]{{/list}}{{#none}}X{{/none}}{{^none}}vide{{/none}}|\
            {{#yes}}oui{{/yes}}{{#no}}X{{/no}}{{^no}}non{{/no}}{{^absent}}absent{{/absent}}|\
            {{#object}}{{n}}{{/object}}{{#text}}{{.}}{{/text}}{{#empty}}(vide mais présent){{/empty}}|\
            {{^empty(list)}}plein{{/empty(list)}}{{#empty(none)}}rien{{/empty(none)}}{{^empty(absent)}}?{{/empty(absent)}}
            """
        #expect(try render(["main": template], context: context)
            == "[ahaut][bhaut]vide|ouinonabsent|ot(vide mais présent)|pleinrien?")
    }

    @Test func standaloneTagsRemoveTheirLine() throws {
        let template = "<ul>\n  {{#list}}\n  <li>{{.}}</li>\n  {{/list}}\n  {{! commentaire }}\n</ul>\n{{#list}}{{.}}{{/list}}\n"
        #expect(try render(["main": template], context: ["list": ["a", "b"]]) == "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\nab\n")
    }

    @Test func partialsAndInheritance() throws {
        let templates = [
            "page": "<title>{{$title}}Défaut{{/title}}</title>\n{{>partials/nav}}\n<main>{{$main}}{{/main}}</main>\n",
            "partials/nav": "<nav>{{$nav}}menu{{/nav}}</nav>",
            "layout": "{{<page}}{{$title}}Mise en page{{/title}}{{$nav}}menu 2{{/nav}}{{/page}}",
            "main": "{{<layout}}\n{{$title}}{{name}}{{/title}}\n{{$main}}Corps{{/main}}\n{{/layout}}\n",
            "missing": "a{{>nulle-part}}b",
        ]
        // A standalone partial's line ending goes with its line: the partial brings its own.
        let out = try render(templates, context: ["name": "Article"])
        #expect(out == "<title>Article</title>\n<nav>menu 2</nav><main>Corps</main>\n", "\(out)")
        #expect(try render(templates, "missing", context: [:]) == "ab")
    }

    @Test func aTemplateIncludingItselfStopsInsteadOfCrashing() throws {
        let out = try render(["main": "x{{>main}}"], context: [:])
        #expect(out == String(repeating: "x", count: TemplateRenderer.maximumDepth + 1))
    }

    @Test func endlessInclusionsAreFoundOncePerCycleAndRecursionInSectionsIsNot() throws {
        var renderer = TemplateRenderer()
        let sources = [
            "self": "x\n{{>self}}",  // directly
            "a": "{{#page}}{{/page}}{{>b}}", "b": "{{$main}}{{>a}}{{/main}}",  // through a block of another
            "child": "{{<layout}}{{$main}}{{>child}}{{/main}}{{/layout}}", "layout": "<main>{{$main}}{{/main}}</main>",
            "tree": "<li>{{#children}}{{>tree}}{{/children}}</li>",  // ends with the data: not endless
            "missing": "{{>nowhere}}",
        ]
        for (name, source) in sources { renderer.templates[name] = try Template(source) }
        let found = renderer.endlessInclusions()
        #expect(found.map(\.chain) == [["a", "b", "a"], ["child", "child"], ["self", "self"]])
        #expect(found.map(\.tag.name) == ["b", "child", "self"])
        #expect(found.last.map { [$0.tag.line, $0.tag.column] } == [2, 1])
    }

    /// Sections nest at most `Template.maximumNesting` levels: parsing and rendering recurse once
    /// per level, so a deeper template is a syntax error rather than a stack overflow.
    @Test func sectionsNestedDeeperThanTheLimitAreAnError() throws {
        let limit = Template.maximumNesting
        func nested(_ n: Int, _ inner: String = "x") -> String {
            String(repeating: "{{#a}}", count: n) + inner + String(repeating: "{{/a}}", count: n)
        }
        #expect(try render(["main": nested(limit)], context: ["a": true]) == "x")
        // A template including itself inside sections at the limit: partials multiply the
        // levels, and rendering stops at `TemplateRenderer.maximumNesting` levels in all (256
        // sections and a partial, three times over) instead of overflowing the stack.
        #expect(try render(["main": nested(limit, "x{{>main}}")], context: ["a": true]) == "xxx")
        for n in [limit + 1, 50_000] {
            do {
                _ = try Template(nested(n))
                Issue.record("\(n) nested sections should not parse")
            } catch let error as TemplateError {
                #expect(error.message == "{{#a}} is nested more than \(limit) levels deep")
                #expect(error.line == 1 && error.column == 6 * limit + 1)
            }
        }
    }

    /// A partial that includes itself twice doubles the work at each of its 64 levels (2⁶⁴
    /// nodes: found by fuzzing, the build hung). Rendering stops after
    /// `TemplateRenderer.maximumWork` nodes, in seconds, with the start of the page rendered.
    @Test func aPartialIncludingItselfTwiceStopsAtTheWorkBudget() throws {
        let clock = ContinuousClock()
        let start = clock.now
        let page = try render(["main": "<p>{{>p}}</p>", "p": "x{{>p}}{{>p}}"], context: [:])
        #expect(clock.now - start < .seconds(60), "the budget keeps a runaway template short")
        #expect(page.hasPrefix("<p>xxxxxxxx"))
        #expect(page.utf8.count < TemplateRenderer().maximumWork)
    }

    /// Within the node budget, a long text in such a partial made gigabytes (found by fuzzing:
    /// the templates target timed out). A page stops growing at `maximumOutput` bytes.
    @Test func aPageStopsGrowingAtTheOutputBudget() throws {
        let text = String(repeating: "<span>{{title}}</span>", count: 200)
        var renderer = TemplateRenderer()
        renderer.templates = ["main": try Template("{{>p}}"), "p": try Template(text + "{{>p}}{{>p}}")]
        renderer.maximumOutput = 4 << 20  // the default's 128 MB takes seconds in a debug build
        let page = renderer.render("main", .object(["title": "é"]))
        #expect(page.utf8.count > renderer.maximumOutput / 2)
        #expect(page.utf8.count <= renderer.maximumOutput + 200 * "<span>é</span>".utf8.count)
        #expect(TemplateRenderer().maximumOutput >= 64 << 20, "room for the site map of a 100,000-article site (18 MB)")
    }

    @Test(arguments: [
        ("ligne 1\n{{#x}}\n", 2, 1, "{{#x}} is never closed"),
        ("{{#x}}{{/y}}", 1, 7, "{{/y}} does not close {{#x}} (line 1)"),
        ("a\n  {{/x}}", 2, 3, "{{/x}} closes nothing"),
        ("{{x", 1, 1, "tag opened here is never closed with }}"),
        ("{{{x}}", 1, 1, "tag opened here is never closed with }}}"),
        ("{{=<% %>=}}", 1, 1, "changing the tag delimiters ({{=…=}}) is not supported"),
        ("{{#reversed(x)}}{{/reversed(x)}}", 1, 1, "unknown function 'reversed' (known: empty)"),
        ("{{<p}}{{x}}{{/p}}", 1, 1, "only {{$block}} definitions may appear inside {{<p}}"),
        ("{{}}", 1, 1, "tag without a name"),
        ("Étape « un » {{/x}}", 1, 14, "{{/x}} closes nothing"),  // columns count characters, not bytes
        ("{{a..b}}", 1, 1, "invalid name 'a..b'"),
    ])
    func syntaxErrorsSayWhereAndWhat(source: String, line: Int, column: Int, message: String) {
        do {
            _ = try Template(source)
            Issue.record("'\(source)' should not parse")
        } catch let error as TemplateError {
            #expect(error.message == message)
            #expect(error.line == line && error.column == column)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
