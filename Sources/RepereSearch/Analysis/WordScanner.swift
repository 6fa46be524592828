/// Finds the words of a text (step 3 of ``TextAnalyzer``) on its UTF-8 bytes: maximal runs of
/// letters, combining marks and decimal digits, with their UTF-16 range in the text.
enum WordScanner {
    /// Calls `body` with each word's UTF-8 bytes and UTF-16 range `start..<end`, in text order.
    static func forEachWord(in text: String, _ body: (UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Void) {
        var text = text
        let (asciiWord, twoByteWord) = (Self.asciiWord, Self.twoByteWord)  // not a lazy global's check per byte
        text.withUTF8 { bytes in
            var i = 0, wordStart = -1, utf16 = 0, wordUTF16 = 0
            while i < bytes.count {
                let lead = bytes[i]
                let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                let isWord: Bool
                if length == 1 {
                    isWord = asciiWord[Int(lead)]
                } else {
                    var value = UInt32(lead) & (0xFF >> (length + 1))
                    for k in 1..<length { value = value << 6 | UInt32(bytes[i + k]) & 0x3F }
                    isWord = value < 0x800 ? twoByteWord[Int(value)] : isWordScalar(Unicode.Scalar(value)!)
                }
                if isWord {
                    if wordStart < 0 { wordStart = i; wordUTF16 = utf16 }
                } else if wordStart >= 0 {
                    body(UnsafeBufferPointer(rebasing: bytes[wordStart..<i]), wordUTF16, utf16)
                    wordStart = -1
                }
                i += length
                utf16 += length == 4 ? 2 : 1
            }
            if wordStart >= 0 { body(UnsafeBufferPointer(rebasing: bytes[wordStart...]), wordUTF16, utf16) }
        }
    }

    /// Whether a scalar belongs to a word: categories L, M and Nd, except the modifier letter
    /// apostrophe U+02BC, which separates words like `'`.
    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c == "\u{2BC}" { return false }
        switch c.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber:
            return true
        default:
            return false
        }
    }

    private static let asciiWord: [Bool] = (0..<0x80).map { isWordScalar(Unicode.Scalar(UInt8($0))) }
    /// U+0000–U+07FF, the scalars of one or two UTF-8 bytes, where French text spends its time.
    private static let twoByteWord: [Bool] = (0..<0x800).map { isWordScalar(Unicode.Scalar(UInt32($0))!) }
}
