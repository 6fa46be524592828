/// Recognises URLs that must never be followed from content (`javascript:` and friends).
public enum URLSafety {
    /// Whether `url` may appear in an `href` or `src`: not `javascript:`, `vbscript:`, `file:`,
    /// and `data:` only for common raster images.
    public static func isSafe(_ url: String) -> Bool {
        // Fast path: no scheme at all (relative links, anchors) or an ordinary web scheme.
        guard let colon = url.utf8.firstIndex(of: UInt8(ascii: ":")) else { return true }
        if url.utf8[..<colon].contains(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "?") }) {
            return true
        }
        if url.hasPrefix("https:") || url.hasPrefix("http:") || url.hasPrefix("mailto:") { return true }
        let normalized = String(url.unicodeScalars.filter { $0.value > 0x20 }).lowercased()
        for scheme in ["javascript:", "vbscript:", "file:"] where normalized.hasPrefix(scheme) { return false }
        if normalized.hasPrefix("data:") {
            return ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains {
                normalized.hasPrefix($0)
            }
        }
        return true
    }
}
