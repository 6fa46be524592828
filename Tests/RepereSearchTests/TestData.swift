import Foundation

/// Files read by the tests: the Snowball reference vocabulary (in `../shared/data/snowball-french/`
/// beside the clone, else `/work/shared/…`) and the fixtures and runtime files of this repository.
enum TestData {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let snowballDirectory: String = {
        let beside = repositoryRoot.appendingPathComponent("../shared/data/snowball-french").standardizedFileURL.path
        return FileManager.default.fileExists(atPath: beside) ? beside : "/work/shared/data/snowball-french"
    }()

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
        var description: String { input.count > 40 ? "\(input.prefix(40))… (\(input.count) characters)" : input }
    }

    static func analysisCases() throws -> [AnalysisCase] {
        struct File: Decodable { let cases: [AnalysisCase] }
        let data = try repositoryFile("Tests/Fixtures/analysis-cases.json").data(using: .utf8)!
        return try JSONDecoder().decode(File.self, from: data).cases
    }
}
