import RepereContent
import RepereDiagnostics
import RepereTestSupport

/// Front-matter splitting and YAML decoding, directly and through the content loader (which
/// also checks UTF-8 and builds the page). Promise: every diagnostic points inside the file,
/// whose lines end at `\n`, `\r\n` or a lone `\r`.
enum FrontMatterTarget {
    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        let text = String(fuzzInput: bytes)
        let lineCount = lineEnds(in: bytes) + 1
        var diagnostics: [Diagnostic] = []
        switch FrontMatterSplitter.split(text, file: "a.md") {
        case .success(let parts):
            diagnostics += FrontMatter.decode(yaml: parts.yaml, file: "a.md", lineOffset: parts.hasFrontMatter ? 1 : 0).1
        case .failure(let failure):
            diagnostics.append(failure.diagnostic)
        }
        let source = InMemorySource(bytes: ["s/_section.md": Array("---\ntitle: S\n---\n".utf8), "s/a.md": Array(bytes)])
        if let loaded = try? ContentLoader(configuration: .init()).load(from: source) {
            diagnostics += loaded.diagnostics.filter { $0.location?.file.hasSuffix("a.md") == true }
        }
        for diagnostic in diagnostics {
            guard let location = diagnostic.location else { continue }
            require((1...lineCount).contains(location.line) && location.column >= 1, "\(diagnostic) outside the file")
        }
    }

    /// How many `\n` and lone `\r` the bytes hold.
    private static func lineEnds(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.indices.count { index in
            bytes[index] == UInt8(ascii: "\n")
                || (bytes[index] == UInt8(ascii: "\r") && (index + 1 == bytes.count || bytes[index + 1] != UInt8(ascii: "\n")))
        }
    }
}
