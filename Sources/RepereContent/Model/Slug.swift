import Foundation

/// Turns titles, headings and file names into URL-safe identifiers.
///
/// Lowercase ASCII letters and digits separated by single hyphens: accents are folded
/// (`é` → `e`), ligatures expanded (`œ` → `oe`), and every other run of characters becomes one
/// hyphen. `"Étape 2 : valider"` → `"etape-2-valider"`. The result may be empty.
public enum Slug {
    public static func make(from text: String) -> String {
        var slug = Builder(capacity: text.utf8.count)
        // Accents are folded by canonical decomposition. Foundation's costs ~15,000
        // instructions a call; below U+0300 (Latin, no combining mark) decomposing letter by
        // letter from a table gives the same scalars, and punctuation (’, …) and currency signs
        // (€) all become hyphens, decomposed or not.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            for scalar in text.unicodeScalars { slug.add(scalar.value) }
        } else if text.unicodeScalars.allSatisfy({ $0.value < 0x300 || punctuationAndCurrency.contains($0.value) }) {
            for scalar in text.unicodeScalars {
                if scalar.value < 0x300 {
                    for part in latinDecompositions[Int(scalar.value)] { slug.add(part.value) }
                } else {
                    slug.add(scalar.value)
                }
            }
        } else {
            for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars { slug.add(scalar.value) }
        }
        return String(decoding: slug.bytes, as: UTF8.self)
    }

    /// A file or folder name's slug: as ``make(from:)``, but a `+` or `#` that ends a word is
    /// spelt (`c++` → `c-plus-plus`, `c#` → `c-sharp`, `notepad++` → `notepad-plus-plus`), so that
    /// `c.md`, `c++.md` and `c#.md` get three addresses. Inside a word it stays a hyphen
    /// (`questions+reponses` → `questions-reponses`).
    public static func make(fromFileName name: String) -> String {
        guard name.contains(where: { $0 == "+" || $0 == "#" }) else { return make(from: name) }
        let characters = Array(name)
        var spelt = ""
        for (index, character) in characters.enumerated() {
            guard character == "+" || character == "#", index > 0 else {
                spelt.append(character)
                continue
            }
            // The symbols that end a word: after a letter, a digit or another of them, before no letter or digit.
            var before = index - 1
            while before > 0, characters[before] == "+" || characters[before] == "#" { before -= 1 }
            let afterWord = characters[before].isLetter || characters[before].isNumber
            let endsWord = index + 1 == characters.count
                || !(characters[index + 1].isLetter || characters[index + 1].isNumber)
            spelt += afterWord && endsWord ? (character == "+" ? " plus " : " sharp ") : String(character)
        }
        return make(from: spelt)
    }

    /// The slug's bytes, one decomposed scalar at a time.
    private struct Builder {
        var bytes: [UInt8] = []
        var pendingHyphen = false

        init(capacity: Int) { bytes.reserveCapacity(capacity) }

        mutating func add(_ scalar: UInt32) {
            switch scalar {
            case 0x30...0x39, 0x61...0x7A: emit(UInt8(scalar))
            case 0x41...0x5A: emit(UInt8(scalar + 32))
            case 0x300...0x36F: return  // combining accents left by the decomposition
            case 0x153, 0x152: emit(UInt8(ascii: "o"), UInt8(ascii: "e"))
            case 0xE6, 0xC6: emit(UInt8(ascii: "a"), UInt8(ascii: "e"))
            case 0xDF: emit(UInt8(ascii: "s"), UInt8(ascii: "s"))
            case 0xF8, 0xD8: emit(UInt8(ascii: "o"))
            default: pendingHyphen = true
            }
        }

        private mutating func emit(_ first: UInt8, _ second: UInt8? = nil) {
            if pendingHyphen && !bytes.isEmpty { bytes.append(UInt8(ascii: "-")) }
            pendingHyphen = false
            bytes.append(first)
            if let second { bytes.append(second) }
        }
    }

    /// General Punctuation and Currency Symbols: no letter, digit or combining mark.
    private static let punctuationAndCurrency: ClosedRange<UInt32> = 0x2000...0x20CF

    /// The canonical decomposition of each of U+0000–U+02FF.
    private static let latinDecompositions: [[Unicode.Scalar]] = (0..<0x300).map {
        Array(String(Unicode.Scalar(UInt32($0))!).decomposedStringWithCanonicalMapping.unicodeScalars)
    }
}
