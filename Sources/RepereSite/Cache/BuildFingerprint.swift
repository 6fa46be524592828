import Foundation
import RepereContent
import RepereHistory
import RepereRender
import RepereSupport

/// Everything a build's output depends on, hashed into one key: the `repere` executable itself,
/// the options, `repere.yml`, the files of `templates/` as the theme reads them, every content
/// file (its ``ContentStamp`` in the working tree when settled, else its bytes), and the Git
/// history of each page. Two builds with the same key write the same site.
enum BuildFingerprint {
    /// Bumped whenever what goes into the key changes.
    static let version = "repere-build-fingerprint-5"

    /// The key of a build with `options` over `history`'s content.
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
            ProjectHistory.reproducibleReferenceTime(options).map(String.init) ?? "clock",
        ] {
            hasher.combine(text)
        }
        hasher.combine(options.includeDrafts)
        hasher.combine(FileManager.default.contents(atPath: options.projectDirectory.appendingPathComponent("repere.yml").path).map { [UInt8]($0) } ?? [])

        for file in Theme.projectFiles(in: options.templatesDirectory) {
            hasher.combine(file.path)
            hasher.combine(file.bytes)
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
            hasher.combine(page.readerNote)
            hasher.combine(Int64(page.revisionCount))
            for previous in page.previousPaths { hasher.combine(previous.rawValue) }
            hasher.combine(page.isUncommitted)
        }
        for note in history.notes { hasher.combine(note.message) }
        return String(hasher.value, radix: 16)
    }

    /// The running executable's size and modification time: a rebuilt `repere` never reuses
    /// what an older one built.
    private static func combineExecutable(into hasher: inout StableHasher) -> Bool {
        guard let stamp = ContentStamp(path: "/proc/self/exe") else { return false }
        hasher.combine(stamp.size)
        hasher.combine(stamp.modified)
        return true
    }
}
