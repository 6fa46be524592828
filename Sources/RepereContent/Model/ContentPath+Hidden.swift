import RepereSupport

/// Which files of the content folder are left out for being hidden.
///
/// A file or folder whose name starts with `.` is no content (`.git/`, `.vuepress/`, `.DS_Store`),
/// with one exception: GitBook's uploads folder, `.gitbook/assets/` at the top of the content
/// folder, or of a GitBook space in a folder of it (`guide/.gitbook/assets/`), where GitBook
/// stores every image a page shows (`../.gitbook/assets/capture.png`). Its
/// files are content as files, never as pages (a Markdown file there is left out), and hidden
/// names inside it stay hidden; the site publishes those a page uses
/// (the resolve stage's `unusedUploads`). Nothing else under `.gitbook/` is content.
extension ContentPath {
    /// GitBook's uploads folder, relative to the content folder.
    public static let gitBookAssets = ".gitbook/assets"

    /// Whether the file is left out of the content for being hidden.
    public var isHidden: Bool { Self.isHidden(rawValue) }

    /// Whether the file at `relative` (a path under the content folder) is left out for being hidden.
    public static func isHidden(_ relative: String) -> Bool {
        isSkipped(relative) || (relative.split(separator: "/").contains { $0.hasPrefix(".") } && !isGitBookUpload(relative))
    }

    /// Whether the file at `relative` is in a GitBook uploads folder (`.gitbook/assets/`, at the
    /// top or in a space's folder).
    public static func isGitBookUpload(_ relative: String) -> Bool {
        relative.hasPathPrefix(gitBookAssets + "/") || relative.contains("/" + gitBookAssets + "/")
    }

    /// Whether a folder scan never reaches `relative`, a file or a folder (`.gitbook` is reached,
    /// on the way to its `assets/`).
    public static func isSkipped(_ relative: String) -> Bool { skippedPart(relative) != nil }

    /// The part of `relative` that makes it hidden: the path to the first file or folder a scan
    /// skips (`.git`, `.gitbook/includes`, `.gitbook/assets/.x`, `.gitbook/assets/a.md`), or the
    /// whole path (a file named `.gitbook`); `nil` when it is not hidden.
    public static func hiddenPart(_ relative: String) -> String? {
        skippedPart(relative) ?? (isHidden(relative) ? relative : nil)
    }

    private static func skippedPart(_ relative: String) -> String? {
        var folder = ""
        for part in segments(relative) {
            let path = folder.isEmpty ? String(part) : folder + "/" + part
            if skipsEntry(String(part), in: folder) { return path }
            folder = path
        }
        return nil
    }

    /// Whether a folder scan skips the entry `name` of the folder `folder` (relative to the content
    /// folder, empty at its top): hidden names, but for the way down to `.gitbook/assets/`, and
    /// Markdown files inside it.
    public static func skipsEntry(_ name: String, in folder: String) -> Bool {
        if name == ".gitbook" { return false }  // on the way to its `assets/`
        let parts = folder.split(separator: "/")
        if parts.last == ".gitbook" { return name != "assets" }
        let inUploads = parts.dropLast().contains(".gitbook")  // in `…/.gitbook/assets/`, the only way in
        return name.hasPrefix(".") || (inUploads && ContentPath(name).fileExtension == "md")
    }
}
