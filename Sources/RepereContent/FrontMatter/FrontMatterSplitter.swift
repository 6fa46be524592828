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
        // Work on scalars: as Characters, "\r\n" is one grapheme and would hide the line ends.
        let scalars = text.unicodeScalars
        var lines: [Range<String.UnicodeScalarView.Index>] = []
        var lineStart = scalars.startIndex
        for i in scalars.indices where scalars[i] == "\n" {
            lines.append(lineStart..<i)
            lineStart = scalars.index(after: i)
        }
        lines.append(lineStart..<scalars.endIndex)
        func line(_ n: Int) -> Substring { Substring(scalars[lines[n]]) }

        guard isFence(line(0), closing: false) else {
            return .success(Parts(yaml: "", hasFrontMatter: false, body: text, bodyLineOffset: 0))
        }
        for n in 1..<lines.count where isFence(line(n), closing: true) {
            let yaml = n > 1 ? String(scalars[lines[1].lowerBound..<lines[n - 1].upperBound]) : ""
            let body = n + 1 < lines.count ? String(scalars[lines[n + 1].lowerBound...]) : ""
            return .success(Parts(yaml: yaml, hasFrontMatter: true, body: body, bodyLineOffset: n + 1))
        }
        return .failure(
            DiagnosticFailure(
                .error(
                    "front-matter.unterminated", "front-matter opened with '---' is never closed",
                    at: SourceLocation(file: file, line: 1, column: 1),
                    notes: ["add a line '---' after the last front-matter key"])))
    }

    private static func isFence(_ line: Substring, closing: Bool) -> Bool {
        let bare = line.unicodeScalars.filter { $0 != "\r" && $0 != " " && $0 != "\t" }
        let s = String(String.UnicodeScalarView(bare))
        return s == "---" || (closing && s == "...")
    }
}

/// A single diagnostic that stops the processing of one file (the build goes on with the others).
public struct DiagnosticFailure: Error, Sendable, Equatable {
    public var diagnostic: Diagnostic
    public init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }
}
