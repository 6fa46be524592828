import Foundation

/// The built `repere` running in the background (`serve`), with its output collected as it comes.
public final class RunningProcess: @unchecked Sendable {
    public let process = Process()
    private let lock = NSLock()
    private var out = Data()
    private var err = Data()

    /// Starts `repere arguments` in `directory`; with `openFiles`, under that open-file limit
    /// (soft and hard, so the program cannot raise it).
    public init(_ arguments: [String], in directory: URL, environment: [String: String] = [:], openFiles: Int? = nil) throws {
        guard let executable = RepereProcess.executable else {
            throw RepereProcess.ProcessError(description: "repere binary not found: run 'swift build' first")
        }
        if let openFiles {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "ulimit -n \(openFiles) && exec \"$0\" \"$@\"", executable.path] + arguments
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let outPipe = Pipe(), errPipe = Pipe()
        process.standardOutput = outPipe
        process.standardError = errPipe
        outPipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            self?.lock.withLock { self?.out.append(data) }
        }
        errPipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            self?.lock.withLock { self?.err.append(data) }
        }
        try process.run()
    }

    deinit { if process.isRunning { process.terminate() } }

    public var stdout: String { lock.withLock { String(decoding: out, as: UTF8.self) } }
    public var stderr: String { lock.withLock { String(decoding: err, as: UTF8.self) } }

    /// Waits until `condition` holds (polling every 20 ms) or `timeout` seconds pass.
    @discardableResult
    public func wait(timeout: Double, for condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while !condition() {
            if Date() > deadline { return false }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return true
    }

    /// Sends SIGINT (Ctrl-C) and waits for the exit; `nil` if it still runs after `timeout` seconds.
    public func interrupt(timeout: Double) -> Int32? {
        process.interrupt()
        guard wait(timeout: timeout, for: { !process.isRunning }) else { return nil }
        return process.terminationStatus
    }
}
