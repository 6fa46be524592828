import RepereContent
import RepereMarkdown
import RepereRender
import RepereSearch

/// What `repere serve` keeps in memory from one build to the next — and, since this is the
/// entry point of serve's incremental model, how that model works end to end.
///
/// **1. Watching.** `FileWatcher` (RepereServer) sleeps on inotify and reports which files
/// changed; `ChangeKind` sorts them (content, template, configuration).
///
/// **2. Numbered edits.** Each save is one numbered edit in `RebuildQueue` (RepereServer). Full
/// builds run one at a time, off the server's threads; saves made during a build are gathered
/// into the next one. A finished build is published by `LiveReloadHub` as covering the edits
/// made before it started.
///
/// **3. The page preview first.** When an edit changes only pages' Markdown bodies,
/// ``PagePreview`` (kept from the last build, changed in place) renders those pages alone:
/// read, dates, parse, links against the last build's tables, body, template. The hub lays the
/// new pages over the served tree (`SiteSnapshot.previews`) and the open tabs showing them
/// reload. Previews of edits later than the published build stay on top of it until a build
/// covers them, so a page never goes back to older text.
///
/// **4. The full rebuild, incremental.** `BuildPipeline.run(.memory(session:))` runs every
/// stage with this cache. Each stage owns the memo of its own input and is handed it by the
/// driver: the load stage decodes only files whose stamp or bytes changed (``files``), the parse
/// stage parses only changed bodies (``documents``), the index stage analyses only changed
/// chunks of 128 documents (``index``), the render stage renders only pages whose template
/// context changed, and in a section page only the FAQ entries that changed (``pages``; the
/// preview uses those entries too). Every memo compares its whole input (bytes, or a 64-bit hash of
/// it) and drops what the build did not ask for, so a stale value is never served: a rebuild's
/// output is the one a fresh build gives (tested). Resolving links, the checks and the site
/// model are recomputed whole.
///
/// **5. Publishing.** The hub compares the new tree with the served one and tells the browsers
/// which pages changed (Server-Sent Events); a failed build keeps the last good site served,
/// with the errors shown as an overlay.
public final class SessionCache: Sendable {
    /// Pages decoded from their files (front-matter included).
    public let files = PageReadCache()
    /// Parsed Markdown documents.
    public let documents = ParseCache()
    /// Analysed search documents.
    public let index = IndexMemo()
    /// Rendered pages.
    public let pages = RenderMemo()

    public init() {}
}
