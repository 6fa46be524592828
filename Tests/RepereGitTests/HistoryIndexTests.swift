import RepereTestSupport
import Testing
import RepereGit

@Suite struct HistoryIndexTests {
    private func index(_ fixture: FixtureRepository, prefix: String = "") throws -> HistoryIndex {
        try HistoryIndex.build(repository: Repository(discoveringFrom: fixture.path), pathPrefix: prefix)
    }

    /// `git log -1 --format=%ct -- path`, the reference for `updated`.
    private func gitUpdated(_ fixture: FixtureRepository, _ path: String) throws -> Int64? {
        Int64(try fixture.git("log", "-1", "--format=%ct", "--", path))
    }

    @Test func createdUpdatedAndAuthorsOnALinearHistory() throws {
        let fixture = try FixtureRepository()
        try fixture.write("a.md", "one\n")
        try fixture.write("b.md", "bee\n")
        try fixture.commit("Add pages", author: "Alice Martin", at: 100, offset: "+0200")
        try fixture.write("a.md", "two\n")
        try fixture.commit("Edit a", author: "Bob Durand", at: 200)
        try fixture.write("a.md", "three\n")
        let last = try fixture.commit("Edit a again", author: "Bob Durand", at: 300, offset: "-0530")
        try fixture.write("b.md", "bee bee\n")
        try fixture.commit("Edit b", author: "Carla Petit", at: 400)

        let index = try index(fixture)
        #expect(index.commitCount == 4)
        #expect(!index.isTruncated)
        #expect(index.deletedFiles.isEmpty)
        let a = try #require(index.files["a.md"])
        #expect(a.created == GitDate(seconds: FixtureRepository.date(100), offsetMinutes: 120))
        #expect(a.updated == GitDate(seconds: FixtureRepository.date(300), offsetMinutes: -330))
        #expect(a.authors == ["Bob Durand", "Alice Martin"])
        #expect(a.revisionCount == 3)
        #expect(a.lastSummary == "Edit a again")
        #expect(a.lastCommit == CommitID(hex: last))
        #expect(a.previousPaths.isEmpty)
        #expect(!a.isTruncated)
        let b = try #require(index.files["b.md"])
        #expect(b.updated.seconds == FixtureRepository.date(400))
        #expect(b.authors == ["Alice Martin", "Carla Petit"], "ties are ordered by name")
        #expect(b.revisionCount == 2)
        for path in ["a.md", "b.md"] {
            #expect(try index.files[path]?.updated.seconds == gitUpdated(fixture, path))
        }
    }

    @Test func namesThatSortAroundFolders() throws {
        // Git sorts a folder `foo` as `foo/`: after `foo.md` and `foo-bar.md`, before `foo0.md`.
        let fixture = try FixtureRepository()
        let names = ["foo.md", "foo-bar.md", "foo/inner.md", "foo0.md", "Café au lait.md", "été/à lire.md"]
        for name in names { try fixture.write(name, "\(name)\n") }
        try fixture.commit("Add", at: 100)
        for (offset, name) in names.enumerated() {
            try fixture.write(name, "\(name) edited\n")
            try fixture.commit("Edit \(name)", at: 200 + Int64(offset) * 100)
        }
        try fixture.delete("foo.md")
        try fixture.write("foo.md/x.md", "a folder where a file was\n")
        try fixture.commit("Replace foo.md by a folder", at: 900)

        let index = try index(fixture)
        #expect(Set(index.files.keys) == Set(names.filter { $0 != "foo.md" } + ["foo.md/x.md"]))
        for (path, history) in index.files {
            #expect(String(history.updated.seconds) == (try fixture.git("log", "-1", "--format=%ct", "--", path)), "\(path)")
        }
        #expect(index.deletedFiles.map(\.path) == ["foo.md"])
    }

    @Test func renameKeepsCreationDateAndListsOldPaths() throws {
        let fixture = try FixtureRepository()
        let body = (1...12).map { "Line \($0) of a page long enough for rename detection.\n" }.joined()
        try fixture.write("guide/old.md", body)
        try fixture.commit("Add old", at: 100)
        try fixture.git("mv", "guide/old.md", "guide/middle.md")
        try fixture.commit("Rename to middle", author: "Bob Durand", at: 200)
        try fixture.git("mv", "guide/middle.md", "guide/new.md")
        try fixture.write("guide/new.md", body + "One more line.\n")
        try fixture.commit("Rename to new and edit", at: 300)

        let index = try index(fixture)
        #expect(Array(index.files.keys) == ["guide/new.md"])
        #expect(index.deletedFiles.isEmpty)
        let page = try #require(index.files["guide/new.md"])
        #expect(page.created.seconds == FixtureRepository.date(100))
        #expect(page.updated.seconds == FixtureRepository.date(300))
        #expect(page.previousPaths == ["guide/middle.md", "guide/old.md"])
        #expect(page.revisionCount == 3)
        #expect(page.authors == ["Alice Martin", "Bob Durand"])
        let gitCreated = try fixture.git("log", "--follow", "--diff-filter=A", "--format=%at", "--", "guide/new.md")
        #expect(gitCreated == String(page.created.seconds))
    }

    @Test func deletedFilesAreListedWithTheirLastPathAndDate() throws {
        let fixture = try FixtureRepository()
        try fixture.write("keep.md", "keep\n")
        try fixture.write("gone.md", "gone\n")
        try fixture.commit("Add", at: 100)
        try fixture.delete("gone.md")
        let deletion = try fixture.commit("Remove gone", at: 200)
        try fixture.write("keep.md", "kept\n")
        try fixture.commit("Edit keep", at: 300)

        let index = try index(fixture)
        #expect(Array(index.files.keys) == ["keep.md"])
        let gone = try #require(index.deletedFiles.first)
        #expect(index.deletedFiles.count == 1)
        #expect(gone.path == "gone.md")
        #expect(gone.deleted == GitDate(seconds: FixtureRepository.date(200), offsetMinutes: 60))
        #expect(gone.commit == CommitID(hex: deletion))
    }

    @Test func fileDeletedThenReAddedIsOneFile() throws {
        let fixture = try FixtureRepository()
        try fixture.write("a.md", "first life\n")
        try fixture.commit("Add a", at: 100)
        try fixture.delete("a.md")
        try fixture.commit("Remove a", at: 200)
        try fixture.write("a.md", "second life\n")
        try fixture.commit("Bring a back", author: "Bob Durand", at: 300)

        let index = try index(fixture)
        #expect(index.deletedFiles.isEmpty)
        let a = try #require(index.files["a.md"])
        #expect(a.created.seconds == FixtureRepository.date(100), "as git log --follow --diff-filter=A | tail -1")
        #expect(a.updated.seconds == FixtureRepository.date(300))
        #expect(a.revisionCount == 3, "as git log -- a.md")
    }

    @Test func fileChangedOnOneSideOfAMergeKeepsThatSidesDate() throws {
        let fixture = try FixtureRepository()
        try fixture.write("a.md", "a\n")
        try fixture.write("b.md", "b\n")
        try fixture.commit("Base", at: 100)
        try fixture.git("switch", "-q", "-c", "side")
        try fixture.write("a.md", "a on side\n")
        try fixture.commit("Side edits a", author: "Bob Durand", at: 200)
        try fixture.git("switch", "-q", "main")
        try fixture.write("b.md", "b on main\n")
        try fixture.commit("Main edits b", author: "Carla Petit", at: 300)
        try fixture.git("merge", "-q", "--no-ff", "-m", "Merge side", "side", at: 400)

        let index = try index(fixture)
        #expect(index.commitCount == 4)
        let a = try #require(index.files["a.md"])
        #expect(a.updated.seconds == FixtureRepository.date(200))
        #expect(a.lastSummary == "Side edits a")
        #expect(a.revisionCount == 2, "the merge is not a change of a.md")
        let b = try #require(index.files["b.md"])
        #expect(b.updated.seconds == FixtureRepository.date(300))
        #expect(b.authors == ["Alice Martin", "Carla Petit"])
        for path in ["a.md", "b.md"] {
            #expect(try index.files[path]?.updated.seconds == gitUpdated(fixture, path))
        }
    }

    @Test(arguments: [("ours", Int64(300), ["Alice Martin", "Carla Petit"]), ("theirs", Int64(200), ["Alice Martin", "Bob Durand"])])
    func mergeResolvedToOneParentsVersionUsesThatParentsChange(side: String, expected: Int64, authors: [String]) throws {
        let fixture = try FixtureRepository()
        try fixture.write("x.md", "base\n")
        try fixture.commit("Base", at: 100)
        try fixture.git("switch", "-q", "-c", "side")
        try fixture.write("x.md", "side version\n")
        try fixture.commit("Side edits x", author: "Bob Durand", at: 200)
        try fixture.git("switch", "-q", "main")
        try fixture.write("x.md", "main version\n")
        try fixture.commit("Main edits x", author: "Carla Petit", at: 300)
        try fixture.git("merge", "-q", "-X", side, "-m", "Merge side", "side", at: 400)

        let x = try #require(try index(fixture).files["x.md"])
        #expect(x.updated.seconds == FixtureRepository.date(expected))
        #expect(x.updated.seconds == (try gitUpdated(fixture, "x.md")))
        #expect(x.authors == authors, "the other side's change is not part of the file's history, as in git log")
        #expect(x.revisionCount == 2)
    }

    @Test func mergeThatDiffersFromBothParentsIsAChange() throws {
        let fixture = try FixtureRepository()
        try fixture.write("x.md", "base\n")
        try fixture.commit("Base", at: 100)
        try fixture.git("switch", "-q", "-c", "side")
        try fixture.write("x.md", "side version\n")
        try fixture.commit("Side edits x", author: "Bob Durand", at: 200)
        try fixture.git("switch", "-q", "main")
        try fixture.write("x.md", "main version\n")
        try fixture.commit("Main edits x", author: "Carla Petit", at: 300)
        _ = try? fixture.git("merge", "-q", "side", at: 400)
        try fixture.write("x.md", "resolved by hand\n")
        try fixture.commit("Merge side, resolving x", author: "Dan Roux", at: 400)

        let x = try #require(try index(fixture).files["x.md"])
        #expect(x.updated.seconds == FixtureRepository.date(400))
        #expect(x.lastSummary == "Merge side, resolving x")
        #expect(x.revisionCount == 4)
        #expect(x.authors == ["Alice Martin", "Bob Durand", "Carla Petit", "Dan Roux"])
        #expect(x.updated.seconds == (try gitUpdated(fixture, "x.md")))
    }

    @Test func contentInASubfolder() throws {
        let fixture = try FixtureRepository()
        try fixture.write("README.md", "readme\n")
        try fixture.write("docs/other.md", "other\n")
        try fixture.write("docs/content/a.md", "a\n")
        try fixture.write("docs/content/faq/b.md", "b\n")
        try fixture.commit("Add", at: 100)
        try fixture.write("README.md", "readme 2\n")
        try fixture.commit("Edit readme", at: 200)
        try fixture.write("docs/content/faq/b.md", "b 2\n")
        try fixture.commit("Edit b", at: 300)

        for prefix in ["docs/content/", "docs/content", "./docs/content/"] {
            let index = try index(fixture, prefix: prefix)
            #expect(Set(index.files.keys) == ["docs/content/a.md", "docs/content/faq/b.md"])
            #expect(index.files["docs/content/a.md"]?.updated.seconds == FixtureRepository.date(100))
            #expect(index.files["docs/content/faq/b.md"]?.updated.seconds == FixtureRepository.date(300))
        }
        #expect(try index(fixture, prefix: "missing/").files.isEmpty)
    }

    @Test func detachedHeadIndexesItsOwnHistory() throws {
        let fixture = try FixtureRepository()
        try fixture.write("a.md", "1\n")
        try fixture.commit("One", at: 100)
        try fixture.write("a.md", "2\n")
        let second = try fixture.commit("Two", at: 200)
        try fixture.write("a.md", "3\n")
        try fixture.commit("Three", at: 300)
        try fixture.git("checkout", "-q", "--detach", second)

        let repository = try Repository(discoveringFrom: fixture.path)
        #expect(repository.isHeadDetached)
        #expect(repository.headCommit == CommitID(hex: second))
        let index = try HistoryIndex.build(repository: repository)
        #expect(index.commitCount == 2)
        #expect(index.files["a.md"]?.updated.seconds == FixtureRepository.date(200))
    }

    @Test func shallowCloneStopsAtTheBoundary() throws {
        let source = try FixtureRepository()
        try source.write("old.md", "1\n")
        try source.commit("Add old", author: "Bob Durand", at: 100)
        try source.write("old.md", "2\n")
        try source.commit("Edit old", author: "Bob Durand", at: 200)
        try source.write("other.md", "other\n")
        try source.commit("Add other", at: 300)
        try source.write("old.md", "3\n")
        try source.commit("Edit old again", at: 400)
        try source.write("new.md", "new\n")
        try source.commit("Add new", at: 500)
        try source.write("new.md", "new 2\n")
        try source.commit("Edit new", at: 600)
        let clone = try FixtureRepository(shallowCloneOf: source, depth: 3)

        let repository = try Repository(discoveringFrom: clone.path)
        #expect(repository.isShallow)
        let index = try HistoryIndex.build(repository: repository)
        #expect(index.isTruncated)
        #expect(index.commitCount == 3)
        let old = try #require(index.files["old.md"])
        #expect(old.isTruncated)
        #expect(old.updated.seconds == FixtureRepository.date(400))
        #expect(old.authors == ["Alice Martin"], "only the commits present are known")
        let other = try #require(index.files["other.md"])
        #expect(other.isTruncated)
        let new = try #require(index.files["new.md"])
        #expect(!new.isTruncated)
        #expect(new.created.seconds == FixtureRepository.date(500))
        #expect(new.updated.seconds == FixtureRepository.date(600))
        #expect(new.revisionCount == 2)
    }

    @Test func emptyRepositoryGivesAnEmptyIndex() throws {
        let fixture = try FixtureRepository()
        let repository = try Repository(discoveringFrom: fixture.path)
        #expect(repository.isEmpty)
        #expect(repository.headCommit == nil)
        let index = try HistoryIndex.build(repository: repository)
        #expect(index.files.isEmpty)
        #expect(index.deletedFiles.isEmpty)
        #expect(index.commitCount == 0)
        #expect(!index.isTruncated)
    }
}

@Suite struct ReaderNoteTests {
    @Test(arguments: [
        ("Fix typo", ""),
        ("Transport : nouvelle procédure\n\nNouveauté : la demande se fait depuis l’onglet « Lignes ».\n", "la demande se fait depuis l’onglet « Lignes »."),
        ("x\n\nnouveaute: sans accent  \r\n", "sans accent"),
        ("x\n\nNOUVEAUTÉ :   \nNouveauté : la seconde ligne\n", "la seconde ligne"),
        ("Nouveauté pour tous\n", ""),
        ("x\n\n  Nouveauté\t: indentée", "indentée"),
    ])
    func readsTheNouveauteTrailer(message: String, note: String) {
        #expect(ReaderNote.of(message: message) == note)
    }
}
