import RepereDiagnostics
import Yams

/// Separates a Markdown file's YAML front-matter from its body.
///
/// The front-matter is a block between a first line `---` and the next line `---` (or `...`),
/// or Hugo's TOML between two lines `+++` (``TOMLFrontMatter``, given as the same YAML).
/// Line numbers are kept so YAML and Markdown positions can be reported in the file.
public struct FrontMatterSplitter {
    /// The result of a successful split.
    public struct Parts: Sendable, Equatable {
        /// The YAML text between the fences (TOML's written as YAML, line for line); empty when
        /// the file has no front-matter.
        public var yaml: String
        /// Whether the file starts with a front-matter block.
        public var hasFrontMatter: Bool
        /// The Markdown after the closing fence.
        public var body: String
        /// How many file lines precede the body (add it to body line numbers).
        public var bodyLineOffset: Int
        /// Whether the block is never closed and the whole file after `---` was read as its YAML
        /// (as gray-matter reads it: VitePress, Docusaurus).
        public var isUnclosed = false
    }

    /// Splits `text`, the decoded content of `file` (used in diagnostics).
    ///
    /// - Returns: the parts, or a diagnostic for an unterminated front-matter block.
    public static func split(_ text: String, file: String) -> Result<Parts, DiagnosticFailure> {
        // Work on UTF-8 bytes (as Characters, "\r\n" is one grapheme and would hide line ends),
        // and stop at the closing fence: the body is never scanned.
        let bytes = text.utf8
        var lineStart = bytes.startIndex
        var lineNumber = 0
        var yamlStart: String.Index?
        var isTOML = false
        while lineStart < bytes.endIndex {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            let next = lineEnd < bytes.endIndex ? bytes.index(after: lineEnd) : lineEnd
            lineNumber += 1
            let line = bytes[lineStart..<lineEnd]
            if lineNumber == 1 {
                isTOML = isFence(line, "+++")
                guard isTOML || isFence(line, "---") else { break }
                yamlStart = next
            } else if let start = yamlStart, isTOML ? isFence(line, "+++") : isFence(line, "---") || isFence(line, "...") {
                let frontMatter = String(text[start..<lineStart])
                return .success(
                    Parts(
                        yaml: isTOML ? TOMLFrontMatter.yaml(from: frontMatter) : frontMatter, hasFrontMatter: true,
                        body: String(text[next...]), bodyLineOffset: lineNumber))
            }
            lineStart = next
        }
        guard let yamlStart else {
            return .success(Parts(yaml: "", hasFrontMatter: false, body: text, bodyLineOffset: 0))
        }
        // All the rest a YAML mapping (a VitePress home page of `hero:` and `features:` only): the
        // front-matter, and no text.
        let rest = String(text[yamlStart...])
        if !isTOML, case .mapping? = (try? Yams.compose(yaml: rest)) ?? nil {
            return .success(Parts(yaml: rest, hasFrontMatter: true, body: "", bodyLineOffset: lineNumber, isUnclosed: true))
        }
        return .failure(
            DiagnosticFailure(
                Diagnostic(
                    .frontMatterUnterminated, "front-matter opened with '\(isTOML ? "+++" : "---")' is never closed",
                    at: SourceLocation(file: file, line: 1, column: 1),
                    notes: ["add a line '\(isTOML ? "+++" : "---")' after the last front-matter key"])))
    }

    /// Whether a line is `fence`, ignoring trailing spaces and `\r`.
    private static func isFence(_ line: Substring.UTF8View, _ fence: String) -> Bool {
        var end = line.endIndex
        while end > line.startIndex {
            let previous = line.index(before: end)
            guard [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r")].contains(line[previous]) else { break }
            end = previous
        }
        let trimmed = line[line.startIndex..<end]
        return trimmed.elementsEqual(fence.utf8)
    }
}

/// A single diagnostic that stops the processing of one file (the build goes on with the others).
public struct DiagnosticFailure: Error, Sendable, Equatable {
    public var diagnostic: Diagnostic
    public init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }
}
