import Foundation
import RepereTestSupport
import Testing
@testable import RepereContent

@Suite struct FileSystemSourceTests {
    @Test func readsWholeFilesAndRefusesWhatIsNotOne() throws {
        let folder = TemporaryDirectory()
        let big = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try folder.write("vide.md", bytes: [])
        try folder.write("gros.bin", bytes: big)
        try folder.write("dossier/a.md", bytes: Array("a".utf8))
        let source = FileSystemSource(root: folder.url)
        #expect(try source.read("vide.md") == [])
        #expect(try source.read("gros.bin") == big)
        #expect(throws: ContentSourceError.self) { try source.read("absent.md") }
        #expect(throws: ContentSourceError.self) { try source.read("dossier") }
    }

    /// A site Repère built inside the content folder (`content_dir: .`, `repere build -o out`) is no content.
    @Test func aSiteBuiltInTheFolderIsNoContent() throws {
        let folder = TemporaryDirectory()
        try folder.write(["a.md": "# A", "out/_repere/search.mjs": "x", "out/a/index.html": "<p>", "outils/b.md": "# B"])
        #expect(try FileSystemSource(root: folder.url).files().map(\.rawValue) == ["a.md", "outils/b.md"])
    }

    @Test func aRewrittenFileGetsAnotherStampEvenWithTheSameSizeAndModificationTime() throws {
        let folder = TemporaryDirectory()
        try folder.write(["a.md": "un"])
        let path = folder.url.appendingPathComponent("a.md").path
        let first = try #require(ContentStamp(path: path))
        #expect(ContentStamp(path: path) == first)
        let modified = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as! Date
        Thread.sleep(forTimeInterval: 0.01)
        try folder.write(["a.md": "du"])  // same size
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: path)
        let second = try #require(ContentStamp(path: path))
        #expect(second.size == first.size)
        // Setting the modification time back does not set back the status-change time.
        #expect(second.changed != first.changed)
        #expect(ContentStamp(path: path + ".absent") == nil)
    }

    /// A file written within two seconds may be written again without its stamp changing (the
    /// clock's resolution): the source gives no stamp for it, and callers read its bytes.
    @Test func aFileJustWrittenHasNoStampToTrust() throws {
        let folder = TemporaryDirectory()
        try folder.write(["a.md": "un"])
        let stamp = try #require(ContentStamp(path: folder.url.appendingPathComponent("a.md").path))
        #expect(FileSystemSource(root: folder.url).changeStamp("a.md") == nil)
        #expect(!stamp.isSettled(now: stamp.changed + 1_000_000_000))
        #expect(stamp.isSettled(now: stamp.changed + 3_000_000_000))
    }
}

@Suite struct HiddenContentTests {
    /// GitBook's uploads folders are content: their files are listed, nothing else hidden is.
    @Test func gitBooksAssetsFolderIsTheOnlyHiddenContent() throws {
        let folder = TemporaryDirectory()
        for path in [
            "a.md", ".gitbook/assets/capture.png", ".gitbook/assets/sous/b.pdf", ".gitbook/assets/note.md", ".gitbook/assets/Notes.MD",
            ".gitbook/assets/.DS_Store", ".gitbook/includes/bloc.md", ".gitbook/x.png", ".git/config", "s/.gitbook/assets/c.png",
        ] {
            try folder.write(path, bytes: Array("x".utf8))
        }
        let files = try FileSystemSource(root: folder.url).files().map(\.rawValue)
        // A GitBook space in a folder has its own (`s/.gitbook/assets/`).
        #expect(files == [".gitbook/assets/capture.png", ".gitbook/assets/sous/b.pdf", "a.md", "s/.gitbook/assets/c.png"])
    }

    /// File systems without `d_type` (`DT_UNKNOWN`) get the same content: the way down to
    /// `.gitbook/assets/` is known to be folders, and links are checked as links.
    @Test func entriesOfUnknownTypeAreAskedForIt() throws {
        let folder = TemporaryDirectory()
        for path in [".gitbook/assets/capture.png", ".git/config", "a.md"] { try folder.write(path, bytes: Array("x".utf8)) }
        try FileManager.default.createSymbolicLink(atPath: folder.url.appendingPathComponent("x.txt").path, withDestinationPath: ".git/config")
        try FileManager.default.createSymbolicLink(atPath: folder.url.appendingPathComponent("b.md").path, withDestinationPath: "a.md")
        let root = FileSystemSource(root: folder.url).root.path
        func entry(_ name: String, in parent: String = "") -> FileSystemSource.Entry {
            FileSystemSource.entry(name, in: parent, type: Int32(DT_UNKNOWN), root: root)
        }
        #expect(entry(".gitbook") == .folder(".gitbook"))
        #expect(entry("assets", in: ".gitbook") == .folder(".gitbook/assets"))
        #expect(entry("capture.png", in: ".gitbook/assets") == .file(ContentPath(".gitbook/assets/capture.png")))
        #expect(entry(".git") == .skipped)
        #expect(entry("a.md") == .file(ContentPath("a.md")))
        #expect(entry("b.md") == .file(ContentPath("b.md")))
        #expect(entry("x.txt") == .refused(ContentPath("x.txt"), .hidden(".git/config")))
    }

    @Test(arguments: [
        (".gitbook/assets/capture.png", false), (".gitbook/assets/sous/b.pdf", false), ("a/b.png", false),
        (".gitbook/assets/note.md", true), (".gitbook/assets/Notes.MD", true), (".gitbook/assets/.DS_Store", true), (".gitbook/includes/bloc.md", true),
        (".gitbook", true), (".gitbook/assets", true), (".gitbookx/assets/a.png", true), ("s/.gitbook/assets/c.png", false), ("s/.gitbook/assets/n.md", true), ("s/.gitbook", true),
        ("s/.gitbook/includes/b.md", true),
        (".git/config", true), ("a/.cache/b.png", true),
    ])
    func aPathIsHiddenByItsNamesButForGitBooksAssets(path: String, hidden: Bool) {
        #expect(ContentPath.isHidden(path) == hidden)
    }
}
