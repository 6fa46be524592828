import Foundation
import RepereContent
import RepereDiagnostics

/// What the last build that wrote the site produced (`.repere-cache/build.json`), so that a
/// rebuild with the same ``BuildFingerprint`` does nothing but say the same diagnostics again.
///
/// Never trusted blindly: the record is used only when its format version and key match, and
/// when the site still holds exactly the files it wrote, each with the size and modification
/// time it had then (a site edited, added to or damaged by hand is rebuilt).
struct BuildCache {
    /// Bumped whenever ``Record`` changes.
    static let formatVersion = 2

    struct Record: Codable {
        var version: Int
        var key: String
        var pageCount: Int
        var diagnostics: [Diagnostic]
        /// Every file of the site as written: relative path → stamp.
        var site: [String: ContentStamp]
    }

    /// The cache file; `nil` disables the cache (`--no-cache`).
    let file: URL?

    /// The record of a build with `key` whose site in `folder` is still exactly as written.
    func record(matching key: String, site folder: URL) -> Record? {
        guard let file, let data = FileManager.default.contents(atPath: file.path),
            let record = try? JSONDecoder().decode(Record.self, from: data),
            record.version == Self.formatVersion, record.key == key,
            FolderListing(folder.path).fileStamps == record.site
        else { return nil }
        return record
    }

    /// Records a build that has just written `folder`; a failure only costs the next build time.
    func store(key: String, pageCount: Int, diagnostics: [Diagnostic], site folder: URL) {
        guard let file else { return }
        let record = Record(
            version: Self.formatVersion, key: key, pageCount: pageCount, diagnostics: diagnostics,
            site: FolderListing(folder.path).fileStamps)
        guard let data = try? JSONEncoder().encode(record) else { return }
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? AtomicFile.write(data, to: file.path)
    }
}
