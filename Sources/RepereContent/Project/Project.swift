import Foundation
import RepereDiagnostics

/// Reads a project's `repere.yml` (if any) into its configuration.
public enum Project {
    /// The configuration of the project in `directory`, with problems found in `repere.yml`.
    ///
    /// - Throws: ``ProjectError`` when the folder has no `content/` folder.
    public static func configuration(in directory: URL) throws -> (SiteConfiguration, [Diagnostic]) {
        let file = directory.appendingPathComponent("repere.yml")
        var result = (SiteConfiguration(), [Diagnostic]())
        if let data = FileManager.default.contents(atPath: file.path) {
            guard let text = String(validating: [UInt8](data), as: UTF8.self) else {
                return (SiteConfiguration(), [Diagnostic(.configInvalidUTF8, "repere.yml is not valid UTF-8 text", at: SourceLocation(file: "repere.yml"))])
            }
            result = SiteConfiguration.decode(yaml: text)
            // Unread, repere.yml names no content folder: its error alone is reported (the build stops on it).
            if unreadConfiguration(result.1) != nil { return result }
        }
        var isDirectory: ObjCBool = false
        let content = directory.appendingPathComponent(result.0.contentDirectory)
        guard FileManager.default.fileExists(atPath: content.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ProjectError(
                "no '\(result.0.contentDirectory)' folder in \(directory.path): a project is a folder with content/ (use -C DIR to point at one)")
        }
        result.1 += staticFolderProblems(result.0, in: directory)
        return result
    }

    /// The problem that kept `repere.yml` from being read at all (not UTF-8, not YAML), among
    /// `problems`: its settings are then the defaults, no ground to check or build on.
    public static func unreadConfiguration(_ problems: [Diagnostic]) -> Diagnostic? {
        problems.first { $0.id == DiagnosticKind.configInvalidYAML.id || $0.id == DiagnosticKind.configInvalidUTF8.id }
    }

    /// Why folders `static_dir` names cannot be published: the project or content folder, or no folder.
    private static func staticFolderProblems(_ configuration: SiteConfiguration, in directory: URL) -> [Diagnostic] {
        let content = ContentPath.resolving(configuration.contentDirectory, in: "")?.rawValue
        let folders = configuration.staticDirectories.compactMap { ContentPath.resolving($0, in: "")?.rawValue }
        return configuration.staticDirectories.compactMap { written in
            let folder = ContentPath.resolving(written, in: "")?.rawValue ?? ""
            guard !folder.isEmpty, folder != content else {
                return Diagnostic(.configInvalidValue, "'static_dir' may be neither the project nor the content folder, not '\(written)'",
                    at: SourceLocation(file: "repere.yml"), notes: ["name the folder whose files are published at the site's root, such as static"])
            }
            // Git's own folder holds the repository's settings and history (a token in a remote's address).
            guard !folder.split(separator: "/").contains(".git") else {
                return Diagnostic(.configInvalidValue, "'static_dir' may not publish Git's folder, '\(written)'",
                    at: SourceLocation(file: "repere.yml"), notes: ["name the folder whose files are published at the site's root, such as static"])
            }
            if let outer = folders.first(where: { folder.hasPathPrefix($0 + "/") }) {
                return Diagnostic(.configInvalidValue, "'static_dir' names '\(written)', inside '\(outer)', another of its folders",
                    at: SourceLocation(file: "repere.yml"), notes: ["name each folder once: the files of '\(outer)' are all published already"])
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory.appendingPathComponent(folder).path, isDirectory: &isDirectory), isDirectory.boolValue else {
                return Diagnostic(.configInvalidValue, "'static_dir' names '\(written)', which is not a folder of the project",
                    at: SourceLocation(file: "repere.yml"), notes: ["create the folder, or remove it from 'static_dir'"])
            }
            return nil
        }
    }
}

/// A problem that stops a command before any work (no project, output not writable…).
public struct ProjectError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
