import Foundation

/// A Git repository built with the `git` program in a fresh temporary directory. Identities and
/// dates are fixed (no user or system configuration is read), so every history is reproducible.
public final class FixtureRepository: @unchecked Sendable {
    public struct GitFailure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Base of the fixture dates: 2023-11-14T22:13:20Z.
    public static let epoch: Int64 = 1_700_000_000

    public let path: String

    /// Creates an empty repository whose first branch is `main`.
    public init() throws {
        path = try Self.makeTemporaryDirectory()
        try git("init", "-q", "-b", "main")
    }

    /// Clones `source` with `git clone --depth`, through a `file://` URL so the depth applies.
    public init(shallowCloneOf source: FixtureRepository, depth: Int) throws {
        path = try Self.makeTemporaryDirectory()
        try Self.run(["clone", "-q", "--depth", String(depth), "file://\(source.path)", path], in: source.path, date: Self.epoch)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    public func write(_ file: String, _ text: String, executable: Bool = false) throws {
        let url = URL(fileURLWithPath: path).appendingPathComponent(file)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        if executable { try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path) }
    }

    public func delete(_ file: String) throws {
        try FileManager.default.removeItem(atPath: URL(fileURLWithPath: path).appendingPathComponent(file).path)
    }

    /// Stages everything and commits it; `at` is seconds after `epoch`. Returns the commit id.
    @discardableResult
    public func commit(_ message: String, author: String = "Alice Martin", at seconds: Int64, offset: String = "+0100") throws -> String {
        try git("add", "-A")
        try git("commit", "-q", "-m", message, author: author, at: seconds, offset: offset)
        return try git("rev-parse", "HEAD")
    }

    /// Runs `git` in the repository and returns its trimmed standard output.
    @discardableResult
    public func git(_ arguments: String..., author: String = "Alice Martin", at seconds: Int64 = 0, offset: String = "+0100") throws -> String {
        try git(arguments, author: author, at: seconds, offset: offset)
    }

    @discardableResult
    public func git(_ arguments: [String], author: String = "Alice Martin", at seconds: Int64 = 0, offset: String = "+0100") throws -> String {
        try Self.run(arguments, in: path, author: author, date: Self.epoch + seconds, offset: offset)
    }

    /// The fixture date `seconds` after `epoch`, as `GitDate.seconds` reports it.
    public static func date(_ seconds: Int64) -> Int64 { epoch + seconds }

    @discardableResult
    private static func run(_ arguments: [String], in directory: String, author: String = "Alice Martin",
                            date: Int64, offset: String = "+0100") throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let email = author.lowercased().replacingOccurrences(of: " ", with: ".") + "@example.org"
        process.environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": directory,
            "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_CONFIG_GLOBAL": "/dev/null",
            "GIT_AUTHOR_NAME": author, "GIT_AUTHOR_EMAIL": email, "GIT_AUTHOR_DATE": "@\(date) \(offset)",
            "GIT_COMMITTER_NAME": author, "GIT_COMMITTER_EMAIL": email, "GIT_COMMITTER_DATE": "@\(date) \(offset)",
        ]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw GitFailure(description: "git \(arguments.joined(separator: " ")): \(String(decoding: message, as: UTF8.self))")
        }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func makeTemporaryDirectory() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("repere-git-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }
}
