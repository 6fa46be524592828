/// Turns the raw path of an HTTP request into a key of the in-memory site, or refuses it.
///
/// The site lives in an ``RepereSite/OutputTree``, so there is no file system to escape: a path
/// is decoded segment by segment and refused outright when a segment is `.` or `..` (written
/// plainly or as `%2e`), holds an encoded `/` or `\`, a NUL byte, invalid percent-encoding or
/// invalid UTF-8, or when the path has an empty segment inside it. Nothing is "cleaned up" into
/// another path, so what is served is exactly what was asked for.
public enum RequestPath {
    /// The site-relative path of `raw` (`/a/b%C3%A9/` → `a/bé/`; `/` → `""`), or `nil` when refused.
    public static func key(for raw: String) -> String? {
        guard raw.hasPrefix("/") else { return nil }
        let segments = raw.utf8.dropFirst().split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        var decoded: [String] = []
        for (index, segment) in segments.enumerated() {
            if segment.isEmpty {
                guard index == segments.count - 1 else { return nil }
                decoded.append("")
                continue
            }
            guard let bytes = percentDecoded(segment),
                !bytes.contains(where: { $0 == 0 || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "\\") }),
                let text = String(validating: bytes, as: UTF8.self),
                text != ".", text != ".."
            else { return nil }
            decoded.append(text)
        }
        return decoded.joined(separator: "/")
    }

    private static func percentDecoded(_ segment: some Collection<UInt8>) -> [UInt8]? {
        var out: [UInt8] = []
        var iterator = segment.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                out.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else { return nil }
            out.append(high << 4 | low)
        }
        return out
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
