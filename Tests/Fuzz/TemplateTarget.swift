import RepereTemplates

/// The theme's template engine: the input is a template, used as the page, as a partial of
/// itself and inside a parent. Promises: parsing and rendering end (nesting and partial depth
/// limits hold), and a context value reaches the output unescaped only through `{{{…}}}` or `{{&…}}`.
enum TemplateTarget {
    static let hostile = "<x-fuzz onload=\"alert(1)\">"
    static let context: TemplateValue = [
        "title": .text(hostile), "yes": true, "no": false,
        "list": [["n": .text(hostile)], ["n": "b"]], "object": ["p": ["q": .text(hostile)]], "empty": "",
    ]
    static let parent = try! Template("<main>{{$main}}défaut{{/main}}</main>{{> p}}")

    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        let source = String(fuzzInput: bytes)
        guard let template = try? Template(source) else { return }
        var renderer = TemplateRenderer()
        renderer.templates = ["main": template, "p": template, "parent": parent]
        // Budgets well below a site's: reaching them is what is tested, and the site's take
        // seconds under the sanitizers (inputs timed out on a loaded machine).
        renderer.maximumWork = 100_000
        renderer.maximumOutput = 1 << 20
        _ = renderer.unknownReferences(in: template)
        let output = renderer.render("main", context)
        let compact = source.filter { !$0.isWhitespace }
        if !compact.contains("{{{") && !compact.contains("{{&") && !compact.contains("x-fuzz") {
            require(!output.contains("<x-fuzz"), "a value reached the output unescaped\n--- template\n\(source)")
        }
    }
}
