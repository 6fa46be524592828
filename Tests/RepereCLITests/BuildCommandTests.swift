import Foundation
import RepereTestSupport
import Testing

@Suite struct BuildCommandTests {
    @Test func buildsAProjectGivenWithDashC() throws {
        let project = TemporaryDirectory()
        try project.write([
            "content/a.md": "---\ntitle: A\ndescription: Une page.\n---\nVoir [la page B](b.md).\n",
            "content/b.md": "---\ntitle: B\ndescription: Une autre page.\n---\nVoir [la page A](a.md).\n",
            "repere.yml": "base_url: https://x.fr/\n",
        ])
        let result = try RepereProcess.run(["build", "-C", project.url.path], in: URL(fileURLWithPath: "/"))
        #expect(result.status == 0)
        #expect(result.stderr == "note: the project is not in a Git repository: pages have no dates or authors [git.no-repository]\nnote: front-matter 'created' and 'updated' still apply\n0 errors, 0 warnings\n")
        #expect(result.stdout.hasPrefix("Built 3 pages (30 files) into site in "))
        #expect(FileManager.default.fileExists(atPath: project.url.appendingPathComponent("site/a/index.html").path))

        let again = try RepereProcess.run(["build", "-C", project.url.path], in: URL(fileURLWithPath: "/"))
        #expect(again.status == 0)
        #expect(again.stderr == result.stderr)
        #expect(again.stdout.hasPrefix("Nothing changed: site already holds the 3 pages (30 files)"))
        let uncached = try RepereProcess.run(["build", "--no-cache", "-C", project.url.path], in: URL(fileURLWithPath: "/"))
        #expect(uncached.stdout.hasPrefix("Built 3 pages (30 files) into site in "))
        #expect(uncached.stdout.hasSuffix(", 0 files written or removed\n"))
    }

    /// Found in a sweep: SIGTERM during the update of a site left it half old, half new. A
    /// signal received while the files are swapped in waits for the swap, then ends the build.
    @Test(.timeLimit(.minutes(1)))
    func anInterruptWaitsForTheSiteToBeSwappedIn() throws {
        let project = TemporaryDirectory()
        try project.write(["content/a.md": "---\ntitle: A\ndescription: D\n---\nVersion 1.\n", "content/b.md": "---\ntitle: B\ndescription: D\n---\n[A](a.md)\n"])
        #expect(try RepereProcess.run(["build", "-C", project.url.path], in: project.url).status == 0)
        try project.write(["content/a.md": "---\ntitle: A\ndescription: D\n---\nVersion 2.\n", "content/b.md": "---\ntitle: B\ndescription: D\n---\n[A](a.md) encore\n"])
        let process = Process()
        process.executableURL = try #require(RepereProcess.executable)
        process.arguments = ["build", "-C", project.url.path]
        process.environment = ProcessInfo.processInfo.environment.merging(["REPERE_TEST_HOLD_MS": "1500"]) { _, new in new }
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var said = Data()
        while !String(decoding: said, as: UTF8.self).contains("holding interrupts") {
            let chunk = errors.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            said += chunk
        }
        process.terminate()  // SIGTERM, while the site is being swapped in
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGTERM, "\(String(decoding: said, as: UTF8.self)) \(process.terminationStatus)")
        let site = project.url.appendingPathComponent("site")
        #expect(try String(contentsOf: site.appendingPathComponent("a/index.html"), encoding: .utf8).contains("Version 2."))
        #expect(try String(contentsOf: site.appendingPathComponent("b/index.html"), encoding: .utf8).contains("encore"))
        let hidden = FileManager.default.enumerator(atPath: site.path)?.compactMap { $0 as? String }.filter { $0.contains(".repere-") } ?? []
        #expect(hidden.isEmpty, "\(hidden)")
    }

    @Test func badContentPrintsCompilerStyleDiagnosticsAndExitsNonZero() throws {
        let project = TemporaryDirectory()
        try project.write([
            "repere.yml": "base_url: https://x.fr/\ncouleur: bleu\n",
            "content/a.md": "---\ntitle: A\ntags: [x\n---\n",
            "content/b.md": "---\ntitle: B\ndescription: Une page.\n---\nVoir [c](c.md).\n",
            "content/vide.md": "",
        ])
        try project.write("content/bin.md", bytes: [0x2D, 0x2D, 0x2D, 0x0A, 0xC3, 0x28])
        let result = try RepereProcess.run(["build", "--color", "never"], in: project.url)
        #expect(result.status == 1)
        #expect(result.stderr == """
            note: the project is not in a Git repository: pages have no dates or authors [git.no-repository]
            note: front-matter 'created' and 'updated' still apply
            content/a.md:4:1: error: invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence at line 3) [front-matter.invalid-yaml]
            content/b.md:1:1: warning: no other page links to 'B' [page.orphan]
            content/b.md:1:1: note: link to it from a related page, or archive it
            content/b.md:5:6: error: link target 'c.md' does not exist [link.broken]
            content/bin.md:2:1: error: file is not valid UTF-8 text [file.invalid-utf8]
            content/bin.md:2:1: note: save the file with the UTF-8 encoding
            content/vide.md:1:1: warning: file is empty: it is left out [file.empty]
            content/vide.md:1:1: note: start the file with front-matter: ---, title: "…", ---
            repere.yml:2:1: warning: unknown key 'couleur' in repere.yml [config.unknown-key]
            repere.yml:2:1: note: known keys: accessibility_date, accessibility_rate, accessibility_status, addresses, audiences, base_url, checks, checks_ignore, collect_url, collect_views, contact_url, content_dir, description, edit_url, event_replay_days, exclude, feedback_endpoint, former_addresses, hidden_searchable, history, institution, issue_url, language, legal, nav, nav_file, nav_unlisted, output_dir, redirects, relative_links, sections, site_variables, snippets, static_dir, templates_dir, timezone, title, unsafe_html, video_max_mb
            3 errors, 3 warnings
            error: build failed: the site was not written

            """)
        #expect(!FileManager.default.fileExists(atPath: project.url.appendingPathComponent("site").path))
    }

    @Test func aFolderWithoutContentIsAClearError() throws {
        let project = TemporaryDirectory()
        let result = try RepereProcess.run(["build"], in: project.url)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: no 'content' folder in "))
    }

    @Test func outputAndBaseURLFlagsAreHonoured() throws {
        let project = TemporaryDirectory()
        try project.write(["content/a.md": "---\ntitle: A\n---\n"])
        let result = try RepereProcess.run(["build", "--output", "public", "--base-url", "https://x.fr/aide/", "--quiet"], in: project.url)
        #expect(result.status == 0)
        #expect(result.stdout == "")
        let sitemap = try String(contentsOf: project.url.appendingPathComponent("public/sitemap.xml"), encoding: .utf8)
        #expect(sitemap.contains("<loc>https://x.fr/aide/a/</loc>"))
    }

    @Test func sourceDateEpochAndTimeZoneDoNotChangeTheOutput() throws {
        let project = TemporaryDirectory()
        try project.write(["content/a.md": "---\ntitle: A\n---\n", "repere.yml": "base_url: https://x.fr/\n"])
        _ = try RepereProcess.run(["build", "-o", "one"], in: project.url, environment: ["TZ": "UTC", "SOURCE_DATE_EPOCH": "0"])
        _ = try RepereProcess.run(["build", "-o", "two"], in: project.url, environment: ["TZ": "Pacific/Kiritimati", "LANG": "C"])
        #expect(project.snapshot("one") == project.snapshot("two"))
    }
}
