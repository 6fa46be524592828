import RepereServer
import Testing

@Suite struct RequestPathTests {
    @Test(arguments: [
        ("/", ""), ("/index.html", "index.html"), ("/affectations/", "affectations/"),
        ("/affectations/changer-de-centre/", "affectations/changer-de-centre/"),
        ("/s%C3%A9jour/", "séjour/"), ("/a%20b.png", "a b.png"), ("/_repere/repere.css", "_repere/repere.css"),
    ])
    func sitePathsAreDecoded(raw: String, key: String) {
        #expect(RequestPath.key(for: raw) == key)
    }

    @Test(arguments: [
        "/../etc/passwd", "/a/../../etc/passwd", "/..", "/./index.html", "/a/./b",
        "/%2e%2e/etc/passwd", "/%2E%2E/%2e%2e/x", "/a/%2e%2e/%2e%2e/x", "/.%2e/x",
        "/a%2f..%2f..%2fetc%2fpasswd", "/a%2Fb", "/..%5c..%5cwindows", "/a%00.html", "/a\u{0}b",
        "//etc/passwd", "/a//b", "etc/passwd", "http://evil/x", "", "/%", "/%zz", "/%c3%28",
    ])
    func pathsLeavingTheSiteAreRefused(raw: String) {
        #expect(RequestPath.key(for: raw) == nil)
    }
}
