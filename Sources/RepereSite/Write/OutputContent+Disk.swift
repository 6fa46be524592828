import Foundation
import RepereContent
import RepereRender

extension OutputTree.Content {
    /// Calls `body` with the file's bytes (read from `source` for a copied file).
    func withBytes<T>(source: any ContentSource, _ body: (UnsafeBufferPointer<UInt8>) throws -> T) throws -> T {
        switch self {
        case .text(var text): try text.withUTF8(body)
        case .bytes(let bytes): try bytes.withUnsafeBufferPointer(body)
        case .copy(let original): try source.read(original).withUnsafeBufferPointer(body)
        }
    }

    /// Whether the file has exactly the bytes `data`.
    func equals(_ data: Data, source: any ContentSource) -> Bool {
        (try? withBytes(source: source) { bytes in
            data.count == bytes.count
                && data.withUnsafeBytes { bytes.isEmpty || memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }
        }) ?? false
    }
}
