import Foundation
import RepereContent
import RepereSupport

/// Writes an import into a project folder, never half: the content folder is written whole
/// into a hidden sibling, then swapped in by two renames (as the build swaps its output);
/// on any error before the swap the new folder is removed and the project is as it was.
///
/// A content folder that holds files, or history files already imported, are replaced only
/// with `force`. `repere.yml` is written when absent, given an `audiences:` block at its end
/// when it has none, and otherwise left alone: the report then lists the audiences to add.
package struct ProjectWriter: Sendable {
    package var project: URL
    package var force: Bool

    package init(project: URL, force: Bool) {
        self.project = project
        self.force = force
    }

    /// What was written.
    package struct Outcome: Sendable {
        /// The content folder's name (`content`).
        package var contentFolder: String
        package var configuration: ImportReport.ConfigurationChange
    }

    package func write(_ result: SnupportImport.Result) throws -> Outcome {
        let fm = FileManager.default
        let configFile = project.appendingPathComponent("repere.yml")
        let configText = fm.contents(atPath: configFile.path).map { String(decoding: $0, as: UTF8.self) }
        let configuration = configText.map { SiteConfiguration.decode(yaml: $0).0 } ?? SiteConfiguration()
        let contentName = configuration.contentDirectory
        let content = project.appendingPathComponent(contentName)

        var histories: [(path: String, bytes: [UInt8])] = []
        if let f = result.feedback { histories.append((ImportedFiles.feedback, f.json)) }
        if let s = result.searches { histories.append((ImportedFiles.searches, s.json)) }
        if !force {
            let existing = Self.visibleEntries(of: content)
            if !existing.isEmpty {
                throw ImportError("'\(contentName)/' is not empty (\(existing.prefix(3).joined(separator: ", "))\(existing.count > 3 ? "…" : "")): pass --force to replace it, or import into another project with -C")
            }
            for (path, _) in histories where fm.fileExists(atPath: project.appendingPathComponent(path).path) {
                throw ImportError("'\(path)' exists: pass --force to replace it")
            }
        }

        try fm.createDirectory(at: project, withIntermediateDirectories: true)
        try replaceContent(content, with: result)
        let change = try updateConfiguration(configFile, text: configText, declared: configuration.audiences, audiences: result.audiences)
        for (path, bytes) in histories {
            let url = project.appendingPathComponent(path)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try bytes.withUnsafeBufferPointer { try AtomicFile.write($0, to: url.path) }
        }
        let report = ImportReport.markdown(result, contentFolder: contentName, configuration: change)
        try AtomicFile.write(Data(report.utf8), to: project.appendingPathComponent(ImportedFiles.report).path)
        return Outcome(contentFolder: contentName, configuration: change)
    }

    /// Entries of `folder` other than hidden ones (`.gitkeep`, `.DS_Store`); none if it does not exist.
    static func visibleEntries(of folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    private func replaceContent(_ content: URL, with result: SnupportImport.Result) throws {
        let fm = FileManager.default
        let parent = content.deletingLastPathComponent()
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = parent.appendingPathComponent(".\(content.lastPathComponent).repere-import-\(pid)")
        let retired = parent.appendingPathComponent(".\(content.lastPathComponent).repere-old-\(pid)")
        do {
            try? fm.removeItem(at: staging)
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            for (path, text) in result.pages {
                try Self.write(Array(text.utf8), to: path, in: staging)
            }
            for (path, source) in result.images {
                guard let data = fm.contents(atPath: source.path) else { throw ImportError("cannot read '\(source.path)'") }
                try Self.write([UInt8](data), to: path, in: staging)
            }
            let hadContent = fm.fileExists(atPath: content.path)
            if hadContent {
                try? fm.removeItem(at: retired)
                try fm.moveItem(at: content, to: retired)
            }
            do {
                try fm.moveItem(at: staging, to: content)
            } catch {
                if hadContent { try? fm.moveItem(at: retired, to: content) }
                throw error
            }
            if hadContent { try? fm.removeItem(at: retired) }
        } catch {
            try? fm.removeItem(at: staging)
            if let error = error as? ImportError { throw error }
            throw ImportError("cannot write '\(content.path)': \(error)")
        }
    }

    private static func write(_ bytes: [UInt8], to path: String, in folder: URL) throws {
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try bytes.withUnsafeBufferPointer { try PlainFile.write($0, to: url.path) }
    }

    /// `repere.yml` brought to declare `audiences`.
    private func updateConfiguration(_ file: URL, text: String?, declared: [Audience], audiences: [Audience]) throws
        -> ImportReport.ConfigurationChange
    {
        func block(_ list: [Audience]) -> String {
            list.isEmpty ? "" : "audiences:\n" + list.map { "  \($0.id): \(FrontMatterText.quoted($0.label))\n" }.joined()
        }
        guard let text else {
            let written = """
                # Written by `repere import snupport`; every key is optional (Documentation/Reference/configuration.md).
                title: "Base de connaissance"
                language: fr
                # SNUpport's reader roles (allowedRoles), in its order.

                """ + block(audiences)
            try AtomicFile.write(Data(written.utf8), to: file.path)
            return .written
        }
        let hasKey = text.split(separator: "\n").contains { $0.hasPrefix("audiences:") || $0.hasPrefix("audiences ") }
        if !hasKey && declared.isEmpty {
            guard !audiences.isEmpty else { return .upToDate }
            let appended = text + (text.hasSuffix("\n") || text.isEmpty ? "" : "\n")
                + "# Added by `repere import snupport`: SNUpport's reader roles (allowedRoles), in its order.\n" + block(audiences)
            try AtomicFile.write(Data(appended.utf8), to: file.path)
            return .appended
        }
        let known = Set(declared.map(\.id))
        let missing = audiences.filter { !known.contains($0.id) }
        return missing.isEmpty ? .upToDate : .toAdd(missing)
    }
}
