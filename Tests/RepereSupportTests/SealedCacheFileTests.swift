import Foundation
import Testing
import RepereSupport

@Suite struct SealedCacheFileTests {
    private func temporaryFile() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("sealed-\(UUID().uuidString)/cache.bin")
    }

    @Test func numbersAndStringsReadBackAsWritten() throws {
        let unsigned: [UInt64] = [0, 1, 127, 128, 300, 1 << 35, .max]
        let signed: [Int64] = [0, -1, 1, -64, 64, .min, .max]
        let strings = ["", "a", "Café au lait", "été/à lire.md", "🙂\n\"quoted\"\u{0}end"]
        var writer = ByteWriter()
        for number in unsigned { writer.write(number) }
        for number in signed { writer.write(signed: number) }
        for text in strings { writer.write(text) }
        writer.write(true)
        writer.write(false)
        var reader = ByteReader(writer.bytes)
        #expect(try unsigned.map { _ in try reader.unsigned() } == unsigned)
        #expect(try signed.map { _ in try reader.signed() } == signed)
        #expect(try strings.map { _ in try reader.string() } == strings)
        #expect(try reader.flag() == true && reader.flag() == false)
        #expect(reader.isAtEnd)
        #expect(throws: ByteReader.Malformed.self) { try reader.unsigned() }
    }

    @Test func damagedBytesThrowInsteadOfTrapping() {
        // A count larger than the bytes left, an endless varint, a flag that is neither 0 nor 1,
        // an index past its table, a string running past the end.
        var huge = ByteWriter()
        huge.write(UInt64.max)
        #expect(throws: ByteReader.Malformed.self) { var r = ByteReader(huge.bytes); _ = try r.count() }
        #expect(throws: ByteReader.Malformed.self) { var r = ByteReader([UInt8](repeating: 0xff, count: 20)); _ = try r.unsigned() }
        #expect(throws: ByteReader.Malformed.self) { var r = ByteReader([2]); _ = try r.flag() }
        #expect(throws: ByteReader.Malformed.self) { var r = ByteReader([5]); _ = try r.index(below: 5) }
        #expect(throws: ByteReader.Malformed.self) { var r = ByteReader([3, 0x61]); _ = try r.string() }
    }

    @Test func aFileReadsBackOnlyWholeAndOfItsOwnKindAndVersion() throws {
        let url = temporaryFile()
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let file = SealedCacheFile(url: url, kind: "test", version: 2)
        #expect(file.read() == nil, "no file yet")
        var payload = ByteWriter()
        payload.write("une valeur")
        payload.write(42 as Int)
        file.write(payload.bytes)
        var reader = try #require(file.read())
        #expect(try reader.string() == "une valeur" && reader.unsigned() == 42 && reader.isAtEnd)

        #expect(SealedCacheFile(url: url, kind: "test", version: 3).read() == nil, "another version")
        #expect(SealedCacheFile(url: url, kind: "other", version: 2).read() == nil, "another kind")
        #expect(SealedCacheFile(url: nil, kind: "test", version: 2).read() == nil, "disabled")

        let bytes = try [UInt8](Data(contentsOf: url))
        for length in 0..<bytes.count {
            try Data(bytes[..<length]).write(to: url)
            #expect(file.read() == nil, "cut at \(length) of \(bytes.count) bytes")
        }
        for position in bytes.indices {
            var damaged = bytes
            damaged[position] ^= 0x20
            try Data(damaged).write(to: url)
            #expect(file.read() == nil, "byte \(position) changed")
        }
        try Data(bytes + [0]).write(to: url)
        #expect(file.read() == nil, "a byte too many")
        try Data("[\"repere-history\", 5]".utf8).write(to: url)
        #expect(file.read() == nil, "a JSON cache of an older format")
    }
}
