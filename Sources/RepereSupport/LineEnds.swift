/// Line ends as every reader of Repère expects them: `\n` alone.
///
/// Files saved on Windows end their lines with `\r\n`, old Mac ones with `\r`. As Swift
/// `Character`s `\r\n` is one grapheme, which `split(separator: "\n")` and the like never see:
/// a page's lines would run together. Each `\r\n` becomes `\n` and each lone `\r` too, at the
/// end of a line only, so line numbers and columns stay those the author's editor shows.
package enum LineEnds {
    /// `bytes` with `\r\n` and lone `\r` made `\n`; the same array when it holds no `\r`.
    package static func normalized(_ bytes: [UInt8]) -> [UInt8] {
        let carriageReturn = UInt8(ascii: "\r"), newline = UInt8(ascii: "\n")
        guard var index = bytes.firstIndex(of: carriageReturn) else { return bytes }
        var result = Array(bytes[..<index])
        result.reserveCapacity(bytes.count)
        while index < bytes.count {
            let byte = bytes[index]
            if byte == carriageReturn {
                if index + 1 == bytes.count || bytes[index + 1] != newline { result.append(newline) }
            } else {
                result.append(byte)
            }
            index += 1
        }
        return result
    }

    /// The text of `bytes` (UTF-8, invalid sequences replaced) with its line ends normalized.
    package static func text(_ bytes: some Collection<UInt8>) -> String {
        String(decoding: normalized(Array(bytes)), as: UTF8.self)
    }
}
