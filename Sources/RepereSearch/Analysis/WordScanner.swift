/// Finds the words of a text (step 3 of ``TextAnalyzer``) on its UTF-8 bytes: runs of letters,
/// combining marks and decimal digits that start with a letter or a digit, with their UTF-16
/// range in the text. Variation selectors belong to no word: `☁️` is `☁` and U+FE0F, an emoji's
/// presentation, and a mark after no letter (`1️⃣`'s U+20E3) starts none.
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
                let part: WordPart
                if length == 1 {
                    part = asciiWord[Int(lead)]
                } else {
                    var value = UInt32(lead) & (0xFF >> (length + 1))
                    for k in 1..<length { value = value << 6 | UInt32(bytes[i + k]) & 0x3F }
                    part = value < 0x800 ? twoByteWord[Int(value)] : wordPart(Unicode.Scalar(value)!)
                }
                if part == .start || (part == .mark && wordStart >= 0) {
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

    /// What a scalar is to a word: a letter or digit starts or goes on with one, a combining mark
    /// only goes on with one.
    enum WordPart { case none, start, mark }

    /// Categories L and Nd start a word, M goes on with it; the modifier letter apostrophe U+02BC
    /// separates words like `'`, and variation selectors (U+FE00–FE0F, U+E0100–E01EF) are none.
    static func wordPart(_ c: Unicode.Scalar) -> WordPart {
        if c == "\u{2BC}" || (0xFE00...0xFE0F).contains(c.value) || (0xE0100...0xE01EF).contains(c.value) { return .none }
        switch c.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber:
            return .start
        case .nonspacingMark, .spacingMark, .enclosingMark:
            return .mark
        default:
            return .none
        }
    }

    private static let asciiWord: [WordPart] = (0..<0x80).map { wordPart(Unicode.Scalar(UInt8($0))) }
    /// U+0000–U+07FF, the scalars of one or two UTF-8 bytes, where French text spends its time.
    private static let twoByteWord: [WordPart] = (0..<0x800).map { wordPart(Unicode.Scalar(UInt32($0))!) }
}
