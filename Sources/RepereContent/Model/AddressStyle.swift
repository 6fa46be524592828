/// How file and folder names become addresses (`addresses` in `repere.yml`).
public enum AddressStyle: String, Hashable, Sendable, CaseIterable {
    /// Names as they are: `2026-bilan.md` is published at `/2026-bilan/`.
    case repere
    /// As Docusaurus reads them: a number prefix (`05-intro`, `5_intro`, `5. intro`) is left out of
    /// the address and gives the place in the folder, `id:` names a page in its folder, and a file
    /// named like its folder (`guide/guide.md`) is the folder's page.
    case docusaurus

    /// `name` without its number prefix and the prefix's number, as Docusaurus reads them: digits,
    /// then `-`, `_` or `.` (spaces around allowed), then the rest, which starts with neither. A
    /// date or a version (`2026-01-bilan`, `1.2-notes`, `116_117`) has no prefix; nor has any
    /// name in the `repere` style.
    public func numberPrefix(of name: String) -> (name: String, number: Int?) {
        guard self == .docusaurus else { return (name, nil) }
        let scalars = Array(name.unicodeScalars)
        func isDigit(_ i: Int) -> Bool { i < scalars.count && ("0"..."9").contains(scalars[i]) }
        func isSeparator(_ i: Int) -> Bool { i < scalars.count && ["-", "_", "."].contains(scalars[i]) }
        func isSpace(_ i: Int) -> Bool { i < scalars.count && scalars[i].properties.isWhitespace }
        var i = 0
        while isDigit(i) { i += 1 }
        let digits = i
        guard digits > 0, !(isSeparator(i) && isDigit(i + 1)) else { return (name, nil) }
        while isSpace(i) { i += 1 }
        let separators = i
        while isSeparator(i) { i += 1 }
        guard i > separators else { return (name, nil) }
        while isSpace(i) { i += 1 }
        guard i < scalars.count, !isSeparator(i) else { return (name, nil) }
        var rest = String.UnicodeScalarView()
        rest.append(contentsOf: scalars[i...])
        return (String(rest), Int(String(name.unicodeScalars.prefix(digits))))
    }

    /// `name` without its number prefix.
    func withoutNumberPrefix(_ name: String) -> String { numberPrefix(of: name).name }
}
