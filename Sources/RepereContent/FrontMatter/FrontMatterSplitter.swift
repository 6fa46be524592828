import RepereDiagnostics

/// Separates a Markdown file's YAML front-matter from its body.
///
/// The front-matter is a block between a first line `---` and the next line `---` (or `...`).
/// Line numbers are kept so YAML and Markdown positions can be reported in the file.
public struct FrontMatterSplitter {
    /// The result of a successful split.
    public struct Parts: Sendable, Equatable {
        /// The YAML text between the fences; empty when the file has no front-matter.
        public var yaml: String
        /// Whether the file starts with a front-matter block.
        public var hasFrontMatter: Bool
        /// The Markdown after the closing fence.
        public var body: String
        /// How many file lines precede the body (add it to body line numbers).
        public var bodyLineOffset: Int
    }

    /// Splits `text`, the decoded content of `file` (used in diagnostics).
    ///
    /// - Returns: the parts, or a diagnostic for an unterminated front-matter block.
    public static func split(_ text: String, file: String) -> Result<Parts, DiagnosticFailure> {
        // Lines end at "\n" bytes (as Characters, "\r\n" would be one grapheme hiding the line
        // end); only the lines up to the closing fence are looked at.
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var lineNumber = 0
        var previousLineEnd = lineStart
        var yamlStart = lineStart
        while true {
            let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            let line = utf8[lineStart..<lineEnd]
            if lineNumber == 0 {
                guard isFence(line, closing: false) else {
                    return .success(Parts(yaml: "", hasFrontMatter: false, body: text, bodyLineOffset: 0))
                }
            } else if isFence(line, closing: true) {
                let yaml = lineNumber > 1 ? String(text[yamlStart..<previousLineEnd]) : ""
                let body = lineEnd < utf8.endIndex ? String(text[utf8.index(after: lineEnd)...]) : ""
                return .success(Parts(yaml: yaml, hasFrontMatter: true, body: body, bodyLineOffset: lineNumber + 1))
            }
            guard lineEnd < utf8.endIndex else { break }
            previousLineEnd = lineEnd
            lineStart = utf8.index(after: lineEnd)
            if lineNumber == 0 { yamlStart = lineStart }
            lineNumber += 1
        }
        return .failure(
            DiagnosticFailure(
                .error(
                    "front-matter.unterminated", "front-matter opened with '---' is never closed",
                    at: SourceLocation(file: file, line: 1, column: 1),
                    notes: ["add a line '---' after the last front-matter key"])))
    }

    /// Whether a line is `---` (or `...` to close), ignoring spaces, tabs and carriage returns.
    private static func isFence(_ line: some Sequence<UInt8>, closing: Bool) -> Bool {
        var mark: UInt8 = 0
        var count = 0
        for byte in line where byte != UInt8(ascii: "\r") && byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") {
            guard byte == UInt8(ascii: "-") || (closing && byte == UInt8(ascii: ".")), mark == 0 || byte == mark, count < 3 else { return false }
            mark = byte
            count += 1
        }
        return count == 3
    }
}

/// A single diagnostic that stops the processing of one file (the build goes on with the others).
public struct DiagnosticFailure: Error, Sendable, Equatable {
    public var diagnostic: Diagnostic
    public init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }
}
