import RepereParallel
import Synchronization

/// Rendered pages kept between builds: a page is rendered again only when its template, its
/// template context (hashed by ``ContextHash``) or the theme differs from the last build's.
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
    /// with the same template from an identical context. A context that cannot be hashed is
    /// always rendered.
    func html(for path: String, template: String, context: [String: Any], render: () -> String) -> String {
        guard let key = ContextHash.of(context, template: template) else { return render() }
        return memo.value(for: path, input: key, compute: render)
    }
}

/// A hash of a template context (`[String: Any]` of strings, numbers, booleans, arrays and
/// dictionaries), independent of dictionary order.
enum ContextHash {
    /// `nil` when the context holds a value of another type.
    static func of(_ context: [String: Any], template: String) -> Int? {
        var hasher = Hasher()
        hasher.combine(template)
        guard combine(context, into: &hasher) else { return nil }
        return hasher.finalize()
    }

    private static func combine(_ value: Any, into hasher: inout Hasher) -> Bool {
        switch value {
        case var text as String:
            // The UTF-8 bytes: `String`'s own hash normalises Unicode first, several times slower.
            hasher.combine(1)
            hasher.combine(text.utf8.count)
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        case let flag as Bool:
            hasher.combine(2)
            hasher.combine(flag)
        case let number as Int:
            hasher.combine(3)
            hasher.combine(number)
        case let number as Double:
            hasher.combine(6)
            hasher.combine(number)
        case let dictionary as [String: Any]:
            // Entries hashed one by one and summed: the same whatever the iteration order.
            var sum = 0
            for (key, entry) in dictionary {
                var pair = Hasher()
                pair.combine(key.utf8.count)
                var key = key
                key.withUTF8 { pair.combine(bytes: UnsafeRawBufferPointer($0)) }
                guard combine(entry, into: &pair) else { return false }
                sum &+= pair.finalize()
            }
            hasher.combine(4)
            hasher.combine(sum)
        case let list as [Any]:
            hasher.combine(5)
            hasher.combine(list.count)
            for element in list where !combine(element, into: &hasher) { return false }
        default:
            return false
        }
        return true
    }
}
