import Foundation
import RepereContent
import RepereGit
import RepereSupport

/// The history of the committed files, kept on disk (`.repere-cache/history.bin`) with the commit
/// it was read from, so a rebuild of an unchanged repository does no history work, and a rebuild
/// after new commits walks only those (``HistoryIndex/build(repository:pathPrefix:start:ignoring:extending:)``).
///
/// The file is in a format of its own (``HistoryIndex/write(to:leading:)`` in a
/// ``SealedCacheFile``): a 100,000-file history reads back in a fraction of a second. It is never
/// trusted blindly: a different format version, content folder or list of ignored revisions, or a
/// file cut short or damaged, means the history is read again and the file rewritten.
package struct HistoryCache {
    /// Bumped whenever the file's format or the way histories are computed changes (up to 5, the
    /// file was JSON, `history.json`).
    package static let formatVersion = 6

    package struct Entry {
        package var prefix: String
        /// The ignored revisions' ids (`history.ignore_revisions`), sorted.
        package var ignored: [String]
        package var index: HistoryIndex

        /// The commit the history was read from.
        package var commit: String { index.commit?.hex ?? "" }

        /// The pages' histories, by path in the content folder.
        package var pageHistories: [String: PageHistory] {
            var histories: [String: PageHistory] = [:]
            for (path, file) in index.files where path.hasPathPrefix(prefix) {
                var history = PageHistory(
                    created: file.isTruncated ? nil : Timestamp(file.created),
                    updated: Timestamp(file.updated), authors: file.authors, readerNote: file.lastReaderNote,
                    previousPaths: file.previousPaths.compactMap { $0.droppingPathPrefix(prefix).map { ContentPath($0) } },
                    isUncommitted: false)
                history.revisionCount = file.revisionCount
                histories[path.droppingPathPrefix(prefix)!] = history
            }
            return histories
        }
    }

    /// The cache file; `nil` disables the cache (`--no-cache`).
    package let file: URL?

    /// The cache in `folder` (`.repere-cache/`); `nil` disables it.
    package init(folder: URL?) { file = folder?.appendingPathComponent("history.bin") }

    /// The cached entry for `prefix` and the `ignored` revisions, whatever its commit.
    package func entry(prefix: String, ignored: [String]) -> Entry? {
        guard let entry = read(), entry.prefix == prefix, entry.ignored == ignored else { return nil }
        return entry
    }

    /// The entry in the file, or `nil` when there is none of this format version, whole.
    package func read() -> Entry? {
        guard var reader = sealed.read(), let read = try? HistoryIndex.read(from: &reader), let prefix = read.leading.first
        else { return nil }
        return Entry(prefix: prefix, ignored: Array(read.leading.dropFirst()), index: read.index)
    }

    /// The histories of the files committed at `commit`: from the cache when it was read from that
    /// very commit, else from a walk of the history (only the commits since the cached one when it
    /// is an ancestor), then cached unless `storing` is false.
    package func history(
        at commit: CommitID, prefix: String, ignoring: Set<CommitID>, in repository: Repository, storing: Bool = true
    ) throws(GitError) -> Entry {
        let ignored = ignoring.map(\.hex).sorted()
        let cached = entry(prefix: prefix, ignored: ignored)
        if let cached, cached.index.commit == commit { return cached }
        let index = try HistoryIndex.build(repository: repository, pathPrefix: prefix, start: commit, ignoring: ignoring, extending: cached?.index)
        let entry = Entry(prefix: prefix, ignored: ignored, index: index)
        if storing { store(entry) }
        return entry
    }

    /// Writes `entry`, replacing the file atomically (and removing the JSON file of format 5 and
    /// before, if any).
    package func store(_ entry: Entry) {
        var writer = ByteWriter()
        entry.index.write(to: &writer, leading: [entry.prefix] + entry.ignored)
        sealed.write(writer.bytes)
        if let file { try? FileManager.default.removeItem(at: file.deletingLastPathComponent().appendingPathComponent("history.json")) }
    }

    private var sealed: SealedCacheFile { SealedCacheFile(url: file, kind: "repere-history", version: Self.formatVersion) }
}
