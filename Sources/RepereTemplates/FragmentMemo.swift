import RepereSupport

/// Rendered items of chosen lists kept between renders: a section `{{#name}}…{{/name}}` over a
/// list named here renders each item once, then takes it from the memo while everything that
/// item's HTML depends on stays the same. `serve` uses it for a section page's FAQ entries,
/// each shown in full: after an edit of one entry, the page is the other entries' kept HTML
/// around the one rendered again.
///
/// An item's HTML depends on the section's body (with its partials), on the item, and on the
/// values the body's names find outside the item (Mustache looks a name up from the item
/// outwards): the memo's key hashes all three, so a stale fragment is never used. A body that
/// holds a `{{$block}}` or a `{{<parent}}` (what it renders then depends on the template being
/// filled in) is rendered as usual.
package final class FragmentMemo: Sendable {
    /// The names of the lists whose items are kept (`faqs`).
    package let lists: Set<String>
    private let memo = Memo<Int, Int, String>()

    /// How many items the renders since the last ``begin(keeping:)`` rendered (the rest came from the memo).
    package var renderedCount: Int { memo.computedCount }

    package init(lists: Set<String>) { self.lists = lists }

    /// Starts a build: keeps the items the renders since the last one used, or, with
    /// `keeping: false` (the templates changed), none.
    package func begin(keeping: Bool) { memo.begin(keeping: keeping) }

    /// Whether the items of the list section `name` are kept.
    func keepsItems(of name: TemplateName) -> Bool {
        name.function == nil && name.path.count == 1 && lists.contains(name.path[0])
    }

    /// An item's HTML: the last one for `key`, else `render()`.
    func fragment(for key: Int, render: () -> String) -> String {
        memo.value(for: key, input: key, compute: render)
    }
}

/// What a list section's body depends on besides its item: the first part of every name it
/// (and its partials) looks up, or `nil` when it holds a block or parent tag.
struct FragmentBody {
    /// A hash of the body's nodes and the partials they render.
    var shape: Int
    /// The names the body may look up outside its item, sorted.
    var names: [String]

    init?(_ body: [TemplateNode], templates: [String: Template]) {
        var hasher = Hasher()
        var names: Set<String> = []
        var visited: Set<String> = []
        var pending = [body]
        while let nodes = pending.popLast() {
            for node in nodes {
                hasher.combine(node)
                switch node {
                case .text: continue
                case .variable(let name, _): if let first = name.path.first { names.insert(first) }
                case .section(let name, _, let inner):
                    if let first = name.path.first { names.insert(first) }
                    pending.append(inner)
                case .partial(let reference):
                    if visited.insert(reference.name).inserted, let partial = templates[reference.name] { pending.append(partial.nodes) }
                case .block, .parent: return nil
                }
            }
        }
        shape = hasher.finalize()
        self.names = names.sorted()
    }
}
