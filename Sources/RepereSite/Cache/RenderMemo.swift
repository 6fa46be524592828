import RepereParallel
import Synchronization

/// Rendered pages kept between builds: a page is rendered again only when its template, its
/// template context (compared by hash) or the theme differs from the last build's.
public final class RenderMemo: Sendable {
    private let memo = Memo<String, Int, String>()
    private let theme = Mutex<Int?>(nil)

    /// How many pages the last build rendered (the rest came from the memo).
    public var renderedCount: Int { memo.computedCount }

    public init() {}

    /// Starts a build with the theme whose fingerprint is `theme`: keeps the last build's pages
    /// only if it used the same theme.
    func begin(theme fingerprint: Int) {
        let same = theme.withLock { last in
            defer { last = fingerprint }
            return last == fingerprint
        }
        memo.begin(keeping: same)
    }

    /// The HTML of the file at `path`, rendered with `render` unless the last build rendered it
    /// with the same template from an identical context (compared by hash).
    func html(for path: String, template: String, context: TemplateContext, render: () -> String) -> String {
        var hasher = Hasher()
        hasher.combine(template)
        hasher.combine(context)
        return memo.value(for: path, input: hasher.finalize(), compute: render)
    }
}
