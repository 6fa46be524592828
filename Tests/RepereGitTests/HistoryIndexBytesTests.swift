import RepereSupport
import RepereTestSupport
import Testing
import RepereGit

/// The history cache's format: an index reads back exactly as written, and damaged bytes throw.
@Suite struct HistoryIndexBytesTests {
    private func written(_ index: HistoryIndex, leading: [String]) -> [UInt8] {
        var writer = ByteWriter()
        index.write(to: &writer, leading: leading)
        return writer.bytes
    }

    /// An index with renames, a deletion, several authors, a reader's note and offsets either
    /// side of UTC.
    private func sampleIndex() throws -> HistoryIndex {
        let fixture = try FixtureRepository()
        try fixture.write("a.md", "one\n")
        try fixture.write("gone.md", "bye\n")
        try fixture.commit("Ajout", author: "Alice Martin", at: 100, offset: "+0200")
        try fixture.write("a.md", "two\n")
        try fixture.commit("Édition\n\nNouveauté : la page A change.", author: "Bob Durand", at: 200, offset: "-0530")
        try fixture.write("été/à lire.md", "two\n")
        try fixture.delete("a.md")
        try fixture.delete("gone.md")
        try fixture.commit("Déplacement", author: "Alice Martin", at: 300)
        return try HistoryIndex.build(repository: Repository(discoveringFrom: fixture.path))
    }

    @Test func anIndexReadsBackAsWritten() throws {
        let index = try sampleIndex()
        #expect(index.files["été/à lire.md"]?.previousPaths == ["a.md"] && index.deletedFiles.count == 1)
        let leading = ["content/", "0123456789abcdef0123456789abcdef01234567"]
        var reader = ByteReader(written(index, leading: leading))
        let (read, readLeading) = try HistoryIndex.read(from: &reader)
        #expect(readLeading == leading)
        #expect(read.commit == index.commit)
        #expect(read.files == index.files)
        #expect(read.deletedFiles == index.deletedFiles)
        #expect(read.isTruncated == index.isTruncated && read.commitCount == index.commitCount)
        #expect(read.walkedCommitCount == index.walkedCommitCount && read.sourceFolders == index.sourceFolders)

        var empty = ByteReader(written(.empty, leading: []))
        let (readEmpty, _) = try HistoryIndex.read(from: &empty)
        #expect(readEmpty.commit == nil && readEmpty.files.isEmpty && readEmpty.commitCount == 0)
    }

    @Test func aTruncatedIndexThrows() throws {
        let bytes = written(try sampleIndex(), leading: ["content/"])
        for length in 0..<bytes.count {
            var reader = ByteReader(Array(bytes[..<length]))
            #expect(throws: ByteReader.Malformed.self, "cut at \(length) of \(bytes.count) bytes") {
                _ = try HistoryIndex.read(from: &reader)
            }
        }
    }
}
