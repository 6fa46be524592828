import Foundation
import RepereContent
import RepereRender
@testable import RepereServer
import RepereIncremental
import RepereSite
import RepereTestSupport
import Testing

/// Holds a build at its end until released, when armed.
private final class Gate: @unchecked Sendable {
    let lock = NSLock()
    var armed = 0
    let arrived = DispatchSemaphore(value: 0)
    let release = DispatchSemaphore(value: 0)
    func arm() { lock.lock(); armed += 1; lock.unlock() }
    func pass() {
        lock.lock(); let a = armed > 0; if a { armed -= 1 }; lock.unlock()
        if a { arrived.signal(); release.wait() }
    }
    func waitArrived() async {
        await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
            DispatchQueue.global().async { self.arrived.wait(); c.resume() }
        }
    }
}

@Suite struct RebuildQueueTests {
    private static let files = [
        "repere.yml": "base_url: https://x.fr/\n",
        "content/faq/_section.md": "---\ntitle: Questions\n---\nLes questions fréquentes.\n",
        "content/faq/q1.md": "---\ntitle: Première question\ntype: faq\n---\nRéponse courte.\n",
        "content/faq/q2.md": "---\ntitle: Seconde question\ntype: faq\n---\nAutre réponse.\n",
        "content/guide.md": "---\ntitle: Guide\n---\nTexte.\n",
    ]
    /// A build published while a preview renders must not replace the model that preview
    /// builds on: the next preview would show the earlier edit's old text. The build is let go
    /// 30 ms into the preview of a long page, so that it publishes while that preview renders
    /// (on a very slow machine the interleaving may not happen, and the test passes anyway).
    @Test func aBuildFinishingDuringAPreviewDoesNotLoseIt() async throws {
        let folder = TemporaryDirectory()
        let project = folder.url
        try folder.write(Self.files)
        let cache = SessionCache()
        let gate = Gate()
        let build: RebuildQueue.Build = {
            do {
                let (config, problems) = try Project.configuration(in: project)
                let options = BuildOptions(projectDirectory: project, configuration: config)
                let outcome = try BuildPipeline(options: options).run(.memory(session: cache), extraDiagnostics: problems)
                gate.pass()
                return .success((SiteSnapshot(tree: outcome.tree!, contentDirectory: options.contentDirectory), outcome))
            } catch { return .failure(.init(text: "\(error)")) }
        }
        let hub = LiveReloadHub(snapshot: SiteSnapshot(tree: OutputTree(), contentDirectory: project))
        let queue = RebuildQueue(hub: hub, cache: cache, onEvent: { _ in }, build: build)
        await queue.request([], since: .now)
        await queue.settle()

        // Edit 2 (guide): its build computes, then waits at the gate.
        gate.arm()
        try folder.write(["content/guide.md": "---\ntitle: Guide\n---\nTexte revu.\n"])
        await queue.request([.content], since: .now)
        await gate.waitArrived()

        // Edit 3: q1 with a long body (slow to preview); the build of edit 2 is let go meanwhile.
        let long = (0..<40000).map { "Paragraphe \($0) avec du *texte* et [un lien](https://x.fr/\($0))." }.joined(separator: "\n\n")
        try folder.write(["content/faq/q1.md": "---\ntitle: Première question\ntype: faq\n---\nMARQUEUR-Q1.\n\n\(long)\n"])
        gate.arm()  // the build of edit 3 (which follows) waits too
        await queue.note([.content], since: .now)
        let previewing = Task { await queue.preview(edited: ["faq/q1.md"], since: .now) }
        try await Task.sleep(for: .milliseconds(30))
        gate.release.signal()
        await previewing.value
        let afterQ1 = String(decoding: await hub.snapshot.bytes(at: "faq/index.html") ?? [], as: UTF8.self)
        #expect(afterQ1.contains("MARQUEUR-Q1"))

        // Edit 4: q2, previewed while the build of edit 3 waits at the gate.
        try folder.write(["content/faq/q2.md": "---\ntitle: Seconde question\ntype: faq\n---\nAutre réponse revue.\n"])
        await queue.note([.content], since: .now)
        await queue.preview(edited: ["faq/q2.md"], since: .now)
        let shown = String(decoding: await hub.snapshot.bytes(at: "faq/index.html") ?? [], as: UTF8.self)
        #expect(shown.contains("Autre réponse revue"))
        #expect(shown.contains("MARQUEUR-Q1"), "the section page shows q1 as edit 3 left it")
        gate.release.signal()
        await queue.settle()
    }
}
