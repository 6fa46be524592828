import Foundation
import RepereContent
import RepereRender
import RepereSupport

/// The write stage: makes the files of an ``OutputPlan`` and puts them on disk without ever
/// leaving a half-written site.
///
/// Each file is made (rendered) on one of the cores, written and let go at once: the whole site
/// is never in memory. A first site is written into a fresh sibling folder that is then renamed
/// into place. An existing site is updated in place by a ``SiteUpdate``: only the files whose
/// bytes changed are written (two-phase, so a failure leaves the site as it was; the others
/// keep their inode and dates) and stale files are removed.
/// Rewriting everything would cost far more: on this project's benchmark disk, creating and
/// deleting tens of thousands of files takes longer than building them (bench/PROFILE.md).
public struct OutputWriter: Sendable {
    public var destination: URL
    /// Folders the site must never be written over: the destination may not be one of them, hold
    /// one, or (but for the project folder itself) be inside one.
    public var protectedFolders: [(folder: URL, mayHoldSite: Bool)] = []
    /// Called with the staging folder of a whole replacement just before it is renamed into
    /// place, the old site already moved aside (tests use it to make that rename fail).
    var beforeSwap: @Sendable (URL) -> Void = { _ in }

    public init(destination: URL) { self.destination = destination.standardizedFileURL }

    /// Refuses a destination that would overwrite or delete the project's own files: updating a
    /// site removes every file the new site does not have.
    func checkDestination() throws {
        let target = destination.resolvingSymlinksInPath().path + "/"
        for (folder, mayHoldSite) in protectedFolders {
            let protected = folder.standardizedFileURL.resolvingSymlinksInPath().path + "/"
            if protected.hasPrefix(target) || (!mayHoldSite && target.hasPrefix(protected)) {
                throw OutputError("refusing to write the site to '\(destination.path)': it would overwrite '\(folder.path)'")
            }
        }
        if FileManager.default.fileExists(atPath: destination.appendingPathComponent(".git").path) {
            throw OutputError("refusing to write the site to '\(destination.path)': it holds a Git repository (.git)")
        }
        // Writing a site removes every file the new one does not have: a folder of other files
        // (`-o ~`, `-o Documents`) is no site to update.
        let entries = ((try? FileManager.default.contentsOfDirectory(atPath: destination.path)) ?? []).filter { $0 != ".DS_Store" }
        if !entries.isEmpty, !entries.contains(Self.themeFolder) {
            throw OutputError(
                "refusing to write the site to '\(destination.path)': it holds other files (\(entries.sorted().prefix(3).map { "'\($0)'" }.joined(separator: ", "))\(entries.count > 3 ? "…" : "")), not a site Repère built, which writing would delete; choose an empty or new folder")
        }
    }

    /// The folder of the theme's files every site Repère builds has (`_repere/`).
    static let themeFolder = "_repere"

    /// Makes and writes the files of `plan`, reading copied files from `source`.
    ///
    /// - Returns: how many files were written or removed (0 when the site was already `plan`'s).
    /// - Throws: ``OutputError`` when a file cannot be read or written, or the destination is
    ///   one of ``protectedFolders``; the previous site is kept.
    @discardableResult
    public func write(_ plan: OutputPlan, source: any ContentSource) throws -> Int {
        try checkDestination()
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: destination.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw OutputError("'\(destination.path)' exists and is not a folder") }
            if let update = SiteUpdate(plan.paths, in: destination) {
                return try update.apply(plan, in: destination, source: source).count + update.stale.count
            }
        }
        try replace(with: plan, source: source)
        return plan.files.count
    }

    /// Writes the whole site into a sibling folder, then swaps it with the old site (if any) by
    /// two renames; on any error the new folder is removed and the previous site stays.
    private func replace(with plan: OutputPlan, source: any ContentSource) throws {
        let fm = FileManager.default
        let parent = destination.deletingLastPathComponent()
        let name = destination.lastPathComponent
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = parent.appendingPathComponent(".\(name).repere-new-\(pid)")
        let retired = parent.appendingPathComponent(".\(name).repere-old-\(pid)")
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
            try? fm.removeItem(at: staging)
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            try Self.writeFiles(of: plan, into: staging, source: source)
            let hadSite = fm.fileExists(atPath: destination.path)
            // Ctrl-C waits for the two renames: the site is never missing (``DeferredInterrupts``).
            try DeferredInterrupts.whileHeld {
                if hadSite {
                    try? fm.removeItem(at: retired)
                    try fm.moveItem(at: destination, to: retired)
                }
                do {
                    beforeSwap(staging)
                    try fm.moveItem(at: staging, to: destination)
                } catch {
                    if hadSite { try? fm.moveItem(at: retired, to: destination) }
                    throw error
                }
            }
            if hadSite { try? fm.removeItem(at: retired) }
        } catch {
            try? fm.removeItem(at: staging)
            if let error = error as? OutputError { throw error }
            throw OutputError("cannot write the site to '\(destination.path)': \(error.localizedDescription)")
        }
    }
}

extension OutputWriter {
    /// Makes and writes every file of the plan into `folder`, a new empty folder, on all cores.
    static func writeFiles(of plan: OutputPlan, into folder: URL, source: any ContentSource) throws {
        let root = folder.path
        // Sorted paths, but taken from both halves in turn: two workers creating files in the
        // same folder wait for each other (the folder's lock), in different folders they do not.
        let files = plan.inMakingOrder { files in
            let sorted = files.sorted { $0.path < $1.path }
            let half = (sorted.count + 1) / 2
            return (0..<sorted.count).map { $0 % 2 == 0 ? sorted[$0 / 2] : sorted[half + $0 / 2] }
        }
        let failures = files.parallelMap { file -> String? in
            do {
                try write(file.make(), to: root + "/" + file.path, source: source, makingFoldersIn: root)
                return nil
            } catch {
                return "cannot write '\(file.path)': \(error)"
            }
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw OutputError(failure) }
    }

    /// Writes `content` as the new file `target`. With a `root` (a folder holding `target`),
    /// the file's missing folders are made when `open` finds them missing (most hold one page),
    /// by the worker writing the file rather than all first on one core.
    static func write(_ content: OutputTree.Content, to target: String, source: any ContentSource, makingFoldersIn root: String? = nil) throws {
        try content.withBytes(source: source) { bytes in
            do {
                try PlainFile.write(bytes, to: target)
            } catch let failure as PlainFile.Failure where failure.code == ENOENT && root != nil {
                try makeFolders(of: String(target.dropFirst(root!.count + 1)), in: root!)
                try PlainFile.write(bytes, to: target)
            }
        }
    }

    /// Makes the folders holding `path` (relative to `root`), parents first; those that exist are kept.
    private static func makeFolders(of path: String, in root: String) throws {
        var rest = path[...]
        while let slash = rest.firstIndex(of: "/") {
            let folder = path[..<slash]
            if mkdir(root + "/" + folder, 0o755) != 0 && errno != EEXIST {
                throw OutputError("cannot create the folder '\(folder)' in \(root): \(String(cString: strerror(errno)))")
            }
            rest = path[path.index(after: slash)...]
        }
    }

    /// Creates the folders that `paths` (files relative to `root`) need and do not exist yet.
    ///
    /// - Returns: the folders created, parents first.
    @discardableResult
    static func createFolders(for paths: [String], in root: String) throws -> [String] {
        var known: Set<Substring> = [""]
        var created: [String] = []
        for path in paths {
            var missing: [Substring] = []
            var directory = path[..<(path.lastIndex(of: "/") ?? path.startIndex)]
            while !known.contains(directory) {
                missing.append(directory)
                directory = directory[..<(directory.lastIndex(of: "/") ?? directory.startIndex)]
            }
            for directory in missing.reversed() {
                if mkdir(root + "/" + directory, 0o755) == 0 {
                    created.append(String(directory))
                } else if errno != EEXIST {
                    throw OutputError("cannot create the folder '\(directory)' in \(root): \(String(cString: strerror(errno)))")
                }
                known.insert(directory)
            }
        }
        return created
    }
}
