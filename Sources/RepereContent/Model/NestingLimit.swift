/// How deep the structure of a page may nest, in its Markdown (blocks and inlines, see
/// `MarkdownDocument.maximumDepth`) and in YAML (front-matter, `repere.yml`, the glossary, UI
/// strings) alike.
///
/// Every walk over these trees (conversion, rendering, plain text, search sections, checks,
/// equality and hashing, even freeing them) recurses once per level, so input nested deeper is
/// reported (`markdown.too-deep` for a page) and left out rather than overflowing the stack.
public enum NestingLimit {
    public static let maximumDepth = 256
}
