import RepereMarkdown
import RepereTestSupport

/// Markdown parsing, HTML rendering and the raw-HTML filter. Promises (`HTMLSafety`): with
/// `unsafe_html` off, no script, no event attribute, no dangerous URL, balanced tags; with it on,
/// still no `<script>` (GFM's tag filter).
enum MarkdownTarget {
    static let safe = HTMLRenderer(options: .init(allowsRawHTML: false))
    static let unsafe = HTMLRenderer(options: .init(allowsRawHTML: true))

    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        let text = String(fuzzInput: bytes)
        let document = CommonMarkParser.parse(ForeignContainers.rewrite(text).text)
        let html = safe.render(document)
        if let problem = HTMLSafety.violation(in: html) {
            require(false, "safe HTML: \(problem)\n--- input\n\(text)\n--- output\n\(html)")
        }
        let raw = unsafe.render(document)
        require(!opensScript(raw), "unsafe_html let <script> through\n--- input\n\(text)")
    }

    /// Whether `html` opens a `script` element as a browser reads it: `<script` (any case)
    /// ending the tag name there, at whitespace, `/` or `>` (`<scription>` is another element).
    static func opensScript(_ html: String) -> Bool {
        let bytes = Array(html.utf8.lazy.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 })
        let tag = Array("<script".utf8)
        let terminators: Set<UInt8> = [9, 10, 12, 13, 32, UInt8(ascii: "/"), UInt8(ascii: ">")]
        var index = 0
        while index + tag.count <= bytes.count {
            if bytes[index..<index + tag.count].elementsEqual(tag) {
                let next = index + tag.count
                if next == bytes.count || terminators.contains(bytes[next]) { return true }
            }
            index += 1
        }
        return false
    }
}
