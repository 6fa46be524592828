import Synchronization
import RepereContent
import RepereMarkdown
import RepereSupport
import RepereTemplates

/// Rendered pages kept between builds: a page is rendered again only when its template, its
/// template context (compared by hash) or the theme differs from the last build's; and within a
/// page rendered again, each FAQ entry of a section's accordion only when it changed.
public final class RenderMemo: Sendable {
    private let memo = Memo<String, Int, String>()
    private let bodies = Memo<ContentPath, Int, RenderedBody>()
    /// The entries of section pages' FAQ accordions (the `faqs` list of the section template).
    package let fragments = FragmentMemo(lists: ["faqs"])
    private let settings = Mutex<(theme: Int, bodies: Int)?>(nil)

    /// How many pages the last build rendered (the rest came from the memo).
    public var renderedCount: Int { memo.computedCount }

    public init() {}

    /// Starts a build with the theme whose fingerprint is `theme` and the Markdown rendering
    /// settings whose hash is `bodies`: keeps what the last build made with the same ones.
    package func begin(theme: Int, bodies bodySettings: Int) {
        let last = settings.withLock { last in
            defer { last = (theme, bodySettings) }
            return last
        }
        memo.begin(keeping: last?.theme == theme)
        fragments.begin(keeping: last?.theme == theme)
        bodies.begin(keeping: last?.bodies == bodySettings)
    }

    /// A page's rendered Markdown, rendered with `render` unless the last build rendered the same
    /// body with the same link rewrites and titles for the same page.
    package func body(for page: ParsedPage, rewrites: [String: String], titles: [String: String] = [:], render: () -> RenderedBody) -> RenderedBody {
        var hasher = Hasher()
        hasher.combine(TemplateValue.text(page.page.body))
        hasher.combine(page.page.url.rawValue)
        hasher.combine(page.page.type == .faq && page.page.kind == .article)
        for map in [rewrites, titles] {
            hasher.combine(map.count)
            for (written, emitted) in map.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
                hasher.combine(TemplateValue.text(written))
                hasher.combine(TemplateValue.text(emitted))
            }
        }
        return bodies.value(for: page.page.source, input: hasher.finalize(), compute: render)
    }

    /// The HTML of the file at `path`, rendered with `render` unless the last build rendered it
    /// with the same template from an identical context (compared by hash).
    package func html(for path: String, template: String, context: TemplateContext, render: () -> String) -> String {
        var hasher = Hasher()
        hasher.combine(template)
        hasher.combine(context)
        return memo.value(for: path, input: hasher.finalize(), compute: render)
    }
}
