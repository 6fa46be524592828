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
        let raw = unsafe.render(document).lowercased()
        require(!raw.contains("<script"), "unsafe_html let <script> through\n--- input\n\(text)")
    }
}
