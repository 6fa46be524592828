import Foundation
import RepereContent
import RepereGit
import RepereSupport

/// What changed in the help centre between two points of its history: pages added, updated,
/// moved and removed, with titles, descriptions and absolute links — `repere changes`.
///
/// The two trees are compared straight from the object database (the working tree is not
/// read); a file whose history links it to a removed path is a move, not a removal plus an
/// addition. Drafts and archived pages are left out; sections and the home page too.
public struct ChangeReport: Sendable, Encodable {
    /// One end of the range.
    public struct Endpoint: Sendable, Encodable {
        /// As the user wrote it (`2026-11-01`, `v2`, `HEAD`).
        public var label: String
        /// The commit it resolved to; `nil` before the first commit.
        public var commit: String?
        /// The day of that commit (or the date given), `YYYY-MM-DD`.
        public var date: String?
    }

    public struct Page: Sendable, Encodable {
        public var title: String
        public var url: String
        public var description: String?
        /// The file, relative to the content folder.
        public var path: String
        /// For moved pages, the URL the page had before.
        public var previousURL: String?
        /// The title of the top-level section holding the page, as the site names it (its folder's
        /// page's title, else its name made a title); `nil` for a page at the root of the content folder.
        public var section: String?
        /// `faq`, `tutorial`, `article` or `path`.
        public var type: String
        /// What the last commit that changed the page tells readers (its `Nouveauté :` trailer).
        public var note: String?
        /// For an upcoming event: when it takes place, in French.
        public var when: String?
    }

    public var version = 1
    public var since: Endpoint
    public var until: Endpoint
    public var added: [Page] = []
    public var updated: [Page] = []
    public var moved: [Page] = []
    public var removed: [Page] = []
    /// With `upcomingEvents`: the events (`type: event`) not over at the end of the range, not
    /// cancelled, soonest first.
    public var upcoming: [Page] = []
    /// What the report could not know (a shallow clone's missing history), for the terminal.
    public var notes: [String] = []

    /// Compares the content folder at `since` and at `until` (default `HEAD`); each is a date
    /// (`YYYY-MM-DD`, midnight UTC: `--since` takes the last commit before that day, `--until`
    /// the last commit of that day) or a revision.
    ///
    /// - Throws: ``ProjectError`` when the project is not in a repository or a revision is unknown.
    public static func make(options: BuildOptions, since: String, until: String?, upcomingEvents: Bool = false) throws -> ChangeReport {
        let contentURL = options.contentDirectory.standardizedFileURL.resolvingSymlinksInPath()
        let repository: Repository
        do {
            repository = try Repository(discoveringFrom: contentURL.path)
        } catch {
            throw ProjectError("\(options.projectDirectory.path) is not in a Git repository: there is no history to compare")
        }
        let prefix = ProjectHistory.prefix(of: contentURL, in: repository)
        do {
            guard let head = repository.headCommit else { throw ProjectError("the repository has no commits yet") }
            let untilCommit = try resolve(until ?? "HEAD", endOfDay: true, from: head, repository)
            guard let end = untilCommit else { throw ProjectError("no commit before '\(until ?? "HEAD")'") }
            let startCommit = try resolve(since, endOfDay: false, from: end, repository)
            let old = try startCommit.map { try RevisionSnapshot(repository: repository, revision: $0.hex, pathPrefix: prefix) }
            let new = try RevisionSnapshot(repository: repository, revision: end.hex, pathPrefix: prefix)
            let ignored = IgnoredRevisions(options, repository: repository)
            // The build's history cache serves when it holds `end` or an ancestor; only HEAD's is kept.
            let cache = HistoryCache(folder: options.cacheDirectory)
            let history = try cache.history(at: end, prefix: prefix, ignoring: ignored.commits, in: repository, storing: end == head).index
            var report = ChangeReport(
                since: try endpoint(since, startCommit, repository), until: try endpoint(until ?? "HEAD", end, repository))
            report.compare(old: old, new: new, history: history, prefix: prefix, configuration: options.configuration)
            if upcomingEvents {
                let after = try repository.commitTime(end).seconds
                report.upcoming = Self.events(in: new, prefix: prefix, configuration: options.configuration, notOverAt: after)
            }
            report.notes += ignored.diagnostics.map(\.message)
            if history.isTruncated {
                report.notes.append(
                    "the clone is shallow: its history stops after \(history.commitCount) commits, so a page changed before that may be listed as new"
                        + (startCommit == nil ? " (no commit before '\(since)' is in the clone: every page is listed as new)" : ""))
            }
            return report
        } catch let error as ProjectError {
            throw error
        } catch {
            throw ProjectError("\(error)")
        }
    }

    private static func resolve(_ text: String, endOfDay: Bool, from start: CommitID, _ repository: Repository) throws -> CommitID? {
        guard let date = CalendarDate(text) else { return try repository.resolve(revision: text) }
        let midnight = Timestamp(date).seconds + (endOfDay ? 86_400 : 0)
        return try repository.lastCommit(before: midnight, from: start)
    }

    private static func endpoint(_ label: String, _ commit: CommitID?, _ repository: Repository) throws -> Endpoint {
        var date = CalendarDate(label)?.description
        if date == nil, let commit {
            let time = try repository.commitTime(commit)
            date = Timestamp(seconds: time.seconds, offsetMinutes: time.offsetMinutes).day.description
        }
        return Endpoint(label: label, commit: commit?.short, date: date)
    }

    // MARK: - Comparison

    private mutating func compare(
        old: RevisionSnapshot?, new: RevisionSnapshot, history: HistoryIndex, prefix: String, configuration: SiteConfiguration
    ) {
        let baseURL = configuration.baseURL
        /// The published articles of a snapshot, as the build sees them: no hidden file, none
        /// that `exclude:` leaves out, no section page.
        func pages(_ snapshot: RevisionSnapshot?) -> [String: RevisionSnapshot.File] {
            let files = (snapshot?.files ?? []).compactMap { $0.path.droppingPathPrefix(prefix).map { ContentPath($0) } }
            let folders = Set(files.filter { $0.isMarkdown && !PageURL.isFolderPage($0) }.flatMap { path in
                sequence(first: path.directory, next: { $0.isEmpty ? nil : ContentPath($0).directory }).filter { !$0.isEmpty }
            })
            // Folders with a page of their own, beside which a file named like the folder is an article.
            let ownPages = Set(files.filter { PageURL.isFolderPage($0) || PageURL.isSectionFile($0) }.map(\.directory))
            var result: [String: RevisionSnapshot.File] = [:]
            for file in snapshot?.files ?? [] where ContentPath(file.path).isMarkdown {
                guard let rest = file.path.droppingPathPrefix(prefix) else { continue }
                let relative = ContentPath(rest)
                guard PageURL.kind(of: relative) == .article, !relative.isHidden,
                    !configuration.isExcluded(relative), !(PageURL.isFolderPage(relative) && folders.contains(relative.directory)),
                    !PageURL.isCategoryIndex(relative, style: configuration.addresses) || ownPages.contains(relative.directory)
                else { continue }
                result[file.path] = file
            }
            return result
        }
        let before = pages(old), after = pages(new)
        let newSections = Self.sectionTitles(in: new, prefix: prefix, configuration: configuration)
        let oldSections = Self.sectionTitles(in: old, prefix: prefix, configuration: configuration)
        var movedFrom: Set<String> = []
        for path in after.keys.sorted() {
            let file = after[path]!
            if let previous = before[path] {
                if previous.blobID != file.blobID, let page = describe(file, in: new, prefix: prefix, configuration: configuration, history: history, sections: newSections) {
                    updated.append(page)
                }
                continue
            }
            let origin = history.files[path]?.previousPaths.last { before[$0] != nil && after[$0] == nil }
            guard var page = describe(file, in: new, prefix: prefix, configuration: configuration, history: history, sections: newSections) else { continue }
            if let origin {
                movedFrom.insert(origin)
                page.previousURL = PageURL.url(of: ContentPath(String(origin.dropFirst(prefix.count))), style: configuration.addresses)
                    .map { $0.absolute(baseURL: baseURL) }
                moved.append(page)
            } else {
                added.append(page)
            }
        }
        for path in before.keys.sorted() where after[path] == nil && !movedFrom.contains(path) {
            if let old, let page = describe(before[path]!, in: old, prefix: prefix, configuration: configuration, history: history, sections: oldSections) { removed.append(page) }
        }
    }

    /// Title, URL, description, section and reader note of a page file; `nil` for drafts,
    /// archived or unreadable pages.
    private func describe(
        _ file: RevisionSnapshot.File, in snapshot: RevisionSnapshot, prefix: String, configuration: SiteConfiguration, history: HistoryIndex,
        sections: [String: String]
    ) -> Page? {
        let baseURL = configuration.baseURL
        let path = ContentPath(String(file.path.dropFirst(prefix.count)))
        guard let bytes = try? snapshot.contents(of: file), let text = String(validating: bytes, as: UTF8.self),
            case .success(let parts) = FrontMatterSplitter.split(text, file: path.rawValue)
        else { return nil }
        let (frontMatter, _) = FrontMatter.decode(yaml: parts.yaml, file: path.rawValue, lineOffset: 1)
        guard frontMatter.status == .published, let url = PageURL.url(of: path, frontMatter: frontMatter, style: configuration.addresses) else { return nil }
        let note = history.files[file.path]?.lastReaderNote ?? ""
        return Page(
            title: Self.title(frontMatter, body: parts.body, path: path), url: url.absolute(baseURL: baseURL),
            description: frontMatter.description, path: path.rawValue,
            section: path.rawValue.split(separator: "/").dropLast().first.map { sections[String($0)] ?? InferredTitle.fromName(String($0)) },
            type: frontMatter.type.rawValue, note: note.isEmpty ? nil : note)
    }

    /// The published events of `snapshot` not over at `seconds` and not cancelled, soonest first.
    private static func events(in snapshot: RevisionSnapshot, prefix: String, configuration: SiteConfiguration, notOverAt seconds: Int64) -> [Page] {
        var found: [(start: Int64, page: Page)] = []
        for file in snapshot.files where ContentPath(file.path).isMarkdown {
            guard let rest = file.path.droppingPathPrefix(prefix) else { continue }
            let path = ContentPath(rest)
            guard !configuration.isExcluded(path), let bytes = try? snapshot.contents(of: file),
                bytes.count < 1 << 20, let text = String(validating: bytes, as: UTF8.self), text.contains("event"),
                case .success(let parts) = FrontMatterSplitter.split(text, file: path.rawValue)
            else { continue }
            let frontMatter = FrontMatter.decode(yaml: parts.yaml, file: path.rawValue, lineOffset: 1).0
            guard let url = PageURL.url(of: path, frontMatter: frontMatter, style: configuration.addresses) else { continue }
            guard frontMatter.type == .event, frontMatter.status == .published, !frontMatter.cancelled,
                let start = frontMatter.eventStart.flatMap(LocalDateTime.init),
                let zone = EventZone(frontMatter.timezone ?? configuration.timezone)
            else { continue }
            let end = frontMatter.eventEnd.flatMap { text in
                LocalDateTime.time(text).map { LocalDateTime(date: start.date, hour: $0.0, minute: $0.1) } ?? LocalDateTime(text)
            }
            let schedule = EventSchedule(start: start, end: end.flatMap { $0 > start ? $0 : nil }, zone: zone)
            guard schedule.endOrStartSeconds >= seconds else { continue }
            found.append((schedule.startSeconds, Page(
                title: title(frontMatter, body: parts.body, path: path), url: url.absolute(baseURL: configuration.baseURL),
                description: frontMatter.description, path: path.rawValue, section: nil, type: frontMatter.type.rawValue,
                note: nil, when: FrenchDate.event(schedule))))
        }
        return found.sorted { ($0.start, $0.page.url) < ($1.start, $1.page.url) }.map(\.page)
    }

    /// A page's title as the build gives it: `title:`, else its first `# heading`, else its file name.
    private static func title(_ frontMatter: FrontMatter, body: String, path: ContentPath) -> String {
        if let title = frontMatter.title?.trimmingWhitespace, !title.isEmpty { return title }
        return InferredTitle.firstHeading(in: body)?.title
            ?? InferredTitle.fromName(PageURL.isFolderPage(path) ? ContentPath(path.directory).fileName : path.pageStem)
    }

    /// The titles of the top-level sections of `snapshot`, by folder name, as the site names
    /// them: `sections:` in `repere.yml`, else the folder's page (`_section.md`, else `index.md`,
    /// else `README.md`): its `nav_title:` or `title:`, unless another section's page has it too
    /// (then the heading its body starts with), or its first heading; else the folder's name made
    /// a title (`guide_utilisateur` → `Guide utilisateur`).
    private static func sectionTitles(in snapshot: RevisionSnapshot?, prefix: String, configuration: SiteConfiguration) -> [String: String] {
        var pages: [String: (rank: Int, file: RevisionSnapshot.File)] = [:]
        let names = ["_section.md", "index.md", "README.md", "index.mdx"]
        for file in snapshot?.files ?? [] {
            guard let relative = file.path.droppingPathPrefix(prefix) else { continue }
            let parts = relative.split(separator: "/")
            guard parts.count == 2, let rank = names.firstIndex(of: String(parts[1])), rank < pages[String(parts[0])]?.rank ?? names.count else { continue }
            pages[String(parts[0])] = (rank, file)
        }
        var named: [String: (own: String?, written: String?, heading: String?)] = [:]
        for (folder, page) in pages {
            guard let snapshot, let bytes = try? snapshot.contents(of: page.file), bytes.count < 1 << 20,
                let text = String(validating: bytes, as: UTF8.self),
                case .success(let parts) = FrontMatterSplitter.split(text, file: folder + "/" + names[page.rank])
            else { continue }
            let frontMatter = FrontMatter.decode(yaml: parts.yaml, file: folder, lineOffset: 1).0
            let own = frontMatter.navigationTitle.map(\.trimmingWhitespace).flatMap { $0.isEmpty ? nil : $0 }
            let written = frontMatter.title.map(\.trimmingWhitespace).flatMap { $0.isEmpty ? nil : $0 }
            let heading = written == nil ? InferredTitle.firstHeading(in: parts.body)?.title : InferredTitle.leadingTitle(in: parts.body)?.text
            named[folder] = (own, written, heading)
        }
        // A `title:` several sections' pages share (`title: Objectifs` in each chapter) names none.
        let uses = Dictionary(named.values.compactMap(\.written).map { ($0, 1) }, uniquingKeysWith: +)
        var titles: [String: String] = [:]
        for (folder, name) in named {
            let written = name.written.flatMap { uses[$0] == 1 ? $0 : nil }
            if let title = name.own ?? written ?? name.heading ?? name.written { titles[folder] = title }
        }
        for (folder, settings) in configuration.sections where !folder.contains("/") {
            if let title = settings.title { titles[folder] = title }
        }
        return titles
    }
}
