import Testing
@testable import RepereContent

@Suite struct ContentPathTests {
    @Test(arguments: [
        ("bus.md", "transport", "transport/bus.md"),
        ("./bus.md", "transport", "transport/bus.md"),
        ("../affectations/changer.md", "transport", "affectations/changer.md"),
        ("../../a.md", "b/c", "a.md"),
        ("x//y/./z.md", "", "x/y/z.md"),
        ("/sejour/menu.md", "transport/bus", "sejour/menu.md"),
        ("../é t/à.md", "dossier/sous", "dossier/é t/à.md"),
        ("..", "a", ""),
    ])
    func resolvingJoinsAndClimbs(relative: String, directory: String, expected: String) {
        #expect(ContentPath.resolving(relative, in: directory)?.rawValue == expected)
    }

    @Test func resolvingRefusesToLeaveTheContentFolder() {
        #expect(ContentPath.resolving("../a.md", in: "") == nil)
        #expect(ContentPath.resolving("../../a.md", in: "b") == nil)
        #expect(ContentPath.resolving("/../a.md", in: "b") == nil)
    }
}

/// Site paths as authors write them in aliases and absolute links.
@Suite struct SitePathTests {
    @Test(arguments: [
        ("/guide/intro", "/guide/intro/", "guide/intro/index.html"),
        ("/guide/./a/../intro/", "/guide/intro/", "guide/intro/index.html"),
        ("/fichiers/guide.pdf", "/fichiers/guide.pdf", "fichiers/guide.pdf"),
        // A final `/` makes a folder's address even with a dot in its name (a file before).
        ("/data.gouv.fr/", "/data.gouv.fr/", "data.gouv.fr/index.html"),
        ("/v1.2/page/", "/v1.2/page/", "v1.2/page/index.html"),
        ("/", "/", "index.html"),
    ])
    func anAuthorsPathIsNormalized(written: String, path: String, file: String) throws {
        let normalized = try #require(SitePath.normalizing(written))
        #expect(normalized.rawValue == path)
        #expect(normalized.outputFile == file)
    }

    @Test func aPathClimbingAboveTheRootOrRelativeIsNone() {
        #expect(SitePath.normalizing("/../x/") == nil)
        #expect(SitePath.normalizing("x/") == nil)
    }
}
