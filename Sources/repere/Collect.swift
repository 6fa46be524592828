import Foundation
import ArgumentParser
import RepereCollect

extension RepereCommand {
    struct Collect: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Receive the site's page feedback and unanswered searches, and store them in SQLite.",
            discussion: """
                Accepts a POST on /avis, /recherche and (with --views) /vue, behind the site's reverse proxy \
                (see Documentation/Guide/measuring-impact.md). Stores no address, user agent, cookie or \
                identifier; times are kept to the hour. SIGTERM or Ctrl-C stops after the requests under way.
                """)

        @Option(help: "The SQLite database (created when missing).")
        var db: String

        @Option(help: "The built site, whose graph.json lists the pages feedback may name.")
        var site = "site"

        @Option(help: "The address and port to listen on.")
        var listen = "127.0.0.1:8090"

        @Option(help: "The site's origin (https://aide.exemple.gouv.fr): requests from any other are refused.")
        var siteOrigin: String

        @Option(help: "The site's path on its origin when base_url has one (/aide).")
        var basePath = ""

        @Flag(help: "Also count page views (/vue), per page and hour.")
        var views = false

        @Option(help: "Seconds a client may stay silent, sending its request or between two, before it is disconnected.")
        var clientTimeout: Double = 10

        @Option(help: "Events a second one source may send, once its burst is spent.")
        var rate: Double = 2

        @Option(help: "Events one source may send at once.")
        var burst: Double = 20

        @Flag(name: .shortAndLong, help: "Print nothing but problems.")
        var quiet = false

        func validate() throws {
            guard Self.hostAndPort(listen) != nil else {
                throw ValidationError("--listen: expected HOST:PORT, such as 127.0.0.1:8090 or [::1]:8090")
            }
            guard let url = URL(string: siteOrigin), ["http", "https"].contains(url.scheme ?? ""), url.host != nil,
                url.path.isEmpty, url.query == nil
            else {
                throw ValidationError("--site-origin: expected an origin such as https://aide.exemple.gouv.fr (no path)")
            }
            guard basePath.isEmpty || (basePath.hasPrefix("/") && !basePath.hasSuffix("/")) else {
                throw ValidationError("--base-path: expected a path such as /aide (a leading /, no trailing /)")
            }
            guard clientTimeout > 0 else { throw ValidationError("--client-timeout must be above 0") }
            guard rate > 0, burst >= 1 else { throw ValidationError("--rate must be above 0 and --burst at least 1") }
        }

        func run() throws {
            let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            let (host, port) = Self.hostAndPort(listen)!
            var options = CollectOptions(
                database: URL(fileURLWithPath: db, relativeTo: here), site: URL(fileURLWithPath: site, relativeTo: here),
                host: host, port: port, siteOrigin: siteOrigin)
            options.views = views
            options.basePath = basePath
            options.clientTimeout = clientTimeout
            options.rateLimiter = RateLimiter(burst: burst, perSecond: rate)
            let log: @Sendable (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
            let server: CollectServer
            do {
                server = try CollectServer(options: options, log: log)
            } catch {
                throw Self.fail("\(error)")
            }
            let quiet = quiet, views = views
            let outcome = Outcome()
            let finished = DispatchSemaphore(value: 0)
            Task {
                do {
                    try await server.runUntilTerminated { url in
                        guard !quiet else { return }
                        let kinds = views ? "/avis, /recherche, /vue" : "/avis, /recherche"
                        let pages = server.pageCount
                        FileHandle.standardOutput.write(Data("Collecting \(kinds) on \(url) for \(pages) pages (Ctrl-C to stop)\n".utf8))
                    }
                } catch {
                    outcome.error = error
                }
                finished.signal()
            }
            finished.wait()
            if let error = outcome.error { throw Self.fail("\(error)") }
        }

        /// Prints `error: message` and gives status 1.
        private static func fail(_ message: String) -> ExitCode {
            FileHandle.standardError.write(Data("error: \(message)\n".utf8))
            return .failure
        }

        /// `127.0.0.1:8090` or `[::1]:8090`.
        static func hostAndPort(_ text: String) -> (String, UInt16)? {
            guard let colon = text.lastIndex(of: ":"), let port = UInt16(text[text.index(after: colon)...]) else { return nil }
            var host = String(text[..<colon])
            if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
            return host.isEmpty ? nil : (host, port)
        }
    }
}

/// The error the serving task ended with, read once it has finished.
private final class Outcome: @unchecked Sendable {
    var error: (any Error)?
}
