/// Turns titles, headings and file names into URL-safe identifiers.
///
/// Lowercase ASCII letters and digits separated by single hyphens: accents are folded
/// (`é` → `e`), ligatures expanded (`œ` → `oe`), and every other run of characters becomes one
/// hyphen. `"Étape 2 : valider"` → `"etape-2-valider"`. The result may be empty.
public enum Slug {
    public static func make(from text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingHyphen = false
        func emit(_ bytes: some Sequence<UInt8>) {
            if pendingHyphen && !out.isEmpty { out.append(UInt8(ascii: "-")) }
            pendingHyphen = false
            out.append(contentsOf: bytes)
        }
        // Only text outside ASCII needs the (costly) canonical decomposition to fold accents.
        let scalars = text.utf8.allSatisfy { $0 < 0x80 } ? text.unicodeScalars : text.decomposedStringWithCanonicalMapping.unicodeScalars
        for scalar in scalars {
            let v = scalar.value
            switch v {
            case 0x30...0x39, 0x61...0x7A: emit(CollectionOfOne(UInt8(v)))
            case 0x41...0x5A: emit(CollectionOfOne(UInt8(v + 32)))
            case 0x300...0x36F: continue  // combining accents left by the decomposition
            default:
                if let folded = ligatures[v] { emit(folded.utf8) } else { pendingHyphen = true }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let ligatures: [UInt32: String] = [
        0x153: "oe", 0x152: "oe", 0xE6: "ae", 0xC6: "ae", 0xDF: "ss", 0xF8: "o", 0xD8: "o",
    ]
}
