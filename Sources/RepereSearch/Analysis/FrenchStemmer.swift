/// The Snowball French stemmer, 2025 revision (snowballstem.org, `algorithms/french.sbl`).
///
/// Expects one lowercase word with its accents (`"affectées"` → `"affect"`): the algorithm uses the
/// uppercase letters `U`, `I`, `Y`, `H` as internal marks. Works on an array of Unicode scalars;
/// step names follow the Snowball description. The browser runtime
/// (`Runtime/analysis.mjs`) implements the same steps and both are checked against the Snowball
/// reference vocabulary.
public enum FrenchStemmer {
    /// Returns the stem of a lowercase French word.
    public static func stem(_ word: String) -> String {
        String(scalars: stem(Array(word.unicodeScalars)))
    }

    /// Returns the stem of a lowercase French word given as Unicode scalars.
    public static func stem(_ word: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var buffer = StemBuffer(word)
        buffer.run()
        return buffer.w
    }
}

/// One word being stemmed. Letters that must not count as vowels are marked with the uppercase
/// letters `U`, `I`, `Y` and `H` (`ë` → `He`, `ï` → `Hi`), as in the Snowball algorithm.
struct StemBuffer {
    var w: [Unicode.Scalar]
    /// Start of the regions RV, R1 and R2 (indices into `w`; `w.count` when empty).
    private var pV = 0, p1 = 0, p2 = 0

    init(_ word: [Unicode.Scalar]) { w = word }

    mutating func run() {
        removeElision()
        markNonVowels()
        markRegions()
        if standardSuffix() || iVerbSuffix() || verbSuffix() {
            if w.last == "Y" { w[w.count - 1] = "i" } else if w.last == "ç" { w[w.count - 1] = "c" }
        } else {
            residualSuffix()
        }
        undouble()
        unaccent()
        unmark()
    }

    // MARK: - Forward steps

    /// `l'avion` → `avion`: a leading `c d j l m n s t qu` plus apostrophe, unless that is the whole word.
    private mutating func removeElision() {
        if w.count > 2, "cdjlmnst".unicodeScalars.contains(w[0]), w[1] == "'" {
            w.removeFirst(2)
        } else if w.count > 3, w[0] == "q", w[1] == "u", w[2] == "'" {
            w.removeFirst(3)
        }
    }

    /// Marks `u`/`i` between vowels, `y` next to a vowel and `u` after `q` as consonants;
    /// rewrites `ë`/`ï` as `He`/`Hi`. After a change the same position is examined again
    /// (Snowball `repeat goto`), so `jouaient` becomes `joUaIent`.
    private mutating func markNonVowels() {
        var i = 0
        while i < w.count {
            let c = w[i]
            let hasNext = i + 1 < w.count
            if Self.isVowel(c), hasNext {
                let next = w[i + 1]
                let vowelAfter = i + 2 < w.count && Self.isVowel(w[i + 2])
                if next == "u", vowelAfter { w[i + 1] = "U"; continue }
                if next == "i", vowelAfter { w[i + 1] = "I"; continue }
                if next == "y" { w[i + 1] = "Y"; continue }
            }
            switch c {
            case "ë": w[i] = "H"; w.insert("e", at: i + 1)
            case "ï": w[i] = "H"; w.insert("i", at: i + 1)
            case "y" where hasNext && Self.isVowel(w[i + 1]): w[i] = "Y"
            case "q" where hasNext && w[i + 1] == "u": w[i + 1] = "U"
            default: i += 1
            }
        }
    }

    private mutating func markRegions() {
        let n = w.count
        pV = n
        if n >= 3, Self.isVowel(w[0]), Self.isVowel(w[1]) {
            pV = 3
        } else if starts(with: "par") || starts(with: "col") || starts(with: "tap")
            || (starts(with: "ni") && n > 2 && Self.isVowel(w[2]))
        {
            pV = 3
        } else if let vowel = w.indices.dropFirst().first(where: { Self.isVowel(w[$0]) }) {
            pV = vowel + 1  // after the first vowel that is not the first letter
        }
        p1 = regionStart(after: 0)
        p2 = regionStart(after: p1)
    }

    /// Index after the first non-vowel that follows a vowel, searching from `start`.
    private func regionStart(after start: Int) -> Int {
        var i = start
        while i < w.count, !Self.isVowel(w[i]) { i += 1 }
        while i < w.count, Self.isVowel(w[i]) { i += 1 }
        return min(i + 1, w.count)
    }

    private func starts(with prefix: String) -> Bool {
        var i = 0
        for c in prefix.unicodeScalars {
            guard i < w.count, w[i] == c else { return false }
            i += 1
        }
        return true
    }

    // MARK: - Backward steps (suffixes)

    /// Step 1. Returns false when nothing was removed, or for `-ment` forms that must go on to the
    /// verb steps (those may still have changed the word).
    private mutating func standardSuffix() -> Bool {
        guard let (start, rule) = match(Self.standardSuffixes) else { return false }
        switch rule {
        case .deleteInR2:
            guard start >= p2 else { return false }
            cut(start)
        case .ation:
            guard start >= p2 else { return false }
            cut(start)
            if ends(with: "ic") { deleteOrReplaceIc() }
        case .logie:
            guard start >= p2 else { return false }
            replaceTail(from: start, with: "log")
        case .ution:
            guard start >= p2 else { return false }
            replaceTail(from: start, with: "u")
        case .ence:
            guard start >= p2 else { return false }
            replaceTail(from: start, with: "ent")
        case .ement:
            guard start >= pV else { return false }
            cut(start)
            afterEment()
        case .ite:
            guard start >= p2 else { return false }
            cut(start)
            afterIte()
        case .ive:
            guard start >= p2 else { return false }
            cut(start)
            if ends(with: "at"), w.count - 2 >= p2 {
                cut(w.count - 2)
                if ends(with: "ic") { deleteOrReplaceIc() }
            }
        case .eaux:
            replaceTail(from: start, with: "eau")
        case .aux:
            guard start >= p1 else { return false }
            replaceTail(from: start, with: "al")
        case .oux:
            guard start > 0, "bhjlnp".unicodeScalars.contains(w[start - 1]) else { return false }
            replaceTail(from: start, with: "ou")
        case .euse:
            if start >= p2 { cut(start) } else if start >= p1 { replaceTail(from: start, with: "eux") } else { return false }
        case .issement:
            guard start >= p1, start > 0, !Self.isVowel(w[start - 1]) else { return false }
            cut(start)
        case .amment, .emment:
            if start >= pV { replaceTail(from: start, with: rule == .amment ? "ant" : "ent") }
            return false
        case .ment:
            if start - 1 >= pV, Self.isVowel(w[start - 1]) { cut(start) }
            return false
        }
        return true
    }

    private mutating func afterEment() {
        guard let (start, rule) = match(Self.afterEmentSuffixes) else { return }
        switch rule {
        case .iv:
            guard start >= p2 else { return }
            cut(start)
            if ends(with: "at"), w.count - 2 >= p2 { cut(w.count - 2) }
        case .eus:
            if start >= p2 { cut(start) } else if start >= p1 { replaceTail(from: start, with: "eux") }
        case .ablOrIqU:
            if start >= p2 { cut(start) }
        case .ier:
            if start >= pV { replaceTail(from: start, with: "i") }
        }
    }

    private mutating func afterIte() {
        guard let (start, rule) = match(Self.afterIteSuffixes) else { return }
        switch rule {
        case .abil: if start >= p2 { cut(start) } else { replaceTail(from: start, with: "abl") }
        case .ic: deleteOrReplaceIc()
        case .iv: if start >= p2 { cut(start) }
        }
    }

    /// A final `ic` is deleted in R2, otherwise becomes `iqU`.
    private mutating func deleteOrReplaceIc() {
        let start = w.count - 2
        if start >= p2 { cut(start) } else { replaceTail(from: start, with: "iqU") }
    }

    /// Step 2a: `-ir` verb endings in RV, after a consonant (not `H`) that is also in RV.
    private mutating func iVerbSuffix() -> Bool {
        guard let (start, _) = match(Self.iVerbSuffixes, from: pV), start > pV else { return false }
        let before = w[start - 1]
        guard before != "H", !Self.isVowel(before) else { return false }
        cut(start)
        return true
    }

    /// Step 2b: other verb endings in RV.
    private mutating func verbSuffix() -> Bool {
        guard let (start, rule) = match(Self.verbSuffixes, from: pV) else { return false }
        switch rule {
        case .ions:
            guard start >= p2 else { return false }
            cut(start)
        case .delete:
            cut(start)
        case .deleteWithE:
            cut(start - 1 >= pV && w[start - 1] == "e" ? start - 1 : start)
        case .ais:
            // Not in `palais`, `balais`, `malaise`…, `déplaise`, `mauvais`.
            if ends(with: "al", at: start), start == 3 { return false }
            if ends(with: "épl", at: start) || ends(with: "auv", at: start) { return false }
            cut(start)
        }
        return true
    }

    /// Step 4, when steps 1–2 removed nothing.
    private mutating func residualSuffix() {
        let n = w.count
        if n >= 2, w[n - 1] == "s" {
            let before = w[n - 2]
            if (before == "i" && n >= 3 && w[n - 3] == "H") || !"aiouès".unicodeScalars.contains(before) {
                w.removeLast()
            }
        }
        guard let (start, rule) = match(Self.residualSuffixes, from: pV) else { return }
        switch rule {
        case .ion:
            if start >= p2, start - 1 >= pV, w[start - 1] == "s" || w[start - 1] == "t" { cut(start) }
        case .ier:
            replaceTail(from: start, with: "i")
        case .e:
            cut(start)
        }
    }

    /// Step 5: `-enn`, `-onn`, `-ett`, `-ell`, `-eill` lose their last letter.
    private mutating func undouble() {
        if ends(with: "enn") || ends(with: "onn") || ends(with: "ett") || ends(with: "ell") || ends(with: "eill") {
            w.removeLast()
        }
    }

    /// Step 6: `é`/`è` followed by one or more final non-vowels becomes `e`.
    private mutating func unaccent() {
        var i = w.count
        while i > 0, !Self.isVowel(w[i - 1]) { i -= 1 }
        guard i < w.count, i > 0, w[i - 1] == "é" || w[i - 1] == "è" else { return }
        w[i - 1] = "e"
    }

    /// Turns the marks back into lowercase letters; a lone `H` is dropped.
    private mutating func unmark() {
        let n = w.count
        var read = 0, write = 0
        while read < n {
            var c = w[read]
            read += 1
            switch c {
            case "I": c = "i"
            case "U": c = "u"
            case "Y": c = "y"
            case "H":
                guard read < n, w[read] == "e" || w[read] == "i" else { continue }
                c = w[read] == "e" ? "ë" : "ï"
                read += 1
            default: break
            }
            w[write] = c
            write += 1
        }
        w.removeLast(n - write)
    }

    // MARK: - Helpers

    static func isVowel(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "a", "e", "i", "o", "u", "y", "â", "à", "ë", "é", "ê", "è", "ï", "î", "ô", "û", "ù": true
        default: false
        }
    }

    /// The longest suffix of the table ending the word and starting at or after `floor`.
    private func match<Rule>(_ table: SuffixTable<Rule>, from floor: Int = 0) -> (start: Int, rule: Rule)? {
        for (suffix, rule) in table.entries {
            let start = w.count - suffix.count
            guard start >= floor else { continue }
            if suffix.indices.allSatisfy({ w[start + $0] == suffix[$0] }) { return (start, rule) }
        }
        return nil
    }

    private func ends(with suffix: String, at end: Int? = nil) -> Bool {
        var i = end ?? w.count
        for c in suffix.unicodeScalars.reversed() {
            i -= 1
            guard i >= 0, w[i] == c else { return false }
        }
        return true
    }

    private mutating func cut(_ start: Int) { w.removeLast(w.count - start) }

    private mutating func replaceTail(from start: Int, with text: String) {
        cut(start)
        w.append(contentsOf: text.unicodeScalars)
    }
}
