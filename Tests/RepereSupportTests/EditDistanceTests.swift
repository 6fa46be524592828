import RepereSupport
import Testing

@Suite struct EditDistanceTests {
    @Test(arguments: [
        ("page.orphan", "page.orphan", 0), ("page.orphans", "page.orphan", 1), ("titel", "title", 1),
        ("inscripiton", "inscription", 1), ("", "abc", 3), ("abc", "", 3), ("chat", "chien", 3),
    ])
    func countsInsertionsDeletionsSubstitutionsAndSwaps(a: String, b: String, distance: Int) {
        #expect(EditDistance.between(a, b) == distance)
        #expect(EditDistance.between(b, a) == distance)
    }

    @Test func suggestsOnlyCloseCandidates() {
        let known = ["title", "description", "base_url"]
        #expect(EditDistance.closest(to: "titel", in: known) == "title")
        #expect(EditDistance.closest(to: "baseurl", in: known) == "base_url")
        #expect(EditDistance.closest(to: "couleur", in: known) == nil)
    }
}
