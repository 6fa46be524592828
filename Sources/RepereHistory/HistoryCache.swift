import Foundation
import RepereContent
import RepereSupport

/// The history of the committed files, kept on disk (`.repere-cache/history.json`) and keyed by
/// the commit it was read from, so a rebuild of an unchanged repository does no history work.
///
/// The file is never trusted blindly: a different format version, commit, content folder or a
/// file that does not decode means the history is read again and the file rewritten.
package struct HistoryCache {
    /// Bumped whenever ``Entry`` or the way histories are computed changes.
    package static let formatVersion = 4

    package struct Entry: Codable {
        package var version: Int
        package var commit: String
        package var prefix: String
        /// The ignored revisions' ids (`history.ignore_revisions`), sorted.
        package var ignored: [String]
        package var isTruncated: Bool
        package var commitCount: Int
        package var histories: [String: PageHistory]
    }

    /// The cache file; `nil` disables the cache (`--no-cache`).
    package let file: URL?

    /// The cached entry for `commit`, `prefix` and the `ignored` revisions, if the file holds exactly that.
    package func entry(commit: String, prefix: String, ignored: [String]) -> Entry? {
        guard let entry = CacheFile<Entry>(url: file).read(),
            entry.version == Self.formatVersion, entry.commit == commit, entry.prefix == prefix, entry.ignored == ignored
        else { return nil }
        return entry
    }

    /// Writes `entry`, replacing the file atomically.
    package func store(_ entry: Entry) { CacheFile<Entry>(url: file).write(entry) }
}
