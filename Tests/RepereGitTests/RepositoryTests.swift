import RepereTestSupport
import Foundation
import Testing
import RepereGit

@Suite struct RepositoryTests {
    @Test func opensFromASubdirectoryAndReportsState() throws {
        let fixture = try FixtureRepository()
        try fixture.write("docs/content/a.md", "a\n")
        let head = try fixture.commit("Add", at: 100)

        let repository = try Repository(discoveringFrom: fixture.path + "/docs/content")
        #expect(repository.workdir.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
            == URL(fileURLWithPath: fixture.path).standardizedFileURL.path)
        #expect(!repository.isEmpty)
        #expect(!repository.isShallow)
        #expect(!repository.isHeadDetached)
        #expect(repository.headCommit == CommitID(hex: head))
    }

    @Test func resolvesRevisions() throws {
        let fixture = try FixtureRepository()
        try fixture.write("a.md", "1\n")
        let first = try fixture.commit("One", at: 100)
        try fixture.git("tag", "v1")
        try fixture.write("a.md", "2\n")
        let second = try fixture.commit("Two", at: 200)
        try fixture.git("tag", "-a", "v2", "-m", "Version 2", at: 250)
        try fixture.git("branch", "stable", first)
        try fixture.write("a.md", "3\n")
        let third = try fixture.commit("Three", at: 300)

        let repository = try Repository(discoveringFrom: fixture.path)
        let expectations: [(String, String)] = [
            ("main", third), ("HEAD", third), ("stable", first), ("v1", first), ("v2", second),
            (String(second.prefix(7)), second), (second, second), ("HEAD~2", first), ("main^", second),
        ]
        for (revision, commit) in expectations {
            #expect(try repository.resolve(revision: revision) == CommitID(hex: commit), "\(revision)")
        }
        for revision in ["no-such-branch", "HEAD~9", "HEAD^{tree}", "v2:a.md"] {
            let error = #expect(throws: GitError.self, "\(revision)") { try repository.resolve(revision: revision) }
            #expect(error?.kind == .invalidRevision)
            #expect(error?.message.contains(revision) == true)
        }
    }

    @Test func plainDirectoryIsNotARepository() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("repere-plain-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let error = #expect(throws: GitError.self) { try Repository(discoveringFrom: directory.path) }
        #expect(error?.kind == .notARepository)
    }

    @Test func emptyRepositoryHasNoHead() throws {
        let fixture = try FixtureRepository()
        let repository = try Repository(discoveringFrom: fixture.path)
        #expect(repository.isEmpty)
        #expect(repository.headCommit == nil)
        #expect(!repository.isHeadDetached)
        let error = #expect(throws: GitError.self) { try repository.resolve(revision: "HEAD") }
        #expect(error?.kind == .invalidRevision)
    }
}
