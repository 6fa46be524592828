import RepereContent
import Testing

@Suite struct AddressStyleTests {
    /// Docusaurus' number prefixes: digits, a separator, the rest; a date or a version has none.
    @Test(arguments: [
        ("5_external-integrations", "external-integrations", 5), ("05-intro", "intro", 5), ("5. Intro", "Intro", 5),
        ("003 - mon doc", "mon doc", 3), ("0_hardware", "hardware", 0), ("2026-bilan", "bilan", 2026),
        ("2026-01-bilan", "2026-01-bilan", nil), ("1.2-notes", "1.2-notes", nil), ("116_117", "116_117", nil),
        ("0_1_recommended-hardware", "0_1_recommended-hardware", nil), ("5", "5", nil), ("5-", "5-", nil), ("5--_x", "x", 5),
        ("5 - ", "5 - ", nil), ("guide", "guide", nil), ("v2-guide", "v2-guide", nil),
    ] as [(String, String, Int?)])
    func docusaurusLeavesOutANumberPrefix(name: String, rest: String, number: Int?) {
        let split = AddressStyle.docusaurus.numberPrefix(of: name)
        #expect(split.name == rest && split.number == number)
        #expect(AddressStyle.repere.numberPrefix(of: name) == (name, nil))
    }
}
