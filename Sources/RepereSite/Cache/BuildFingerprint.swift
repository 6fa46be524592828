import Foundation
import RepereContent

/// Everything a build's output depends on, hashed into one key: the `repere` executable itself,
/// the options, `repere.yml`, every file of `templates/` and of the content (its ``ContentStamp``
/// in the working tree, its bytes in a Git revision), and the Git history of each page. Two builds with the same key write the same site.
enum BuildFingerprint {
    /// Bumped whenever what goes into the key changes.
    static let version = "repere-build-fingerprint-1"

    ///
    /// - Returns: `nil` when the running executable cannot be identified (then nothing is cached).
    static func key(options: BuildOptions, history: ProjectHistory) throws -> String? {
        var hasher = StableHasher()
        hasher.combine(version)
        guard combineExecutable(into: &hasher) else { return nil }
        let configuration = options.configuration
        for text in [
            options.projectDirectory.path, options.outputDirectory.path, options.contentDirectory.path,
            options.templatesDirectory.path, configuration.baseURL, options.revision ?? "", options.today.description,
        ] {
            hasher.combine(text)
        }
        hasher.combine(options.includeDrafts)
        hasher.combine(FileManager.default.contents(atPath: options.projectDirectory.appendingPathComponent("repere.yml").path).map { [UInt8]($0) } ?? [])

        let templates = FileSystemSource(root: options.templatesDirectory)
        for path in (try? templates.files()) ?? [] {
            hasher.combine(path.rawValue)
            hasher.combine((try? templates.read(path)) ?? [])
        }
        // Each file's stamp (size, inode, times) where the source has one, else its bytes.
        let source = history.source
        for path in try source.files() {
            hasher.combine(path.rawValue)
            if let stamp = source.changeStamp(path) {
                for number in [stamp.size, Int64(bitPattern: stamp.inode), stamp.modified, stamp.changed] { hasher.combine(number) }
            } else {
                hasher.combine((try? source.read(path)) ?? [])
            }
        }
        for (path, page) in history.histories.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            hasher.combine(path.rawValue)
            hasher.combine(page.created?.seconds ?? -1)
            hasher.combine(Int64(page.created?.offsetMinutes ?? 0))
            hasher.combine(page.updated.seconds)
            hasher.combine(Int64(page.updated.offsetMinutes))
            for author in page.authors { hasher.combine(author) }
            hasher.combine(page.lastSummary)
            for previous in page.previousPaths { hasher.combine(previous.rawValue) }
            hasher.combine(page.isUncommitted)
        }
        for note in history.notes { hasher.combine(note.message) }
        return String(hasher.value, radix: 16)
    }

    /// The running executable's size and modification time: a rebuilt `repere` never reuses
    /// what an older one built.
    private static func combineExecutable(into hasher: inout StableHasher) -> Bool {
        var info = stat()
        guard stat("/proc/self/exe", &info) == 0 else { return false }
        hasher.combine(Int64(info.st_size))
        hasher.combine(FileStamp(info).modified)
        return true
    }
}
