import RepereTestSupport
import Testing
import RepereGit

@Suite struct SnapshotAndStatusTests {
    @Test func snapshotReadsFilesAsTheyWereAtAnOlderCommit() throws {
        let fixture = try FixtureRepository()
        try fixture.write("content/a.md", "version 1\n")
        try fixture.write("content/tools/run.sh", "echo hi\n", executable: true)
        try fixture.write("outside.md", "outside\n")
        let first = try fixture.commit("One", at: 100)
        try fixture.write("content/a.md", "version 2\n")
        try fixture.write("content/b.md", "b\n")
        try fixture.commit("Two", at: 200)

        let repository = try Repository(discoveringFrom: fixture.path)
        for revision in [String(first.prefix(8)), "HEAD~1", "main~1"] {
            let snapshot = try RevisionSnapshot(repository: repository, revision: revision, pathPrefix: "content/")
            #expect(snapshot.commit == CommitID(hex: first))
            #expect(snapshot.files.map(\.path) == ["content/a.md", "content/tools/run.sh"])
            #expect(snapshot.files.map(\.mode) == [0o100644, 0o100755])
            #expect(try snapshot.contents(at: "content/a.md") == Array("version 1\n".utf8))
            #expect(snapshot.files[0].blobID == (try fixture.git("rev-parse", "\(first):content/a.md")))
        }
        let head = try RevisionSnapshot(repository: repository, revision: "HEAD")
        #expect(head.files.map(\.path) == ["content/a.md", "content/b.md", "content/tools/run.sh", "outside.md"])
        #expect(try head.contents(at: "content/a.md") == Array("version 2\n".utf8))
        let error = #expect(throws: GitError.self) { try head.contents(at: "content/none.md") }
        #expect(error?.kind == .notFound)
    }

    @Test func workingTreeStatusUnderAPrefix() throws {
        let fixture = try FixtureRepository()
        try fixture.write(".gitignore", "*.log\n")
        try fixture.write("content/a.md", "a\n")
        try fixture.write("content/b.md", "b\n")
        try fixture.write("content/c.md", "c\n")
        try fixture.write("outside.md", "outside\n")
        try fixture.commit("Add", at: 100)
        let repository = try Repository(discoveringFrom: fixture.path)
        #expect(try WorkingTreeStatus(repository: repository, pathPrefix: "content/").isClean)

        try fixture.write("content/a.md", "a changed\n")
        try fixture.delete("content/b.md")
        try fixture.git("rm", "-q", "content/c.md")
        try fixture.write("content/new/deep/d.md", "untracked in an untracked folder\n")
        try fixture.write("content/staged.md", "staged\n")
        try fixture.git("add", "content/staged.md")
        try fixture.write("content/debug.log", "ignored\n")
        try fixture.write("outside.md", "outside changed\n")

        let status = try WorkingTreeStatus(repository: repository, pathPrefix: "content/")
        #expect(status.modified == ["content/a.md"])
        #expect(status.added == ["content/new/deep/d.md", "content/staged.md"])
        #expect(status.deleted == ["content/b.md", "content/c.md"])
        #expect(!status.isClean)
        let whole = try WorkingTreeStatus(repository: repository)
        #expect(whole.modified == ["content/a.md", "outside.md"])
    }

    @Test func workingTreeStatusOfAnEmptyRepository() throws {
        let fixture = try FixtureRepository()
        try fixture.write("content/a.md", "a\n")
        let status = try WorkingTreeStatus(repository: Repository(discoveringFrom: fixture.path))
        #expect(status.added == ["content/a.md"])
        #expect(status.modified.isEmpty && status.deleted.isEmpty)
    }
}
