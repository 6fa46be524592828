import Foundation
import RepereContent
import RepereDiagnostics
import RepereSupport

/// What the last build that wrote the site produced (`.repere-cache/build.json`), so that a
/// rebuild with the same ``BuildFingerprint`` does nothing but say the same diagnostics again.
///
/// Never trusted blindly: the record is used only when its format version and key match, and
/// when the site still holds exactly the files it wrote, each with the size and modification
/// time it had then (a site edited, added to or damaged by hand is rebuilt).
struct BuildCache {
    /// Bumped whenever ``Record`` changes.
    static let formatVersion = 5

    struct Record: Codable {
        var version: Int
        var key: String
        var pageCount: Int
        var diagnostics: [Diagnostic]
        /// How many files the site had as written.
        var fileCount: Int
        /// A hash of every file of the site as written: its relative path and stamp.
        var site: String
        /// The files outside the content folder that pages include (snippets), from the project
        /// folder, and a hash of their stamps (a file missing included).
        var included: [String]
        var includedHash: String
    }

    /// The cache file; `nil` disables the cache (`--no-cache`).
    let file: URL?

    /// The record of a build with `key` whose site in `folder` is still exactly as written.
    func record(matching key: String, site folder: URL, project: URL) -> Record? {
        guard let record = CacheFile<Record>(url: file).read(),
            record.version == Self.formatVersion, record.key == key,
            Self.includedHash(record.included, project: project) == record.includedHash,
            Self.siteHash(folder).hash == record.site
        else { return nil }
        return record
    }

    /// Records a build that has just written `folder`; a failure only costs the next build time.
    func store(key: String, pageCount: Int, diagnostics: [Diagnostic], site folder: URL, included: [String], project: URL) {
        guard let file else { return }
        let site = Self.siteHash(folder)
        let record = Record(
            version: Self.formatVersion, key: key, pageCount: pageCount, diagnostics: diagnostics,
            fileCount: site.fileCount, site: site.hash, included: included, includedHash: Self.includedHash(included, project: project))
        CacheFile<Record>(url: file).write(record)
    }

    /// The paths and stamps of `files`, from the `project` folder (`-1` for a missing file).
    static func includedHash(_ files: [String], project: URL) -> String {
        var hasher = StableHasher()
        for path in files {
            hasher.combine(path)
            let stamp = ContentStamp(path: project.appendingPathComponent(path).path)
            for number in [stamp?.size ?? -1, Int64(bitPattern: stamp?.inode ?? 0), stamp?.modified ?? 0, stamp?.changed ?? 0] { hasher.combine(number) }
        }
        return String(hasher.value, radix: 16)
    }

    /// The paths and stamps of the files in `folder`, hashed as they are listed: the record keeps
    /// this instead of every stamp, which would cost more to encode and decode than checking them.
    static func siteHash(_ folder: URL) -> (hash: String, fileCount: Int) {
        var hasher = StableHasher()
        var fileCount = 0
        FolderListing.visit(folder.path) { path, entry in
            switch entry {
            case .folder: return
            case .regularFile(let stamp), .other(let stamp):
                fileCount += 1
                hasher.combine(path)
                for number in [stamp.size, Int64(bitPattern: stamp.inode), stamp.modified, stamp.changed] { hasher.combine(number) }
            }
        }
        return (String(hasher.value, radix: 16), fileCount)
    }
}
