import Foundation

/// Files read by the tests, all in this repository: the Snowball reference vocabulary (vendored in
/// `Tests/Fixtures/snowball-french/`, BSD licence) and the fixtures and runtime files.
enum TestData {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let snowballDirectory = repositoryRoot.appendingPathComponent("Tests/Fixtures/snowball-french").path

    static func repositoryFile(_ path: String) throws -> String {
        try String(contentsOf: repositoryRoot.appendingPathComponent(path), encoding: .utf8)
    }

    /// Lines of a reference file; throws, failing the test, when the file is missing.
    static func snowballLines(_ name: String) throws -> [Substring] {
        try String(contentsOfFile: "\(snowballDirectory)/\(name)", encoding: .utf8).split(separator: "\n")
    }

    /// One case of `Tests/Fixtures/analysis-cases.json`.
    struct AnalysisCase: Decodable, Sendable, CustomStringConvertible {
        let input: String
        let tokens: [String]
        let offsets: [[Int]]?
        /// When present, the page-title term of `input` (`IndexBuilder.titleKey`).
        let titleKey: String?
        var description: String { input.count > 40 ? "\(input.prefix(40))… (\(input.count) characters)" : input }
    }

    static func analysisCases() throws -> [AnalysisCase] {
        struct File: Decodable { let cases: [AnalysisCase] }
        let data = try repositoryFile("Tests/Fixtures/analysis-cases.json").data(using: .utf8)!
        return try JSONDecoder().decode(File.self, from: data).cases
    }
}
