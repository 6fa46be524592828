import RepereRender
import RepereSupport
import Testing

/// A build written to disk keeps its pages' rendered Markdown in a spill file, not in memory.
@Suite struct RenderedBodiesTests {
    private let bodies = [
        RenderedBody(html: "<p>Bonjour « été »</p>", accordionHTML: nil),
        RenderedBody(html: "<h2 id=\"q\">Q</h2>", accordionHTML: "<h3 id=\"faq-q\">Q</h3>"),
        RenderedBody(html: "", accordionHTML: ""),
    ]

    @Test func spilledBodiesReadBackAsMadeAndNoneIsHeld() throws {
        let spill = try #require(SpillFile())
        let store = RenderedBodies(entries: bodies.map { RenderedBodies.place($0, in: spill) }, spill: spill)
        #expect(store.heldCount == 0)
        #expect((0..<store.count).map { store[$0] } == bodies)
    }

    @Test func withoutASpillFileBodiesAreHeld() {
        let store = RenderedBodies(entries: bodies.map { RenderedBodies.place($0, in: nil) }, spill: nil)
        #expect(store.heldCount == bodies.count)
        #expect((0..<store.count).map { store[$0] } == bodies)
    }

    /// `serve` replaces an edited page's body: the new one is held, the others stay spilled.
    @Test func aReplacedBodyIsHeld() throws {
        let spill = try #require(SpillFile())
        var store = RenderedBodies(entries: bodies.map { RenderedBodies.place($0, in: spill) }, spill: spill)
        store[1] = RenderedBody(html: "<p>Nouveau</p>", accordionHTML: nil)
        #expect(store.heldCount == 1)
        #expect(store[1].html == "<p>Nouveau</p>" && store[0] == bodies[0])
    }
}
