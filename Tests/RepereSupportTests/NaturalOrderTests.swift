import RepereSupport
import Testing

/// Titles sorted as people sort them: numbers read as numbers.
@Suite struct NaturalOrderTests {
    @Test func numbersAreReadAsNumbers() {
        let titles = ["partie-10", "partie-2", "partie-1", "0-10-0", "0-2-0", "annexe", "partie-02", "partie"]
        #expect(titles.sorted { $0.naturallyPrecedes($1) } == ["0-2-0", "0-10-0", "annexe", "partie", "partie-1", "partie-2", "partie-02", "partie-10"])
        #expect(!"a".naturallyPrecedes("a") && "a".naturallyPrecedes("b") && "9".naturallyPrecedes("10"))
        #expect(String(repeating: "9", count: 40).naturallyPrecedes("1" + String(repeating: "0", count: 40)), "no overflow")
    }
}
