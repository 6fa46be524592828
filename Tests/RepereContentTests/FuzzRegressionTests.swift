import RepereDiagnostics
import RepereTestSupport
import Testing
@testable import RepereContent

/// Inputs found by `scripts/fuzz` (Tests/Fuzz) that broke a promise, reduced by hand, kept as
/// ordinary tests so that the fix stays.
@Suite struct FuzzRegressionTests {
    /// front-matter target, 2026-12-06: libyaml breaks lines at a lone `\r`, so an unterminated
    /// quoted value in a front-matter full of them was reported at line 61 of an 8-line file. A
    /// lone `\r` now ends a line for Repère too (as in CommonMark): the file has 16 lines.
    @Test func loneCarriageReturnsInFrontMatterKeepErrorsInsideTheFile() throws {
        let text = "---\ntitle: T\ndescription: \"x\r\r\r\r\r\r\r\r\r\ry\n---\nCorps\n"
        let loaded = try ContentLoader(configuration: .init()).load(from: InMemorySource(["a.md": text]))
        let problem = try #require(loaded.diagnostics.first { $0.id == "front-matter.invalid-yaml" })
        #expect(problem.location == SourceLocation(file: "content/a.md", line: 14, column: 1), "\(problem)")  // the closing ---
        #expect(problem.message.hasSuffix("(while scanning a quoted scalar at line 3)"), "\(problem.message)")
    }

    /// front-matter target, 2026-12-06 (1.64 M executions in): Yams traps on a YAML 1.1
    /// sexagesimal integer too large for `Int`, and the whole build stopped. Such a value is now no
    /// number: a string where any value goes, an invalid value where a number is due.
    @Test(arguments: ["222222222222222222:02", "0:0:0:0:0:0:0:0:0:0:0:0", "-9223372036854775807:59"])
    func sexagesimalNumbersTooLargeAreNoNumbers(value: String) throws {
        let text = "---\ntitle: T\norder: \(value)\nkeywords: [\(value)]\nextra: \(value)\n---\nCorps\n"
        let loaded = try ContentLoader(configuration: .init()).load(from: InMemorySource(["a.md": text]))
        let problem = try #require(loaded.diagnostics.first { $0.id == "front-matter.invalid-value" })
        #expect(problem.location == SourceLocation(file: "content/a.md", line: 3, column: 8))
    }

    @Test func sexagesimalNumbersThatFitAreRead() throws {
        let text = "---\ntitle: T\norder: 1:30\n---\nCorps\n"
        let loaded = try ContentLoader(configuration: .init()).load(from: InMemorySource(["a.md": text]))
        #expect(loaded.pages.first { $0.source.rawValue == "a.md" }?.frontMatter.order == 90, "\(loaded.diagnostics)")
    }

    /// markdown target, 2026-12-06: the checker itself read `Character`s, so `<p>` followed by a
    /// combining mark (U+05AF) hid the next tag; browsers tokenize code points, and so does it now.
    @Test func htmlSafetyReadsTagsAsBrowsersDo() {
        #expect(HTMLSafety.violation(in: "<p>\u{5AF}<a href=\"/x\">x</a></p>") == nil)
        #expect(HTMLSafety.violation(in: "<p>\u{5AF}<a href=\"javascript:x\">x</a></p>") == "a dangerous URL 'javascript:x'")
        #expect(HTMLSafety.violation(in: "<p>\u{5AF}<a\u{5AF} onclick=x>x</a></p>") == "an event attribute 'onclick'")
    }

    /// Every break libyaml knows (CR, CRLF, NEL, LS, PS) maps back to the line and column that
    /// count `\n` only.
    @Test func yamlPositionsCountOnlyLineFeeds() {
        let positions = YAMLPositions("a: 1\r\nb: \"x\ry\u{85}z\u{2028}w\"\nc: [\r")
        // YAML lines: 1 `a: 1`, 2 `b: "x`, 3 `y`, 4 `z`, 5 `w"`, 6 `c: [`, 7 (after the last \r).
        #expect(positions.position(line: 1, column: 3) == (1, 3))
        #expect(positions.position(line: 2, column: 4) == (2, 4))
        #expect(positions.position(line: 3, column: 1) == (2, 7))
        #expect(positions.position(line: 4, column: 1) == (2, 9))
        #expect(positions.position(line: 5, column: 2) == (2, 12))
        #expect(positions.position(line: 6, column: 1) == (3, 1))
        #expect(positions.position(line: 7, column: 1) == (3, 6))
        #expect(YAMLPositions("a: 1\r\nb: 2\n").position(line: 2, column: 4) == (2, 4))
    }
}
