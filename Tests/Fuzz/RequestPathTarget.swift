import Foundation
import RepereServer
import RepereSupport

/// The dev server's request-path decoder. Promise: an accepted path is relative, holds no `.`,
/// `..` or empty segment (but a final one), no NUL or backslash, and means the same as a URL
/// normalised by Foundation would (no traversal out of the site).
enum RequestPathTarget {
    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        let raw = String(fuzzInput: bytes)
        guard let key = RequestPath.key(for: raw) else { return }
        require(!key.hasPrefix("/"), "'\(raw)' → absolute '\(key)'")
        let segments = key.split(separator: "/", omittingEmptySubsequences: false)
        for (index, segment) in segments.enumerated() {
            require(segment != "." && segment != "..", "'\(raw)' → '\(key)' climbs")
            require(!segment.isEmpty || index == segments.count - 1 || key.isEmpty, "'\(raw)' → '\(key)' has an empty segment")
            require(!segment.contains("\0") && !segment.contains("\\"), "'\(raw)' → '\(key)'")
        }
        let standardized = (("/srv/site/" + key) as NSString).standardizingPath
        // As bytes: by characters, a `/` followed by a combining mark is no `/` (PathPrefixTests).
        require(standardized.isPath(inOrAt: "/srv/site"), "'\(raw)' → '\(key)' leaves the site")
    }
}
