/// Removes what identifies a person from free text that readers typed (feedback comments,
/// search queries): e-mail addresses and French phone numbers. SNUpport's feedback form asks
/// readers not to write personal data; some do anyway.
enum PersonalData {
    static let emailMark = "[courriel retiré]"
    static let phoneMark = "[téléphone retiré]"

    /// The text with addresses and numbers replaced, and how many were.
    static func redact(_ text: String) -> (text: String, count: Int) {
        guard text.unicodeScalars.contains(where: { $0 == "@" || ("0"..."9").contains($0) }) else { return (text, 0) }
        var scalars = Array(text.unicodeScalars)
        var count = 0
        count += replaceEmails(&scalars)
        count += replacePhones(&scalars)
        return (String(String.UnicodeScalarView(scalars)), count)
    }

    private static func isLocal(_ c: Unicode.Scalar) -> Bool {
        c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c) || "._%+-".unicodeScalars.contains(c))
    }

    private static func isDomain(_ c: Unicode.Scalar) -> Bool {
        c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "." || c == "-")
    }

    private static func replaceEmails(_ s: inout [Unicode.Scalar]) -> Int {
        var count = 0
        var i = 0
        while i < s.count {
            guard s[i] == "@" else { i += 1; continue }
            var start = i
            while start > 0, isLocal(s[start - 1]) { start -= 1 }
            var end = i + 1
            while end < s.count, isDomain(s[end]) { end += 1 }
            while end > i + 1, s[end - 1] == "." || s[end - 1] == "-" { end -= 1 }
            let domain = s[(i + 1)..<end]
            let tld = domain.split(separator: ".").last ?? []
            if start < i, domain.contains("."), tld.count >= 2, tld.allSatisfy({ $0.properties.isAlphabetic }) {
                s.replaceSubrange(start..<end, with: emailMark.unicodeScalars)
                i = start + emailMark.unicodeScalars.count
                count += 1
            } else {
                i += 1
            }
        }
        return count
    }

    /// `06 12 34 56 78`, `06.12.34.56.78`, `0612345678`, `+33 6 12 34 56 78`, `0033612345678`.
    private static func replacePhones(_ s: inout [Unicode.Scalar]) -> Int {
        func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }
        var count = 0
        var i = 0
        while i < s.count {
            let startsHere = (isDigit(s[i]) || s[i] == "+") && (i == 0 || !(isDigit(s[i - 1]) || s[i - 1].properties.isAlphabetic))
            guard startsHere else { i += 1; continue }
            var digits: [Unicode.Scalar] = []
            var j = i
            if s[j] == "+" { j += 1 }
            var end = j
            while j < s.count {
                if isDigit(s[j]) {
                    digits.append(s[j])
                    j += 1
                    end = j
                } else if (s[j] == " " || s[j] == "." || s[j] == "-" || s[j] == "\u{A0}"), j + 1 < s.count, isDigit(s[j + 1]), !digits.isEmpty {
                    j += 1
                } else {
                    break
                }
            }
            let text = String(String.UnicodeScalarView(digits))
            let isPhone = (digits.count == 10 && text.hasPrefix("0") && !text.hasPrefix("00"))
                || (digits.count == 11 && text.hasPrefix("33") && s[i] == "+")
                || (digits.count == 13 && text.hasPrefix("0033"))
            if isPhone && (end == s.count || !(isDigit(s[end]) || s[end].properties.isAlphabetic)) {
                s.replaceSubrange(i..<end, with: phoneMark.unicodeScalars)
                i += phoneMark.unicodeScalars.count
                count += 1
            } else {
                i = max(end, i + 1)
            }
        }
        return count
    }
}
