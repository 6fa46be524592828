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
