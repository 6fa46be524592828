import Foundation
import ArgumentParser
import RepereServer

extension RepereCommand {
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build the site into memory, serve it, and rebuild and reload the browser on every change.",
            discussion: "Watches content/, templates/ and repere.yml. A build error is printed here and shown over the page; the last good site stays served. Ctrl-C stops.")

        @OptionGroup var global: GlobalOptions

        @Option(help: "The port (0 picks a free one).")
        var port: UInt16 = 8000

        @Option(help: "The address to listen on. Anything but loopback exposes drafts-in-progress to the network.")
        var host = "127.0.0.1"

        @Flag(help: "Open the site in the default browser.")
        var open = false

        @Flag(help: "Serve draft pages too.")
        var drafts = false

        func run() throws {
            let session = ServeSession(projectDirectory: global.projectURL, host: host, port: port, includeDrafts: drafts)
            let global = global, open = open
            /// Unbuffered, so a pipe reading the output sees each line at once.
            let say: @Sendable (String) -> Void = { if !global.quiet { FileHandle.standardOutput.write(Data(($0 + "\n").utf8)) } }
            do {
                try session.runUntilInterrupted { event in
                    switch event {
                    case .listening(let url):
                        say("Serving \(url) (Ctrl-C to stop)")
                        if open { Browser.open(url) }
                    case .built(let summary):
                        let what = summary.changes.isEmpty ? "Built" : "Rebuilt (\(summary.changes.sorted().map(\.rawValue).joined(separator: ", ")))"
                        say("\(what) \(summary.pages) pages in \(Int((summary.seconds * 1000).rounded())) ms: \(summary.changedFiles) of \(summary.files) files changed, \(summary.parsedPages) pages parsed, \(summary.renderedPages) rendered, \(summary.warnings) warnings")
                        if global.verbose {
                            say("  " + summary.timings.map { "\($0.stage) \(Int(($0.seconds * 1000).rounded())) ms" }.joined(separator: ", "))
                        }
                    case .previewed(let pages, let seconds):
                        say("Showed the edit of \(pages.joined(separator: ", ")) in \(Int((seconds * 1000).rounded())) ms; rebuilding the rest")
                    case .listenerRestarted(let reason):
                        FileHandle.standardError.write(Data("warning: the server stopped listening (\(reason)); it closed its connections and listens again\n".utf8))
                    case .failed(let text):
                        FileHandle.standardError.write(Data(text.utf8))
                        FileHandle.standardError.write(Data("build failed: still serving the last good site\n".utf8))
                    }
                }
            } catch {
                throw global.fail("\(error)")
            }
        }
    }
}
