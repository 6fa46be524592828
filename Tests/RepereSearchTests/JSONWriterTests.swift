@testable import RepereSearch
import RepereSupport
import Testing

@Suite struct JSONWriterTests {
    /// Index files written by hand must have the bytes `IndexFormat.encode` would give.
    @Test func writesWhatTheEncoderWrites() {
        let text = String((0..<0x80).map { Character(Unicode.Scalar(UInt8($0))) }) + "é/œ\u{2028}👍\u{301}"
        let document = IndexFormat.StoredDocument(
            url: "/a/b/", title: text, section: "S", type: "faq", description: "\"d\"",
            sections: [IndexFormat.StoredSection(anchor: "x", heading: "H\\", excerpt: text)])
        var json = JSONWriter()
        json.storedDocument(document)
        #expect(json.bytes == IndexFormat.encode(document))
        var numbers = JSONWriter()
        numbers.array([0, -1, 7, 10, 1_234_567, Int.min + 1]) { $0.int($1) }
        #expect(numbers.bytes == IndexFormat.encode([0, -1, 7, 10, 1_234_567, Int.min + 1]))
    }
}
