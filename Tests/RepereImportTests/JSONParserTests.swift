import RepereDiagnostics
import Testing
@testable import RepereImport

@Suite struct JSONParserTests {
    func parse(_ text: String) throws -> JSONValue {
        var parser = JSONParser(bytes: Array(text.utf8))
        return try parser.parseValue()
    }

    @Test func readsEveryKindOfValueWithMembersInFileOrder() throws {
        let value = try parse(#"{"b": [1, -2.5e3, true, false, null], "a": "x", "b2": {}}"#)
        let object = try #require(value.object)
        #expect(object.keys == ["b", "a", "b2"])
        #expect(object["b"] == .array([.number(1), .number(-2500), .bool(true), .bool(false), .null]))
        #expect(object["a"] == .string("x"))
        #expect(object["b2"] == .object(JSONObject([])))
    }

    @Test func decodesEscapesSurrogatePairsAndKeepsRawUnicode() throws {
        #expect(try parse(#""a\"b\\c\/d\n\t\u00e9\ud83c\udf89 é 🎉\u00a0""#) == .string("a\"b\\c/d\n\té🎉 é 🎉\u{A0}"))
        #expect(try parse(#""\ud800x""#) == .string("\u{FFFD}x"))
    }

    @Test func syntaxErrorsHaveTheirLineAndColumn() {
        for (text, message, line, column) in [
            ("{\n  \"a\": 1,\n  \"b\" 2\n}", "expected ':' after a member name, found '2'", 3, 7),
            ("[1, 2,]", "expected a value, found ']'", 1, 7),
            ("{\"é\": tru}", "expected a value, found 't'", 1, 7),
            ("\"abc", "unterminated string, found the end of the file", 1, 5),
            ("\"a\u{01}\"", "unescaped control character in a string, found a control character", 1, 3),
            ("012", "a number may not start with 0, found '1'", 1, 2),
            ("{\"a\": \"\\x\"}", "invalid escape in a string, found 'x'", 1, 9),
        ] {
            var parser = JSONParser(bytes: Array(text.utf8))
            #expect(throws: JSONSyntaxError(message: message, line: line, column: column)) { try parser.parseValue() }
        }
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let text = String(repeating: "[", count: 100_000)
        var parser = JSONParser(bytes: Array(text.utf8))
        #expect(throws: JSONSyntaxError.self) { try parser.parseValue() }
    }

    @Test func jsonLinesGiveEachRecordItsLineAndEveryBadLineAnError() {
        let text = """
            {"a": 1}

            {"a": 2
            {"a": 3}
            {"a":
              4}
            not json
            """
        let (records, diagnostics) = ExportReader.read(Array(text.utf8), file: "kb.json")
        #expect(records.map(\.line) == [1, 4, 5])
        #expect(diagnostics.map { "\($0.location!.line):\($0.location!.column) \($0.message)" } == [
            "4:1 not JSON: expected ',' or '}' after a member, found '{'",
            "7:1 not JSON: expected a value, found 'n'",
        ])
        #expect(diagnostics.allSatisfy { $0.id == DiagnosticKind.importInvalidJSON.id && $0.severity == .error })
    }

    @Test func anArrayGivesEachElementTheLineItStartsOn() {
        let text = "\u{FEFF}[\n  {\"a\": 1},\n  {\n    \"a\": 2\n  }\n]\n"
        let (records, diagnostics) = ExportReader.read(Array(text.utf8), file: "kb.json")
        #expect(diagnostics.isEmpty)
        #expect(records.map(\.line) == [2, 3])
    }

    @Test func anEmptyOrNonUTF8FileIsOneError() {
        let (_, empty) = ExportReader.read(Array("  \n".utf8), file: "kb.json")
        #expect(empty.map(\.message) == ["the export is empty"])
        let (_, binary) = ExportReader.read([0x7B, 0xFF, 0xFE, 0x7D], file: "kb.json")
        #expect(binary.map(\.message) == ["the export is not UTF-8 text"])
        let (_, trailing) = ExportReader.read(Array("[{}] x".utf8), file: "kb.json")
        #expect(trailing.map(\.message) == ["not JSON: expected the end of the file after the array, found 'x'"])
    }
}
