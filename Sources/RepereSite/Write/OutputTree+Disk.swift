import Foundation
import RepereContent
import RepereRender

extension OutputTree {
    /// Calls `body` with the bytes of the file at `path` (read from `source` for copied files).
    func withBytes<T>(of path: String, source: any ContentSource, _ body: (UnsafeBufferPointer<UInt8>) throws -> T) throws -> T {
        switch files[path]! {
        case .text(var text): try text.withUTF8(body)
        case .bytes(let bytes): try bytes.withUnsafeBufferPointer(body)
        case .copy(let original): try source.read(original).withUnsafeBufferPointer(body)
        }
    }

    /// Whether the file at `path` has exactly the bytes `data`.
    func contentEquals(_ path: String, _ data: Data, source: any ContentSource) -> Bool {
        (try? withBytes(of: path, source: source) { bytes in
            data.count == bytes.count
                && data.withUnsafeBytes { bytes.isEmpty || memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }
        }) ?? false
    }
}
