import Foundation
import RepereTestSupport
import Testing

@Suite struct ChangesCommandTests {
    func repository() throws -> FixtureRepository {
        let repo = try FixtureRepository()
        try repo.write("repere.yml", "title: Aide\nbase_url: https://aide.exemple.fr/\n")
        try repo.write("content/a.md", "---\ntitle: A\ndescription: Première page.\n---\n")
        try repo.commit("Page A", at: 0)
        try repo.write("content/b.md", "---\ntitle: B\ndescription: Deuxième page.\n---\n[A](a.md)\n")
        try repo.commit("Page B", at: 10 * 86_400)
        return repo
    }

    @Test func printsANewsletterReadyListAndJSON() throws {
        let repo = try repository()
        let url = URL(fileURLWithPath: repo.path)
        let markdown = try RepereProcess.run(["changes", "--since", "HEAD~1"], in: url)
        #expect(markdown.status == 0)
        #expect(markdown.stdout == """
            ## Aide : les nouveautés du 14 novembre 2023 au 24 novembre 2023

            ### Nouvelles pages (1)

            - [B](https://aide.exemple.fr/b/) — Deuxième page.

            """)
        let json = try RepereProcess.run(["changes", "--since", "2023-11-01", "--format", "json"], in: url)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((object?["added"] as? [[String: Any]])?.compactMap { $0["url"] as? String } == ["https://aide.exemple.fr/a/", "https://aide.exemple.fr/b/"])
    }

    @Test func aPageWithAPermalinkIsListedAtItsOwnAddress() throws {
        let repo = try repository()
        try repo.write("content/guide/c.md", "---\ntitle: C\ndescription: Troisième page.\npermalink: /premiers-pas.html\n---\n")
        try repo.write("content/guide/d.md", "---\ntitle: D\ndescription: Quatrième page.\nslug: installation\n---\n")
        try repo.commit("Pages C et D", at: 20 * 86_400)
        let json = try RepereProcess.run(["changes", "--since", "HEAD~1", "--format", "json"], in: URL(fileURLWithPath: repo.path))
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((object?["added"] as? [[String: Any]])?.compactMap { $0["url"] as? String }
            == ["https://aide.exemple.fr/premiers-pas/", "https://aide.exemple.fr/guide/installation/"])
    }

    @Test func anUnknownRevisionOrNoRepositoryIsAClearErrorWithStatusOne() throws {
        let repo = try repository()
        let unknown = try RepereProcess.run(["changes", "--since", "nulle-part"], in: URL(fileURLWithPath: repo.path))
        #expect(unknown.status == 1)
        #expect(unknown.stderr.hasPrefix("error: Invalid revision 'nulle-part'"))
        // A date to come is an error, as for the letter (found in a sweep: it printed an empty report).
        let future = try RepereProcess.run(["changes", "--since", "2099-01-01"], in: URL(fileURLWithPath: repo.path), environment: ["SOURCE_DATE_EPOCH": "1796000000"])
        #expect(future.status == 1 && future.stderr == "error: --since 2099-01-01 is in the future (today is 2026-11-30): the report tells what has changed\n")
        let rev = try RepereProcess.run(["build", "--rev", "nulle-part", "-q"], in: URL(fileURLWithPath: repo.path))
        #expect(rev.status == 1)
        #expect(rev.stderr.hasPrefix("error: cannot build revision 'nulle-part'"))

        let plain = TemporaryDirectory()
        try plain.write(["content/a.md": "---\ntitle: A\n---\n"])
        let noRepository = try RepereProcess.run(["changes", "--since", "2026-01-01"], in: plain.url)
        #expect(noRepository.status == 1)
        #expect(noRepository.stderr.contains("is not in a Git repository"))
        #expect(try RepereProcess.run(["changes"], in: plain.url).status == 2)  // --since is required
    }
}
