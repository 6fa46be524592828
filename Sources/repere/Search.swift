import Foundation
import ArgumentParser
import RepereContent

extension RepereCommand {
    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Search a built site, with the ranking its search page uses.",
            discussion: "Runs the site's own search module (_repere/search.mjs) with Node.js over its index (search/), so results are those of the browser. Build the site first.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The query, as submitted in the search box (complete: no word matches as a prefix).")
        var query: String

        @Option(help: "The built site. Default: output_dir of the project (site).")
        var site: String?

        @Option(help: "Only this section (its folder name).")
        var section: String?

        @Option(help: "Only this type: faq, tutorial or article.")
        var type: String?

        @Option(help: "Only pages for this audience id.")
        var audience: String?

        @Option(help: "How many results to show.")
        var limit = 10

        @Flag(help: "Print the results as JSON, as search.mjs returns them.")
        var json = false

        func run() throws {
            let siteURL: URL
            if let site {
                siteURL = URL(fileURLWithPath: site, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
            } else {
                do {
                    siteURL = global.projectURL.appendingPathComponent(try Project.configuration(in: global.projectURL).0.outputDirectory)
                } catch {
                    throw global.fail("\(error)")
                }
            }
            guard FileManager.default.fileExists(atPath: siteURL.appendingPathComponent("search/index.json").path) else {
                throw global.fail("no search index in \(siteURL.path): build the site first (repere build)")
            }
            let filters: [String: Any] = ["section": section ?? "", "type": type ?? "", "audience": audience ?? "", "limit": max(0, limit)]
            let output = try runNode(site: siteURL, filters: filters)
            if json {
                FileHandle.standardOutput.write(output + Data("\n".utf8))
                return
            }
            let response = try JSONDecoder().decode(Response.self, from: output)
            print(response.total == 0 ? "No results." : "\(response.total) result\(response.total == 1 ? "" : "s")")
            if let suggestion = response.suggestion { print("Did you mean: \(suggestion)") }
            for (i, r) in response.results.enumerated() {
                let place = [r.section, r.heading].filter { !$0.isEmpty }.joined(separator: " › ")
                print("\n\(i + 1). \(r.title)\(place.isEmpty ? "" : " — \(place)") [\(r.type)]\n   \(r.href)")
                if !r.snippet.text.isEmpty { print("   \(r.snippet.text)") }
            }
        }

        /// Runs `search.mjs` from the site with Node; its standard output is the JSON response.
        private func runNode(site: URL, filters: [String: Any]) throws -> Data {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            let filterJSON = String(decoding: try JSONSerialization.data(withJSONObject: filters, options: [.sortedKeys]), as: UTF8.self)
            process.arguments = ["node", "--input-type=module", "-e", Self.driver, "--", site.path, query, filterJSON]
            let stdout = Pipe(), stderr = Pipe()
            process.standardOutput = stdout
            process.standardError = stderr
            do { try process.run() } catch { throw global.fail("cannot run node: \(error)") }
            let output = stdout.fileHandleForReading.readDataToEndOfFile()
            let problems = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            if process.terminationStatus == 127 { throw global.fail("repere search needs Node.js: no 'node' on the PATH") }
            guard process.terminationStatus == 0 else { throw global.fail("the search failed:\n\(problems)") }
            return output
        }

        /// Loads the site's search module and prints the response as JSON.
        static let driver = """
            import { readFileSync } from 'node:fs';
            import { join } from 'node:path';
            import { pathToFileURL } from 'node:url';
            const [site, query, filters] = process.argv.slice(1);
            const { createSearch } = await import(pathToFileURL(join(site, '_repere', 'search.mjs')).href);
            const engine = createSearch({ load: (path) => JSON.parse(readFileSync(join(site, 'search', path), 'utf8')) });
            process.stdout.write(JSON.stringify(await engine.search(query, JSON.parse(filters))));
            """

        struct Response: Decodable {
            var total: Int
            var results: [Result]
            /// The query with its unknown words spelt as the index has them ("Vouliez-vous dire").
            var suggestion: String?
        }

        struct Result: Decodable {
            var href: String
            var title: String
            var heading: String
            var section: String
            var type: String
            var snippet: Snippet
        }

        struct Snippet: Decodable { var text: String }
    }
}
