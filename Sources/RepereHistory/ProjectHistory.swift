import Foundation
import RepereContent
import RepereDiagnostics
import RepereGit
import RepereSupport

/// The Git side of a build: where content comes from (the working tree or a revision) and what
/// the history says of each file. The only place the pipeline meets ``RepereGit``.
///
/// Whatever Git cannot tell is said once, as a note (`git.no-repository`, `git.no-commits`,
/// `git.shallow-history`), and never replaced by the build's own time.
package struct ProjectHistory {
    /// Where the content files are read from.
    package var source: any ContentSource
    /// History of each content file, by content path (files Git does not know are absent).
    package var histories: [ContentPath: PageHistory]
    /// Content files with uncommitted changes or not tracked yet, sorted.
    package var uncommitted: [ContentPath]
    package var notes: [Diagnostic]
    /// When files changed since the last commit take their dates from the file system: the
    /// content folder, and the committed histories those dates amend.
    package var editedFileDates: (root: URL, committed: [ContentPath: PageHistory])? = nil

    /// Opens the repository holding `options.contentDirectory` (if any) and reads its history
    /// (unless `readHistory` is false: then only `--rev` opens the repository, for its files).
    ///
    /// - Throws: ``ProjectError`` for an unusable `--rev` (no repository, unknown revision).
    package static func load(_ options: BuildOptions, readHistory: Bool = true) throws -> ProjectHistory {
        var history = try loadContent(options, readHistory: readHistory)
        let statics = try options.staticDirectories.compactMap { folder in
            try staticSource(folder.url, options).map { SiteSource.StaticFolder(path: folder.path, source: $0) }
        }
        if !statics.isEmpty { history.source = SiteSource(content: history.source, statics: statics) }
        return history
    }

    /// The files of a static folder (`static_dir`) as `options` builds them: in the working tree,
    /// or at `--rev`; `nil` when it does not exist.
    private static func staticSource(_ folder: URL, _ options: BuildOptions) throws -> (any ContentSource)? {
        let url = folder.standardizedFileURL.resolvingSymlinksInPath()
        guard let revision = options.revision else {
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) && isFolder.boolValue
                ? FileSystemSource(root: url) : nil
        }
        do {
            let repository = try Repository(discoveringFrom: options.projectDirectory.standardizedFileURL.resolvingSymlinksInPath().path)
            let prefix = Self.prefix(of: url, in: repository)
            return GitTreeSource(snapshot: try RevisionSnapshot(repository: repository, revision: revision, pathPrefix: prefix), prefix: prefix)
        } catch {
            throw ProjectError("cannot build revision '\(revision)': \(error)")
        }
    }

    private static func loadContent(_ options: BuildOptions, readHistory: Bool) throws -> ProjectHistory {
        let contentURL = options.contentDirectory.standardizedFileURL.resolvingSymlinksInPath()
        let workingTree = FileSystemSource(root: contentURL)
        if !readHistory && options.revision == nil {
            return ProjectHistory(source: workingTree, histories: [:], uncommitted: [], notes: [])
        }
        let repository: Repository
        do {
            repository = try Repository(discoveringFrom: contentURL.path)
        } catch {
            if let revision = options.revision {
                throw ProjectError("cannot build revision '\(revision)': \(options.projectDirectory.path) is not in a Git repository")
            }
            return ProjectHistory(source: workingTree, histories: [:], uncommitted: [], notes: [
                Diagnostic(
                    .gitNoRepository, "the project is not in a Git repository: pages have no dates or authors",
                    notes: ["front-matter 'created' and 'updated' still apply"])
            ])
        }
        let prefix = Self.prefix(of: contentURL, in: repository)
        let ignored = readHistory ? IgnoredRevisions(options, repository: repository) : IgnoredRevisions()
        var notes = ignored.diagnostics

        let cache = HistoryCache(folder: options.cacheDirectory)
        if let revision = options.revision {
            let snapshot: RevisionSnapshot
            let committed: HistoryCache.Entry
            do {
                snapshot = try RevisionSnapshot(repository: repository, revision: revision, pathPrefix: prefix)
                committed = readHistory
                    ? try cache.history(at: snapshot.commit, prefix: prefix, ignoring: ignored.commits, in: repository)
                    : HistoryCache.Entry(prefix: prefix, ignored: [], index: .empty)
            } catch {
                throw ProjectError("cannot build revision '\(revision)': \(error)")
            }
            notes += Self.historyNotes(committed)
            return ProjectHistory(
                source: GitTreeSource(snapshot: snapshot, prefix: prefix),
                histories: Self.keyed(committed.pageHistories), uncommitted: [], notes: notes)
        }

        guard !repository.isEmpty else {
            let all = (try? workingTree.files()) ?? []
            let untracked = all.filter(\.isMarkdown)
            return ProjectHistory(
                source: workingTree, histories: Self.fileSystemHistories(untracked, base: [:], root: contentURL),
                uncommitted: untracked,
                notes: [Diagnostic(.gitNoCommits, "the repository has no commits yet: dates come from the files")],
                editedFileDates: (contentURL, [:]))
        }
        do {
            guard let head = repository.headCommit else { throw ProjectError("cannot resolve HEAD") }
            let committed = try cache.history(at: head, prefix: prefix, ignoring: ignored.commits, in: repository)
            notes += Self.historyNotes(committed)
            let committedHistories = Self.keyed(committed.pageHistories)
            var histories = committedHistories
            let status = try WorkingTreeStatus(repository: repository, pathPrefix: prefix)
            let changed = (status.modified + status.added)
                .filter { ContentPath($0).isMarkdown }
                .compactMap { $0.droppingPathPrefix(prefix).map { ContentPath($0) } }
                .sorted()
            histories.merge(Self.fileSystemHistories(changed, base: histories, root: contentURL)) { $1 }
            return ProjectHistory(
                source: workingTree, histories: histories, uncommitted: changed, notes: notes,
                editedFileDates: (contentURL, committedHistories))
        } catch {
            return ProjectHistory(source: workingTree, histories: [:], uncommitted: [], notes: notes + [
                Diagnostic(.gitUnreadable, "cannot read the Git history: \(error)")
            ])
        }
    }

    /// The build's reference time (Unix time), which decides which events are upcoming:
    /// `options.referenceTime` (`SOURCE_DATE_EPOCH`) when set, else the commit time of the built
    /// revision (`--rev`, or HEAD), else the current time. Never the clock when Git can tell,
    /// so two builds of one commit agree.
    package static func referenceTime(_ options: BuildOptions) -> Int64 {
        reproducibleReferenceTime(options) ?? Int64(Date().timeIntervalSince1970)
    }

    /// The reference time when `SOURCE_DATE_EPOCH` or Git gives one (`nil`: the clock's).
    package static func reproducibleReferenceTime(_ options: BuildOptions) -> Int64? {
        if let time = options.referenceTime { return time }
        let contentURL = options.contentDirectory.standardizedFileURL.resolvingSymlinksInPath()
        if let repository = try? Repository(discoveringFrom: contentURL.path),
            let commit = options.revision.map({ try? repository.resolve(revision: $0) }) ?? repository.headCommit,
            let date = try? repository.commitTime(commit)
        {
            return date.seconds
        }
        return nil
    }

    /// `pages` with their history: Git's, with front-matter `created` and `updated` winning.
    package func apply(to pages: [Page]) -> [Page] {
        pages.map { Self.withDates(histories[$0.source], of: $0) }
    }

    /// `page` with the history a build would give it now that its file has just been edited in
    /// the working tree (`serve` shows an edited page before the whole site is rebuilt).
    package func applyAfterEdit(to page: Page) -> Page {
        guard let (root, committed) = editedFileDates else { return Self.withDates(histories[page.source], of: page) }
        return Self.withDates(Self.fileSystemHistories([page.source], base: committed, root: root)[page.source], of: page)
    }

    /// `page` with `history`, front-matter `created` and `updated` winning.
    private static func withDates(_ history: PageHistory?, of page: Page) -> Page {
        var page = page
        var history = history
        let fm = page.frontMatter
        if let created = fm.created.map(Timestamp.init) {
            history = history ?? PageHistory(created: created, updated: created, authors: [], readerNote: "", previousPaths: [], isUncommitted: false)
            history?.created = created
        }
        if let updated = fm.updated.map(Timestamp.init) {
            history = history ?? PageHistory(created: nil, updated: updated, authors: [], readerNote: "", previousPaths: [], isUncommitted: false)
            history?.updated = updated
        }
        page.history = history
        return page
    }

    /// The content folder's path inside the repository, with a final `/` (empty at its root).
    package static func prefix(of content: URL, in repository: Repository) -> String {
        guard let workdir = repository.workdir else { return "" }
        let root = URL(fileURLWithPath: workdir).standardizedFileURL.resolvingSymlinksInPath().path
        let path = content.path
        guard let rest = path.droppingPathPrefix(root), !rest.isEmpty else { return "" }
        let relative = rest.drop { $0 == "/" }
        return relative.isEmpty ? "" : relative + "/"
    }

    private static func keyed(_ histories: [String: PageHistory]) -> [ContentPath: PageHistory] {
        Dictionary(uniqueKeysWithValues: histories.map { (ContentPath($0.key), $0.value) })
    }

    /// The notes about the committed history: the folders pages moved from, a shallow clone.
    private static func historyNotes(_ committed: HistoryCache.Entry) -> [Diagnostic] {
        let folders = committed.index.sourceFolders.map { $0.isEmpty ? "the repository's root" : $0 }
        let moved = folders.isEmpty ? [] : [
            Diagnostic(.gitMovedIntoContent, "pages moved into \(committed.prefix.isEmpty ? "the content folder" : committed.prefix) from \(folders.joined(separator: ", ")): their history there counts")
        ]
        guard committed.index.isTruncated else { return moved }
        return moved + [
            Diagnostic(
                .gitShallowHistory,
                "the clone is shallow: history stops after \(committed.index.commitCount) commits, so pages older than that have no creation date",
                notes: ["fetch the whole history (git fetch --unshallow; fetch-depth: 0 with actions/checkout)"])
        ]
    }

    /// Histories of files changed since the last commit: the update date is the file's own
    /// modification time (or `SOURCE_DATE_EPOCH` when set, for reproducible builds).
    private static func fileSystemHistories(
        _ paths: [ContentPath], base: [ContentPath: PageHistory], root: URL
    ) -> [ContentPath: PageHistory] {
        let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(Int64.init)
        var result: [ContentPath: PageHistory] = [:]
        for path in paths {
            let modified = (try? FileManager.default.attributesOfItem(atPath: root.appendingPathComponent(path.rawValue).path))?[.modificationDate] as? Date
            let updated = Timestamp(seconds: epoch ?? Int64(modified?.timeIntervalSince1970 ?? 0))
            var history = base[path] ?? PageHistory(
                created: updated, updated: updated, authors: [], readerNote: "", previousPaths: [], isUncommitted: true)
            history.updated = updated
            history.isUncommitted = true
            result[path] = history
        }
        return result
    }
}

extension Timestamp {
    package init(_ date: GitDate) { self.init(seconds: date.seconds, offsetMinutes: date.offsetMinutes) }
}
