import Foundation
import Clibgit2

/// A tree object read straight from the object database and parsed lazily, entry by entry: two
/// versions of a folder of hundreds of files are compared by their bytes, and only the entries
/// around the differences are parsed. Entries are `<octal mode> <name>\0<20-byte id>`, in Git's order.
final class RawTree {
    struct Entry {
        let start: Int
        let nameStart: Int
        let nameEnd: Int
        let mode: UInt32

        var end: Int { nameEnd + 21 }
        var isTree: Bool { mode == 0o040000 }
        var isFile: Bool { mode & 0o170000 == 0o100000 || mode == 0o120000 }
    }

    private let object: OpaquePointer
    private let base: UnsafeRawPointer
    private let id: ObjectKey
    /// Size in bytes; entries start at 0 and end here.
    let count: Int

    init(_ id: ObjectKey, in odb: OpaquePointer) throws(GitError) {
        var oid = id.oid
        var object: OpaquePointer?
        try Libgit2.check(git_odb_read(&object, odb, &oid), .notFound, "Cannot read tree \(id.hex)")
        guard let object else { throw GitError(.notFound, "Cannot read tree \(id.hex)") }
        self.object = object
        guard git_odb_object_type(object) == GIT_OBJECT_TREE, let base = git_odb_object_data(object) else {
            throw GitError(.other, "Object \(id.hex) is not a tree")
        }
        self.base = base
        self.id = id
        count = git_odb_object_size(object)
    }

    deinit {
        git_odb_object_free(object)
    }

    /// Parses the entry starting at `offset`, which must be an entry boundary.
    func entry(at offset: Int) throws(GitError) -> Entry {
        var position = offset
        var mode: UInt32 = 0
        while position < count, byte(at: position) != UInt8(ascii: " ") {
            let digit = byte(at: position) &- UInt8(ascii: "0")
            guard digit < 8 else { throw malformed }
            mode = mode << 3 | UInt32(digit)
            position += 1
        }
        let nameStart = position + 1
        guard nameStart < count, let nul = memchr(base + nameStart, 0, count - nameStart) else { throw malformed }
        let nameEnd = base.distance(to: nul)
        guard nameEnd + 21 <= count else { throw malformed }
        return Entry(start: offset, nameStart: nameStart, nameEnd: nameEnd, mode: mode)
    }

    /// Calls `body` with every entry.
    func forEachEntry(_ body: (Entry) -> Void) throws(GitError) {
        var offset = 0
        while offset < count {
            let entry = try entry(at: offset)
            body(entry)
            offset = entry.end
        }
    }

    func name(_ entry: Entry) -> String {
        String(decoding: UnsafeRawBufferPointer(start: base + entry.nameStart, count: entry.nameEnd - entry.nameStart), as: UTF8.self)
    }

    func id(_ entry: Entry) -> ObjectKey {
        var oid = git_oid()
        withUnsafeMutableBytes(of: &oid.id) { $0.copyMemory(from: UnsafeRawBufferPointer(start: base + entry.nameEnd + 1, count: 20)) }
        return ObjectKey(oid)
    }

    /// Whether two entries have the same mode, name and object id.
    func isIdentical(_ entry: Entry, to other: Entry, in tree: RawTree) -> Bool {
        entry.end - entry.start == other.end - other.start
            && memcmp(base + entry.start, tree.base + other.start, entry.end - entry.start) == 0
    }

    /// Git's tree order: names compared bytewise, a folder's name as if it ended with `/`.
    func order(_ entry: Entry, _ other: Entry, in tree: RawTree) -> Int32 {
        let length = entry.nameEnd - entry.nameStart, otherLength = other.nameEnd - other.nameStart
        let common = min(length, otherLength)
        let result = memcmp(base + entry.nameStart, tree.base + other.nameStart, common)
        guard result == 0 else { return result }
        let next = length > common ? byte(at: entry.nameStart + common) : entry.isTree ? UInt8(ascii: "/") : 0
        let otherNext = otherLength > common ? tree.byte(at: other.nameStart + common) : other.isTree ? UInt8(ascii: "/") : 0
        return Int32(next) - Int32(otherNext)
    }

    /// The lengths of the longest common byte prefix with `other`, and of the longest common suffix
    /// that does not overlap it.
    func commonEnds(with other: RawTree) -> (prefix: Int, suffix: Int) {
        let limit = min(count, other.count)
        var prefix = 0, suffix = 0
        for step in [4096, 256, 16, 1] {
            while prefix + step <= limit, memcmp(base + prefix, other.base + prefix, step) == 0 { prefix += step }
        }
        for step in [4096, 256, 16, 1] {
            while suffix + step <= limit - prefix,
                  memcmp(base + count - suffix - step, other.base + other.count - suffix - step, step) == 0 { suffix += step }
        }
        return (prefix, suffix)
    }

    /// The start of the entry containing byte `offset` (or `count`). It searches backward for a
    /// name's terminating zero: a zero byte with no other zero in the 20 bytes before it cannot be
    /// inside an object id (whose name terminator would be among those bytes), so an entry starts 21
    /// bytes after it. It then parses forward from there.
    func entryStart(containing offset: Int) throws(GitError) -> Int {
        var start = 0
        var zero = offset - 21
        while zero >= 0 {
            if byte(at: zero) == 0, !(max(0, zero - 20)..<zero).contains(where: { byte(at: $0) == 0 }) {
                start = zero + 21
                break
            }
            zero -= 1
        }
        while start < count {
            let end = try entry(at: start).end
            if end > offset { break }
            start = end
        }
        return start
    }

    private func byte(at offset: Int) -> UInt8 {
        base.load(fromByteOffset: offset, as: UInt8.self)
    }

    private var malformed: GitError { GitError(.other, "Malformed tree \(id.hex)") }
}
