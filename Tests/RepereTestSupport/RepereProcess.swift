import Foundation

/// Runs the built `repere` executable, for end-to-end tests of the command line.
public enum RepereProcess {
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// The `repere` binary beside the test bundle (`swift build` puts both in `.build/<config>/`).
    public static var executable: URL? {
        var candidates: [URL] = []
        if let env = ProcessInfo.processInfo.environment["REPERE_BINARY"] { candidates.append(URL(fileURLWithPath: env)) }
        var dir = Bundle.main.bundleURL
        for _ in 0..<3 {
            candidates.append(dir.appendingPathComponent("repere"))
            dir = dir.deletingLastPathComponent()
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs `repere` with `arguments` in `directory`.
    public static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> Result {
        guard let executable else { throw ProcessError(description: "repere binary not found: run 'swift build' first") }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Both pipes are drained at once: a child filling one (a check with thousands of
        // warnings) while the other is read would wait forever.
        let errors = Collected()
        let reader = Thread { errors.data = err.fileHandleForReading.readDataToEndOfFile(); errors.done.signal() }
        reader.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        errors.done.wait()
        let errData = errors.data
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    public struct ProcessError: Error, CustomStringConvertible { public var description: String }

    /// What the standard error reader collected, handed over once `done` is signalled.
    private final class Collected: @unchecked Sendable {
        var data = Data()
        let done = DispatchSemaphore(value: 0)
    }
}
