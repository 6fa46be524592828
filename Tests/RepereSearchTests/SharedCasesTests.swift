@testable import RepereSearch
import Testing

/// The shared vectors, also checked by `Tests/search-runtime/analysis.test.mjs`.
@Suite struct SharedCasesTests {
    @Test func fixtureHasEnoughCases() throws {
        let cases = try TestData.analysisCases()
        #expect(cases.count >= 60)
        #expect(cases.contains { $0.input.count == 1_000 })
        #expect(cases.filter { $0.offsets != nil }.count >= 5)
        #expect(cases.filter { $0.titleKey != nil }.count >= 4)
    }

    @Test(arguments: try TestData.analysisCases())
    func analyzes(_ testCase: TestData.AnalysisCase) {
        #expect(TextAnalyzer.analyze(testCase.input) == testCase.tokens)
        if let offsets = testCase.offsets {
            let tokens = TextAnalyzer.tokenizeWithOffsets(testCase.input)
            #expect(tokens.map { [$0.start, $0.end] } == offsets)
            #expect(tokens.map(\.term) == testCase.tokens)
        }
        if let key = testCase.titleKey {
            #expect(IndexBuilder.titleKey(TextAnalyzer.analyze(testCase.input)) ?? "" == key)
        }
    }
}
