import Foundation

/// Accent folding shared by indexing and highlighting: canonical decomposition (NFD), combining
/// accents U+0300–U+036F dropped, `œ` → `oe`, `æ` → `ae`, `ß` → `ss`, `ø` → `o`. Other scripts
/// keep their marks. Same rules as `fold` in `Runtime/analysis.mjs`.
enum AccentFolding {
    /// Folds a word that is already lowercase.
    static func fold(_ word: [Unicode.Scalar]) -> String {
        if word.allSatisfy(\.isASCII) { return String(scalars: word) }
        guard word.allSatisfy({ $0.value < 0x300 }) else { return decomposeAndFold(word) }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(word.count + 2)
        for c in word { out.append(contentsOf: latinFolds[Int(c.value)]) }
        return String(scalars: out)
    }

    /// Folds of U+0000–U+02FF one by one. Text below U+0300 holds no combining mark, so folding it
    /// letter by letter gives the same result as decomposing the whole word, without Foundation.
    private static let latinFolds: [[Unicode.Scalar]] = (0..<0x300).map {
        Array(decomposeAndFold([Unicode.Scalar(UInt32($0))!]).unicodeScalars)
    }

    private static func decomposeAndFold(_ word: [Unicode.Scalar]) -> String {
        var out = String.UnicodeScalarView()
        for c in String(scalars: word).decomposedStringWithCanonicalMapping.unicodeScalars {
            switch c.value {
            case 0x300...0x36F: continue
            case 0x153: out.append(contentsOf: "oe".unicodeScalars)
            case 0xE6: out.append(contentsOf: "ae".unicodeScalars)
            case 0xDF: out.append(contentsOf: "ss".unicodeScalars)
            case 0xF8: out.append("o")
            default: out.append(c)
            }
        }
        return String(out)
    }

    /// Lowercases code point by code point (full Unicode mappings, no context rules such as the
    /// final sigma) so that Swift and JavaScript agree.
    static func lowercase(_ word: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(word.count)
        for c in word {
            if c.isASCII {
                out.append(("A"..."Z").contains(c) ? Unicode.Scalar(c.value + 32)! : c)
            } else if c.properties.changesWhenLowercased {
                out.append(contentsOf: c.properties.lowercaseMapping.unicodeScalars)
            } else {
                out.append(c)
            }
        }
        return out
    }
}
