import RepereTestSupport
import Foundation
import Testing
import RepereGit

/// Builds a random but reproducible history with branches, merges (clean, `-X ours`, `-X theirs`,
/// conflicts resolved by hand), renames and deletions, and checks every file against `git log`.
@Suite struct GitAgreementTests {
    /// SplitMix64: a tiny seeded generator, so the history is the same on every run.
    private struct Random {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    /// A history of 160 steps from `seed`, checked out on `main`.
    private func mergeHeavyHistory(seed: UInt64) throws -> FixtureRepository {
        let fixture = try FixtureRepository()
        var random = Random(state: seed)
        let authors = ["Alice Martin", "Bob Durand", "Carla Petit"]
        var clock: Int64 = 0, pages = 0, branches = ["main"]
        func tick() -> Int64 { clock += 100; return clock }
        func page() -> String { pages += 1; return "content/\(["faq", "guides"][random.next(2)])/page\(pages).md" }
        func body(_ name: String) -> String { (1...12).map { "\(name) line \($0) \(random.next(1_000_000))\n" }.joined() }
        func files() throws -> [String] { try fixture.git("ls-files", "content").split(separator: "\n").map(String.init) }

        for _ in 0..<6 { let name = page(); try fixture.write(name, body(name)) }
        try fixture.commit("Initial", at: tick())
        for step in 0..<160 {
            let roll = random.next(100), author = authors[random.next(authors.count)]
            if roll < 12, branches.count < 4 {
                branches.append("topic\(step)")
                try fixture.git("switch", "-q", "-c", "topic\(step)")
            } else if roll < 32, branches.count > 1 {
                let target = branches[random.next(branches.count)]
                let source = branches.filter { $0 != target }[random.next(branches.count - 1)]
                try fixture.git("switch", "-q", target)
                let options = [[], ["--no-ff", "-X", "ours"], ["--no-ff", "-X", "theirs"], ["--no-ff"]][random.next(4)]
                let merge = ["merge", "-q", "--no-edit"] + options + [source]
                if (try? fixture.git(merge, author: author, at: tick())) == nil {
                    for path in try fixture.git("diff", "--name-only", "--diff-filter=U").split(separator: "\n") {
                        if (try? fixture.git("checkout", "--theirs", "--", String(path))) == nil {
                            try fixture.git("rm", "-q", "--", String(path))
                        } else if random.next(2) == 0 {
                            try fixture.write(String(path), body(String(path)))
                        }
                    }
                    try fixture.commit("Merge \(source) by hand", author: author, at: tick())
                }
            } else {
                let existing = try files()
                switch random.next(20) {
                case 0..<9 where !existing.isEmpty:
                    let name = existing[random.next(existing.count)]
                    try fixture.write(name, body(name))
                case 9..<12 where !existing.isEmpty:
                    let destination = page()
                    try FileManager.default.createDirectory(atPath: fixture.path + "/" + (destination as NSString).deletingLastPathComponent,
                                                            withIntermediateDirectories: true)
                    try fixture.git("mv", existing[random.next(existing.count)], destination)
                case 12..<14 where existing.count > 5:
                    try fixture.delete(existing[random.next(existing.count)])
                default:
                    let name = page()
                    try fixture.write(name, body(name))
                }
                try fixture.commit("Step \(step)", author: author, at: tick())
            }
        }
        try fixture.git("switch", "-q", "main")
        return fixture
    }

    @Test(arguments: [UInt64(7), 2024])
    func agreesWithGitLogOnAMergeHeavyHistory(seed: UInt64) throws {
        let fixture = try mergeHeavyHistory(seed: seed)
        func files() throws -> [String] { try fixture.git("ls-files", "content").split(separator: "\n").map(String.init) }
        let index = try HistoryIndex.build(repository: Repository(discoveringFrom: fixture.path), pathPrefix: "content/")
        let merges = Int(try fixture.git("rev-list", "--merges", "--count", "HEAD")) ?? 0
        #expect(merges >= 10)
        #expect(index.files.count == (try files()).count)
        for (path, history) in index.files {
            #expect(String(history.updated.seconds) == (try fixture.git("log", "-1", "--format=%ct", "--", path)), "\(path)")
            if history.previousPaths.isEmpty {
                let commits = try fixture.git("log", "--format=%H", "--", path).split(separator: "\n")
                #expect(history.revisionCount == commits.count, "\(path)")
            }
        }
    }

    /// An index extended from any earlier commit (walking only the commits since) has the files of
    /// a whole walk, and the extension is used for most of them rather than falling back. Deleted
    /// files agree when no merge came since (see ``HistoryIndex/deletedFiles``).
    @Test(arguments: [UInt64(7), 2024])
    func anExtendedIndexEqualsAWholeWalk(seed: UInt64) throws {
        let fixture = try mergeHeavyHistory(seed: seed)
        let repository = try Repository(discoveringFrom: fixture.path)
        let whole = try HistoryIndex.build(repository: repository, pathPrefix: "content/")
        let bases = try fixture.git("rev-list", "--max-count=40", "HEAD~1").split(separator: "\n").map { CommitID(hex: String($0)) }
        var extended = 0
        for base in bases {
            let earlier = try HistoryIndex.build(repository: repository, pathPrefix: "content/", start: base)
            let index = try HistoryIndex.build(repository: repository, pathPrefix: "content/", extending: earlier)
            #expect(index.files == whole.files, "extended from \(base.short)")
            if try fixture.git("rev-list", "--merges", "\(base.hex)..HEAD").isEmpty {
                #expect(index.deletedFiles == whole.deletedFiles, "extended from \(base.short)")
            }
            #expect(index.commitCount == whole.commitCount)
            if index.walkedCommitCount < whole.commitCount { extended += 1 }
        }
        #expect(extended >= bases.count / 2, "only \(extended) of \(bases.count) extensions avoided a whole walk")
    }
}
