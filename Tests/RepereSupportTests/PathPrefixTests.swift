import RepereSupport
import Testing

/// Path prefixes are bytes: the comparison that `hasPrefix` makes by characters fails both ways.
@Suite struct PathPrefixTests {
    /// A name starting with a combining mark joins the `/` before it into one character.
    @Test func aNameStartingWithACombiningMarkIsInsideItsFolder() {
        let path = "/srv/site/\u{1BA2}\u{1E}a"
        #expect(!path.hasPrefix("/srv/site/"), "the character comparison this guards against")
        #expect(path.hasPathPrefix("/srv/site/") && path.isPath(inOrAt: "/srv/site"))
        #expect(path.droppingPathPrefix("/srv/site/") == "\u{1BA2}\u{1E}a")
        #expect("content/\u{301}x.md".droppingPathPrefix("content/") == "\u{301}x.md")
    }

    /// `é` in one code point and `e` + U+0301 are one character but two folders on disk.
    @Test func canonicallyEquivalentFoldersAreDifferentFolders() {
        let decomposed = "/srv/cafe\u{301}/x", precomposed = "/srv/caf\u{E9}"
        #expect(decomposed.hasPrefix(precomposed + "/"), "the character comparison this guards against")
        #expect(!decomposed.isPath(inOrAt: precomposed) && decomposed.droppingPathPrefix(precomposed + "/") == nil)
    }

    @Test func aFolderIsInOrAtItselfButNotItsNamesakes() {
        #expect("/a/b".isPath(inOrAt: "/a/b") && "/a/b/c".isPath(inOrAt: "/a/b"))
        #expect(!"/a/bc".isPath(inOrAt: "/a/b") && !"/a".isPath(inOrAt: "/a/b"))
    }
}
