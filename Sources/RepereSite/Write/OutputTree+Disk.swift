import Foundation
import RepereContent
import RepereParallel

extension OutputTree {
    /// Whether `folder` holds exactly this tree: the same file paths, byte for byte.
    ///
    /// Lets an unchanged rebuild leave the site alone instead of replacing it (on slow disks,
    /// deleting the previous site costs more than building). It compares the real bytes, so a
    /// site edited or damaged by hand is always rewritten.
    func isWritten(in folder: URL, source: any ContentSource) -> Bool {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else {
            return false
        }
        let root = folder.standardizedFileURL.path + "/"
        var count = 0
        for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            let path = String(url.standardizedFileURL.path.dropFirst(root.count))
            guard files[path] != nil else { return false }
            count += 1
        }
        guard count == files.count else { return false }
        let paths = self.paths
        let matches = paths.parallelMap { path -> Bool in
            guard let data = FileManager.default.contents(atPath: root + path) else { return false }
            return switch files[path]! {
            case .text(var text): text.withUTF8 { Self.equal(data, $0) }
            case .bytes(let bytes): bytes.withUnsafeBufferPointer { Self.equal(data, $0) }
            case .copy(let original): (try? source.read(original)).map { bytes in bytes.withUnsafeBufferPointer { Self.equal(data, $0) } } ?? false
            }
        }
        return !matches.contains(false)
    }

    private static func equal(_ data: Data, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        data.count == bytes.count && data.withUnsafeBytes { bytes.isEmpty || memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }
    }
}
