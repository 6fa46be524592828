/// The pages a sidebar written in JavaScript or TypeScript names (Docusaurus' `sidebars.js`,
/// VuePress' `sidebar:`), read without running it: the constant strings that are items of a
/// list, and the values of `id:`, `link:`, `path:` and `slug:` (Starlight's), in the order written. Strings built at
/// run time (`` `a/${b}` ``, `require(…)`, function calls) name nothing, nor do the strings of
/// `customProps`, `className`, `tags` and `keywords`; a function's body is read as a variable's
/// value (VitePress' `function sidebarFr() { return [ … ] }`); the caller keeps the references
/// that are files. Each reference also carries the label of the innermost category holding it,
/// which titles the folder of its pages, and its own label, which titles it in the menus.
struct JavaScriptSidebar {
    /// A page reference; the nearest key above it that starts with `/` (VuePress' groups,
    /// `'/guide/': ['', 'installer']`) or `prefix:` (VuePress 2's `{ prefix: '/core/', children }`),
    /// against which a relative reference is read; and the label
    /// of the innermost category holding it: Docusaurus' `{ type: 'category', label, items }` or
    /// `{ Label: [ … ] }`, VuePress' `{ title: …, children }` or `{ text: …, children }`; and its
    /// own label: Docusaurus' `{ type: 'doc', id, label }`, VuePress' `{ text, link }` or `['/page', 'Label']`.
    struct Reference: Hashable {
        var text: String
        var group: String?
        var category: String?
        var label: String?
    }

    /// The references in `js`; with `key`, only those inside the value of an object entry or a
    /// variable whose name holds it, whatever the case (`sidebar: { … }`, `const frSidebar = [ … ]`
    /// in a VuePress configuration).
    static func references(in js: String, under key: String? = nil) -> [Reference] {
        var tokens = JavaScriptTokens(Array(js.utf8))
        var frames: [Frame] = []
        var references: [Reference] = []
        var declared: String?
        var inSignature = false  // between `function name` and its body's `{`
        var typeDepth: Int?  // in a declaration's type, `: ThemeConfig['sidebar']`, up to its `=`: the brackets open in it
        var afterName = false  // the token before was a declaration's name (`const sidebar`): a `:` there starts its type
        var token = tokens.next()
        var previous: JavaScriptToken?
        while let current = token {
            token = tokens.next()
            let before = previous
            previous = current
            let followsName = afterName
            afterName = false
            if let depth = typeDepth {
                switch current {
                case .open: typeDepth = depth + 1
                case .close: typeDepth = max(0, depth - 1)
                case .equals where depth == 0: typeDepth = nil
                default: break
                }
                continue
            }
            switch current {
            case .word(let word) where frames.isEmpty && ["const", "let", "var", "function"].contains(word):
                if case .word(let name)? = token {
                    declared = name
                    token = tokens.next()  // the name read here: what follows it comes next
                    afterName = word != "function"
                }
                inSignature = word == "function"
            case .text(let text), .word(let text):
                if case .colon? = token, frames.last?.isObject == true {
                    frames[frames.count - 1].pendingKey = text
                    token = tokens.next()
                    continue
                }
                if case .text = current, frames.last?.isObject == true, Self.labelKeys.contains(frames.last?.pendingKey ?? "") {
                    frames[frames.count - 1].label = frames[frames.count - 1].frenchLabel ?? text
                }
                // VuePress 2's `{ text, prefix: '/core/', children: ['editor.md'] }`: its pages are read from the prefix.
                if case .text = current, frames.last?.isObject == true, frames.last?.pendingKey == "prefix" {
                    frames[frames.count - 1].prefix = text
                }
                // Starlight's `translations: { fr: 'Commencez ici' }`, a sidebar topic's `label: { fr: 'Étages' }`:
                // the French label of the item holding it.
                if case .text = current, frames.count >= 2, ["translations", "label"].contains(frames.last?.key ?? ""),
                    frames.last?.pendingKey?.lowercased().hasPrefix("fr") == true,
                    frames[frames.count - 2].isObject
                {
                    frames[frames.count - 2].frenchLabel = text
                    frames[frames.count - 2].label = text
                }
                if frames.last?.isArray == true { frames[frames.count - 1].items += 1 }
                guard case .text = current, let frame = frames.last, isWithin(key, frames),
                    !frames.contains(where: { Self.ignoredKeys.contains($0.key ?? "") })
                else { continue }
                if frame.isArray || ["id", "link", "path", "slug"].contains(frame.pendingKey ?? "") {
                    references.append(Reference(text: text, group: frames.last { $0.key?.hasPrefix("/") == true }?.key))
                    if frame.isArray { frames[frames.count - 1].references += 1 } else { frames[frames.count - 1].namesPage = true }
                }
            case .open(let bracket):
                if frames.last?.isArray == true { frames[frames.count - 1].items += 1 }
                // A function's parameters and return type are no part of the value its body returns.
                if frames.isEmpty, inSignature, bracket != UInt8(ascii: "{") {
                    frames.append(Frame(bracket: bracket, key: nil, firstReference: references.count))
                    continue
                }
                inSignature = false
                var key = frames.isEmpty ? declared : frames.last?.isObject == true ? frames.last?.pendingKey : nil
                // A call's arguments are under its function's name (`starlightSidebarTopics([…])`).
                if key == nil, bracket == UInt8(ascii: "("), case .word(let name)? = before { key = name }
                if let key, Self.childrenKeys.contains(key) { frames[frames.count - 1].hasChildren = true }
                frames.append(Frame(bracket: bracket, key: key, firstReference: references.count))
                if frames.count == 1 { declared = nil }
            case .close(let bracket):
                guard let index = frames.lastIndex(where: { $0.closing == bracket }) else { continue }
                // VuePress 1's `['/guide/page', 'Label']` in a list: the second is its label.
                let closed = frames[index]
                if closed.isArray, closed.items == 2, closed.references == 2, index > 0, frames[index - 1].isArray {
                    let label = references.removeLast().text
                    references[references.count - 1].label = label
                }
                // An item of its own (no category) naming one page: its label is that page's.
                if closed.namesPage, !closed.hasChildren, let label = closed.label, references.count == closed.firstReference + 1 {
                    references[references.count - 1].label = label
                }
                if closed.isObject, let prefix = closed.prefix {
                    for n in closed.firstReference..<references.count where !references[n].text.hasPrefix("/") && references[n].group == nil {
                        references[n].group = prefix.hasSuffix("/") ? prefix : prefix + "/"
                    }
                }
                if let label = Self.categoryLabel(of: frames[...index]) {
                    for n in closed.firstReference..<references.count where references[n].category == nil { references[n].category = label }
                }
                frames.removeSubrange(index...)
            case .comma:
                if frames.last?.isObject == true { frames[frames.count - 1].pendingKey = nil }
            case .colon where followsName:
                typeDepth = 0
            case .colon, .other, .equals:
                continue
            }
        }
        return references
    }

    /// Keys whose values name no page (Docusaurus' `customProps: { tags: ['beta'] }`, the pages a sidebar plugin leaves out).
    private static let ignoredKeys: Set<String> = ["customProps", "className", "tags", "keywords", "translations", "exclude"]

    /// The keys of a category's label and of its items.
    private static let labelKeys: Set<String> = ["label", "title", "text"]
    private static let childrenKeys: Set<String> = ["items", "children"]

    /// The label of the category the last of `frames` is, if it is one: an object with a label
    /// and items, or a list that is the value of a key of an object nested in another, that key
    /// naming neither a sidebar, a navbar, a VuePress group nor a setting holding them (``settingsKeys``)
    /// (`{ docs: { 'Pour commencer': [ … ] } }`).
    private static func categoryLabel(of frames: ArraySlice<Frame>) -> String? {
        guard let frame = frames.last else { return nil }
        if frame.isObject { return frame.hasChildren ? frame.label : nil }
        let parents = frames.dropLast()
        guard frame.isArray, parents.count >= 2, parents.last?.isObject == true, let key = frame.key,
            !key.hasPrefix("/"), !key.lowercased().contains("sidebar"), !childrenKeys.contains(key), !settingsKeys.contains(key)
        else { return nil }
        return key
    }

    /// Keys of a site's settings that hold a sidebar, never a category of it (Starlight's
    /// `integrations: [starlight({ sidebar })]`).
    private static let settingsKeys: Set<String> = ["nav", "navbar", "integrations", "plugins", "presets", "themes", "locales"]

    private static func isWithin(_ key: String?, _ frames: [Frame]) -> Bool {
        guard let key else { return true }
        return frames.contains { $0.key?.lowercased().contains(key) == true }
    }

    /// An open `[`, `{` or `(`, the key it is the value of, in an object the key being read, and
    /// in a list how many items it has and how many were references.
    private struct Frame {
        var bracket: UInt8
        var key: String?
        var pendingKey: String?
        var items = 0
        var references = 0
        /// Where its references start in the list of all references.
        var firstReference = 0
        /// An object's label (`label:`, `title:`, `text:`, or its French translation) and whether it has items.
        var label: String?
        var frenchLabel: String?
        var hasChildren = false
        /// Whether an object's own `id:`, `link:` or `path:` names a page.
        var namesPage = false
        /// An object's `prefix:` (VuePress 2), which its relative references are read from.
        var prefix: String?

        var isArray: Bool { bracket == UInt8(ascii: "[") }
        var isObject: Bool { bracket == UInt8(ascii: "{") }
        var closing: UInt8 {
            switch bracket {
            case UInt8(ascii: "["): UInt8(ascii: "]")
            case UInt8(ascii: "{"): UInt8(ascii: "}")
            default: UInt8(ascii: ")")
            }
        }
    }
}
