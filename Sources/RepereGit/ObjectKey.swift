import Clibgit2

/// A raw 20-byte object id usable as a dictionary key without formatting it as hex.
struct ObjectKey: Hashable, Sendable {
    private let head: UInt64
    private let middle: UInt64
    private let tail: UInt32

    init(_ oid: git_oid) {
        (head, middle, tail) = withUnsafeBytes(of: oid.id) { bytes in
            (bytes.loadUnaligned(as: UInt64.self),
             bytes.loadUnaligned(fromByteOffset: 8, as: UInt64.self),
             bytes.loadUnaligned(fromByteOffset: 16, as: UInt32.self))
        }
    }

    /// The id in libgit2's representation.
    var oid: git_oid {
        var oid = git_oid()
        withUnsafeMutableBytes(of: &oid.id) { bytes in
            bytes.storeBytes(of: head, as: UInt64.self)
            bytes.storeBytes(of: middle, toByteOffset: 8, as: UInt64.self)
            bytes.storeBytes(of: tail, toByteOffset: 16, as: UInt32.self)
        }
        return oid
    }

    /// The 40 lowercase hexadecimal digits.
    var hex: String {
        var oid = self.oid
        return String(unsafeUninitializedCapacity: 40) { buffer in
            buffer.withMemoryRebound(to: CChar.self) { _ = git_oid_fmt($0.baseAddress, &oid) }
            return 40
        }
    }

    var commitID: CommitID { CommitID(hex: hex) }
}
