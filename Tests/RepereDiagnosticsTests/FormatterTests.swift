import Testing
@testable import RepereDiagnostics

@Suite struct FormatterTests {
    let report = DiagnosticReport([
        Diagnostic(.imageMissingAlt, "image has no alternative text", at: SourceLocation(file: "content/b.md", line: 3, column: 1)),
        Diagnostic(.linkBroken, "link target 'centre.md' does not exist", at: SourceLocation(file: "content/a.md", line: 14, column: 22),
            notes: ["did you mean 'centres.md'?"]),
    ])

    @Test func textIsCompilerStyleSortedWithSummary() {
        #expect(TextFormatter().format(report) == """
            content/a.md:14:22: error: link target 'centre.md' does not exist [link.broken]
            content/a.md:14:22: note: did you mean 'centres.md'?
            content/b.md:3:1: warning: image has no alternative text [image.missing-alt]
            1 error, 1 warning

            """)
    }

    @Test func textIsEmptyWhenClean() {
        #expect(TextFormatter().format(DiagnosticReport([])) == "")
    }

    @Test func colourIsOnlyAddedWhenAsked() {
        #expect(TextFormatter(colored: true).format(report).contains("\u{1B}[1;31merror\u{1B}[0m"))
        #expect(!TextFormatter(colored: false).format(report).contains("\u{1B}"))
    }

    @Test func githubAnnotationsEscapeDataAndProperties() {
        let r = DiagnosticReport([Diagnostic(.linkBroken, "a, b: 100%\nnext", at: SourceLocation(file: "content/a,b.md", line: 2, column: 5))])
        #expect(GitHubActionsFormatter().format(r) == "::error file=content/a%2Cb.md,line=2,col=5,title=link.broken::a, b: 100%25%0Anext\n")
    }

    @Test func jsonIsStableAndComplete() {
        #expect(JSONFormatter().format(report) == """
            {
              "diagnostics" : [
                {
                  "column" : 22,
                  "file" : "content/a.md",
                  "id" : "link.broken",
                  "line" : 14,
                  "message" : "link target 'centre.md' does not exist",
                  "notes" : [
                    "did you mean 'centres.md'?"
                  ],
                  "severity" : "error"
                },
                {
                  "column" : 1,
                  "file" : "content/b.md",
                  "id" : "image.missing-alt",
                  "line" : 3,
                  "message" : "image has no alternative text",
                  "notes" : [

                  ],
                  "severity" : "warning"
                }
              ],
              "errors" : 1,
              "version" : 1,
              "warnings" : 1
            }

            """)
    }

    @Test func strictPromotesWarningsAndFails() {
        let warnings = DiagnosticReport([Diagnostic("x.y", .warning, "w", at: SourceLocation(file: "a"))])
        #expect(!warnings.isFailure(strict: false))
        #expect(warnings.isFailure(strict: true))
        #expect(warnings.promotingWarnings().errorCount == 1)
    }
}
