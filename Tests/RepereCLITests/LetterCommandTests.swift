import Foundation
import RepereTestSupport
import Testing

@Suite struct LetterCommandTests {
    func repository() throws -> FixtureRepository {
        let repo = try FixtureRepository()
        try repo.write("repere.yml", "title: Aide\nbase_url: https://aide.exemple.fr/\n")
        try repo.write("content/a.md", "---\ntitle: A\ndescription: Première page.\n---\n")
        try repo.commit("Page A", at: 0)
        try repo.write("content/b.md", "---\ntitle: B\ndescription: Deuxième page.\n---\n[A](a.md)\n")
        try repo.commit("Page B", at: 10 * 86_400)
        return repo
    }

    @Test func writesTheLetterInEachFormatToAFile() throws {
        let repo = try repository()
        let url = URL(fileURLWithPath: repo.path)
        try repo.write("edito.md", "Bonjour,\n\nvoici **les nouveautés**.\n")
        let html = try RepereProcess.run(["letter", "--since", "HEAD~1", "--intro", "edito.md", "--output", "lettre.html"], in: url)
        #expect(html.status == 0 && html.stdout.isEmpty && html.stderr.isEmpty)
        let written = try String(contentsOfFile: repo.path + "/lettre.html", encoding: .utf8)
        #expect(written.contains("<p>voici <strong>les nouveautés</strong>.</p>"))
        #expect(written.contains(#"<a href="https://aide.exemple.fr/b/""#))
        let text = try RepereProcess.run(["letter", "--since", "HEAD~1", "--format", "text"], in: url)
        #expect(text.stdout.hasPrefix("Aide\nLes nouveautés du 14 novembre 2023 au 24 novembre 2023\n"))
        #expect(text.stdout.contains("* B\n  https://aide.exemple.fr/b/\n  Deuxième page.\n"))
        let markdown = try RepereProcess.run(["letter", "--since", "HEAD~1", "--format", "markdown"], in: url)
        #expect(markdown.stdout.contains("- [B](https://aide.exemple.fr/b/) — Deuxième page.\n"))
    }

    @Test func anEmptyRangeIsALetterSayingSoWithStatusZero() throws {
        let repo = try repository()
        let result = try RepereProcess.run(["letter", "--since", "HEAD", "--format", "text"], in: URL(fileURLWithPath: repo.path))
        #expect(result.status == 0)
        #expect(result.stdout.contains("Aucune nouveauté sur cette période"))
    }

    @Test func aFutureDateOrAnUnknownRevisionIsAnErrorWithItsReason() throws {
        let repo = try repository()
        let url = URL(fileURLWithPath: repo.path)
        let future = try RepereProcess.run(["letter", "--since", "2030-01-01"], in: url, environment: ["SOURCE_DATE_EPOCH": "1796000000"])
        #expect(future.status == 1)
        #expect(future.stderr == "error: --since 2030-01-01 is in the future (today is 2026-11-30): the letter tells what has changed\n")
        let unknown = try RepereProcess.run(["letter", "--since", "nulle-part"], in: url)
        #expect(unknown.status == 1 && unknown.stderr.hasPrefix("error: Invalid revision 'nulle-part'"))
        let missingIntro = try RepereProcess.run(["letter", "--since", "HEAD~1", "--intro", "absent.md"], in: url)
        #expect(missingIntro.status == 1 && missingIntro.stderr.hasPrefix("error: cannot read the editorial 'absent.md'"))
    }

    @Test func aShallowCloneSaysWhatItCouldNotKnow() throws {
        let repo = try repository()
        let clone = try FixtureRepository(shallowCloneOf: repo, depth: 1)
        let result = try RepereProcess.run(["letter", "--since", "2023-11-01", "--format", "text"], in: URL(fileURLWithPath: clone.path))
        #expect(result.status == 0)
        #expect(result.stderr.hasPrefix("note: the clone is shallow: its history stops after 1 commits"))
        #expect(result.stdout.contains("* A\n") && result.stdout.contains("* B\n"))
    }
}
