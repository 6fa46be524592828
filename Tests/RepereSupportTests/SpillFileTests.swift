import Foundation
import RepereSupport
import Testing

@Suite struct SpillFileTests {
    @Test func textReadsBackAsAppended() throws {
        let spill = try #require(SpillFile())
        let texts = ["", "a", "Café « été » 🙂\n<p>\u{0}</p>", String(repeating: "long é ", count: 200_000)]
        let places = try texts.map { try #require(spill.append($0.utf8)) }
        #expect(places.map(\.count) == texts.map(\.utf8.count))
        #expect(places.map { spill.text(at: $0) } == texts)
        #expect(places[3].lowerBound == places[2].upperBound, "appended one after the other")
    }

    /// Appends from many threads at once each get their own place.
    @Test func concurrentAppendsKeepEveryText() throws {
        let spill = try #require(SpillFile())
        let texts = (0..<2_000).map { "page \($0) " + String(repeating: "x", count: $0 % 97) }
        let places = texts.parallelMap { spill.append($0.utf8) }
        #expect(places.map { $0.flatMap(spill.text(at:)) } == texts)
    }

    /// The file is unlinked as soon as it is made: nothing is left in its folder, even while in use.
    @Test func leavesNoFileBehind() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let spill = try #require(SpillFile(folder: folder.path))
        _ = spill.append("texte".utf8)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func aFolderThatCannotHoldItGivesNone() {
        #expect(SpillFile(folder: "/nonexistent-\(UUID().uuidString)") == nil)
        #expect(SpillFile(folder: "/proc") == nil)
    }

    /// Reading past what was written fails instead of returning fewer bytes.
    @Test func aRangeBeyondTheFileIsNotRead() throws {
        let spill = try #require(SpillFile())
        let place = try #require(spill.append("abc".utf8))
        #expect(spill.text(at: place.lowerBound..<(place.upperBound + 1)) == nil)
    }

    @Test func spillableBytesAreSpilledWhenTheyCanBe() throws {
        let spill = try #require(SpillFile())
        let bytes = Array("index « été »".utf8) + [0, 255]
        let placed = SpillableBytes(bytes, spillingTo: spill)
        guard case .spilled = placed else { Issue.record("held though a spill file was given"); return }
        #expect(placed.bytes == bytes)
        let held = SpillableBytes(bytes, spillingTo: nil)
        guard case .held = held else { Issue.record("spilled without a spill file"); return }
        #expect(held.bytes == bytes)
    }
}
