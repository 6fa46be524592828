import RepereGit
import RepereTestSupport
import Testing

/// Pages moved into the content folder from elsewhere in the repository keep their past.
@Suite struct MovedIntoPrefixTests {
    private static func body(_ name: String) -> String {
        (1...12).map { "Line \($0) of \(name), a page long enough for rename detection.\n" }.joined()
    }

    private func index(_ fixture: FixtureRepository, ignoring: Set<CommitID> = []) throws -> HistoryIndex {
        try HistoryIndex.build(repository: Repository(discoveringFrom: fixture.path), pathPrefix: "content/", ignoring: ignoring)
    }

    @Test func aDocsFolderMovedIntoContentKeepsItsDatesAndAuthors() throws {
        let fixture = try FixtureRepository()
        try fixture.write("package.json", "{}\n")
        try fixture.write("docs/guide/a.md", Self.body("a"))
        try fixture.write("docs/b.md", Self.body("b"))
        try fixture.write("docs/notes.txt", "not a page\n")
        try fixture.commit("Write the docs", author: "Alice Martin", at: 100)
        try fixture.write("docs/guide/a.md", Self.body("a") + "Edited.\n")
        try fixture.commit("Edit a", author: "Bob Durand", at: 200)
        // The migration: every page moves into content/, README-style edits on the way.
        try fixture.git("mv", "docs", "content")
        try fixture.delete("content/notes.txt")
        try fixture.write("content/b.md", "---\ntitle: B\n---\n" + Self.body("b"))
        try fixture.commit("Move the docs into content/", author: "Migrator", at: 300)
        try fixture.write("content/new.md", Self.body("new"))
        try fixture.commit("A new page", author: "Carla Petit", at: 400)

        let index = try index(fixture)
        #expect(Set(index.files.keys) == ["content/guide/a.md", "content/b.md", "content/new.md"])
        #expect(index.sourceFolders == ["docs/", "docs/guide/"])
        let a = try #require(index.files["content/guide/a.md"])
        #expect(a.created.seconds == FixtureRepository.date(100))
        #expect(a.updated.seconds == FixtureRepository.date(300))
        #expect(a.previousPaths == ["docs/guide/a.md"])
        #expect(a.authors == ["Alice Martin", "Bob Durand", "Migrator"])
        let b = try #require(index.files["content/b.md"])
        #expect(b.created.seconds == FixtureRepository.date(100), "moved and edited in the same commit")
        #expect(b.revisionCount == 2)
        let new = try #require(index.files["content/new.md"])
        #expect(new.created.seconds == FixtureRepository.date(400))
        #expect(index.deletedFiles.isEmpty, "the moved files are not deleted pages, and docs/notes.txt is not under content/")
        // Git agrees when asked to follow the one file.
        let gitCreated = try fixture.git("log", "--follow", "--diff-filter=A", "--format=%at", "--", "content/guide/a.md")
        #expect(gitCreated == String(a.created.seconds))
    }

    @Test func ignoredRevisionsNeitherUpdateNorAuthorAPage() throws {
        let fixture = try FixtureRepository()
        try fixture.write("docs/a.md", Self.body("a"))
        try fixture.commit("Write a", author: "Alice Martin", at: 100)
        try fixture.git("mv", "docs", "content")
        try fixture.commit("Move into content/", author: "Migrator", at: 200)
        try fixture.write("content/a.md", "# A\n\n" + Self.body("a"))
        let titles = try fixture.commit("Add titles everywhere", author: "Migrator", at: 300)
        try fixture.write("content/created-by-migration.md", Self.body("c"))
        let creation = try fixture.commit("Import a page", author: "Migrator", at: 400)
        let move = try fixture.git("rev-parse", "HEAD~2")

        let plain = try index(fixture)
        #expect(plain.files["content/a.md"]?.updated.seconds == FixtureRepository.date(300))
        let ignoring = Set([move, titles, creation].map { CommitID(hex: $0) })
        let index = try index(fixture, ignoring: ignoring)
        let a = try #require(index.files["content/a.md"])
        #expect(a.created.seconds == FixtureRepository.date(100))
        #expect(a.updated.seconds == FixtureRepository.date(100))
        #expect(a.authors == ["Alice Martin"])
        #expect(a.revisionCount == 1)
        let created = try #require(index.files["content/created-by-migration.md"])
        #expect(created.updated.seconds == FixtureRepository.date(400), "a file with only ignored changes keeps them")
    }

    @Test func anUnrelatedDeletionIsNotASource() throws {
        let fixture = try FixtureRepository()
        try fixture.write("src/app.js", Self.body("app"))
        try fixture.commit("Code", at: 100)
        try fixture.delete("src/app.js")
        try fixture.write("content/a.md", Self.body("a"))
        try fixture.commit("Replace the code by a page", at: 200)

        let index = try index(fixture)
        #expect(index.sourceFolders.isEmpty, "a .js file is not where a .md page came from")
        #expect(index.files["content/a.md"]?.created.seconds == FixtureRepository.date(200))
    }
}
