import RepereSupport

/// The index in the history cache's own format: a table of the distinct strings first (paths,
/// commit ids, summaries and authors recur from file to file), then the index with every string
/// as its place in the table. Reading it back costs a fraction of decoding JSON.
extension HistoryIndex {
    /// Writes the index, with `leading` strings (what the cache keeps beside it) first.
    package func write(to writer: inout ByteWriter, leading: [String] = []) {
        var table = StringTable()
        var body = ByteWriter()
        body.write(leading.count)
        for text in leading { body.write(table.index(text)) }
        body.write(commit.map { table.index($0.hex) + 1 } ?? 0)
        body.write(files.count)
        for (key, file) in files {
            for text in [key, file.path] { body.write(table.index(text)) }
            for date in [file.created, file.updated] { body.write(date) }
            for text in [file.lastCommit.hex, file.lastSummary, file.lastReaderNote] { body.write(table.index(text)) }
            body.write(file.authorCommits.count)
            for (author, count) in file.authorCommits {
                body.write(table.index(author))
                body.write(count)
            }
            body.write(file.revisionCount)
            body.write(file.previousPaths.count)
            for path in file.previousPaths { body.write(table.index(path)) }
            body.write(file.isTruncated)
        }
        body.write(deletedFiles.count)
        for deleted in deletedFiles {
            body.write(table.index(deleted.path))
            body.write(deleted.deleted)
            body.write(table.index(deleted.commit.hex))
        }
        body.write(isTruncated)
        body.write(commitCount)
        body.write(walkedCommitCount)
        body.write(sourceFolders.count)
        for folder in sourceFolders { body.write(table.index(folder)) }

        writer.write(table.strings.count)
        for text in table.strings { writer.write(text) }
        writer.append(body)
    }

    /// Reads what ``write(to:leading:)`` wrote: the index and the leading strings.
    package static func read(from reader: inout ByteReader) throws(ByteReader.Malformed) -> (index: HistoryIndex, leading: [String]) {
        var strings: [String] = []
        let stringCount = try reader.count()
        strings.reserveCapacity(stringCount)
        for _ in 0..<stringCount { strings.append(try reader.string()) }
        func string() throws(ByteReader.Malformed) -> String { strings[try reader.index(below: strings.count)] }
        func date() throws(ByteReader.Malformed) -> GitDate {
            let seconds = try reader.signed()
            return GitDate(seconds: seconds, offsetMinutes: Int(try reader.signed()))
        }

        var leading: [String] = []
        for _ in 0..<(try reader.count()) { leading.append(try string()) }
        let commitIndex = try reader.index(below: strings.count + 1)
        var files: [String: FileHistory] = [:]
        let fileCount = try reader.count()
        files.reserveCapacity(fileCount)
        for _ in 0..<fileCount {
            let key = try string()
            let path = try string()
            let created = try date()
            let updated = try date()
            let lastCommit = CommitID(hex: try string())
            let summary = try string()
            let note = try string()
            var authorCommits: [String: Int] = [:]
            for _ in 0..<(try reader.count()) { authorCommits[try string()] = try reader.number() }
            let revisionCount = try reader.number()
            var previousPaths: [String] = []
            for _ in 0..<(try reader.count()) { previousPaths.append(try string()) }
            files[key] = FileHistory(
                path: path, created: created, updated: updated, lastCommit: lastCommit, lastSummary: summary,
                lastReaderNote: note, authorCommits: authorCommits, revisionCount: revisionCount,
                previousPaths: previousPaths, isTruncated: try reader.flag())
        }
        var deletedFiles: [DeletedFile] = []
        for _ in 0..<(try reader.count()) {
            deletedFiles.append(DeletedFile(path: try string(), deleted: try date(), commit: CommitID(hex: try string())))
        }
        let isTruncated = try reader.flag()
        let commitCount = try reader.number()
        let walkedCommitCount = try reader.number()
        var sourceFolders: [String] = []
        for _ in 0..<(try reader.count()) { sourceFolders.append(try string()) }
        guard reader.isAtEnd else { throw ByteReader.Malformed() }
        let index = HistoryIndex(
            commit: commitIndex == 0 ? nil : CommitID(hex: strings[commitIndex - 1]), files: files,
            deletedFiles: deletedFiles, isTruncated: isTruncated, commitCount: commitCount,
            walkedCommitCount: walkedCommitCount, sourceFolders: sourceFolders)
        return (index, leading)
    }
}

/// Each distinct string once, numbered in order of first use.
private struct StringTable {
    private(set) var strings: [String] = []
    private var numbers: [String: Int] = [:]

    mutating func index(_ text: String) -> Int {
        if let number = numbers[text] { return number }
        numbers[text] = strings.count
        strings.append(text)
        return strings.count - 1
    }
}

extension ByteWriter {
    fileprivate mutating func write(_ date: GitDate) {
        write(signed: date.seconds)
        write(signed: Int64(date.offsetMinutes))
    }
}
