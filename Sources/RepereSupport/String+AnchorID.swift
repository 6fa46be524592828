import Foundation

extension String {
    /// This `id`, written by an author in HTML, as the page writes it: letters, digits, `-`, `_`
    /// and `.`, each run of spaces a `-`, any other character left out (`Problème-1 :` →
    /// `Problème-1`: an `id` holds no space, and a link written `#Problème-1 :` designates it);
    /// `nil` when nothing is left or it is longer than 200 characters.
    public var asAnchorID: String? {
        guard count <= 200 else { return nil }
        var cleaned = ""
        for character in trimmingCharacters(in: .whitespaces) {
            if character.isWhitespace {
                if cleaned.last != "-" { cleaned.append("-") }
            } else if character.isLetter || character.isNumber || "-_.".contains(character) {
                cleaned.append(character)
            }
        }
        while cleaned.hasSuffix("-"), cleaned.count > 1, !hasSuffix("-") { cleaned.removeLast() }
        return cleaned.isEmpty ? nil : cleaned
    }
}
