import Foundation
import RepereSearch

/// The French analyser of the search index. Promises: tokens are non-empty, their UTF-16 ranges
/// lie inside the text in order, and `analyze` gives the tokens of `tokenizeWithOffsets`. With
/// `REPERE_FUZZ_TOKENS=FILE`, each input's text and tokens are appended to FILE as a JSON line,
/// for `scripts/fuzz-compare-analysis.mjs` to compare with the browser's `analysis.mjs`.
enum AnalyzerTarget {
    struct Line: Encodable {
        var text: String
        var tokens: [String]
    }

    nonisolated(unsafe) static let output: FileHandle? = ProcessInfo.processInfo.environment["REPERE_FUZZ_TOKENS"].flatMap {
        FileManager.default.createFile(atPath: $0, contents: nil)
        return FileHandle(forWritingAtPath: $0)
    }

    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        let text = String(fuzzInput: bytes)
        let withOffsets = TextAnalyzer.tokenizeWithOffsets(text)
        let length = text.utf16.count
        var previousEnd = 0
        for token in withOffsets {
            require(!token.term.isEmpty, "empty token in '\(text)'")
            require(previousEnd <= token.start && token.start < token.end && token.end <= length, "range of '\(token.term)' in '\(text)'")
            previousEnd = token.end
        }
        let tokens = TextAnalyzer.analyze(text)
        require(tokens == withOffsets.map(\.term), "analyze and tokenizeWithOffsets disagree on '\(text)'")
        if let output, let json = try? JSONEncoder().encode(Line(text: text, tokens: tokens)) {
            output.write(json + Data("\n".utf8))
        }
    }
}
