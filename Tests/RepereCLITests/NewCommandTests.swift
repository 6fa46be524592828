import Foundation
import RepereTestSupport
import Testing

@Suite struct NewCommandTests {
    private func project() throws -> TemporaryDirectory {
        let project = TemporaryDirectory()
        try project.write([
            "content/affectations/_section.md": "---\ntitle: Affectations\n---\n",
            "content/affectations/premier.md": "---\ntitle: Premier\ntype: tutorial\norder: 4\n---\n",
        ])
        return project
    }

    @Test func createsATutorialWithASlugStepsAndTheNextOrder() throws {
        let project = try project()
        let result = try RepereProcess.run(
            ["new", "tutorial", "Changer de séjour : \"cas\" particulier", "--section", "affectations", "-C", project.url.path],
            in: URL(fileURLWithPath: "/"))
        #expect(result.status == 0)
        #expect(result.stdout == "content/affectations/changer-de-sejour-cas-particulier.md\n")
        let text = try String(contentsOf: project.url.appendingPathComponent("content/affectations/changer-de-sejour-cas-particulier.md"), encoding: .utf8)
        #expect(text.hasPrefix("---\ntitle: \"Changer de séjour : \\\"cas\\\" particulier\"\n"))
        #expect(text.contains("type: tutorial\norder: 5\ntags: []\n"))
        #expect(text.contains("## Étape 1 : …"))
        // The skeleton builds without errors.
        let build = try RepereProcess.run(["check", "--color", "never"], in: project.url)
        #expect(!build.stderr.contains("error:"))
    }

    /// A path's skeleton has one example step, which `check` reports until it is replaced.
    @Test func createsAPathWithAStepSkeleton() throws {
        let project = try project()
        let result = try RepereProcess.run(["new", "path", "Bien démarrer", "--section", "affectations", "-C", project.url.path],
            in: URL(fileURLWithPath: "/"))
        #expect(result.status == 0)
        let file = project.url.appendingPathComponent("content/affectations/bien-demarrer.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("type: path\ntags: []\n"))
        #expect(text.contains("steps:\n  - page: ../une-rubrique/une-page.md\n"))
        let check = try RepereProcess.run(["check", "--color", "never"], in: project.url)
        #expect(check.stderr.contains("content/affectations/bien-demarrer.md:9:5: error: step '../une-rubrique/une-page.md' does not exist [onboarding-path.step-not-found]"))
        try String(text.replacingOccurrences(of: "../une-rubrique/une-page.md", with: "premier.md")).write(to: file, atomically: true, encoding: .utf8)
        #expect(try RepereProcess.run(["check", "--color", "never"], in: project.url).status == 0)
    }

    @Test func refusesToOverwriteAnExistingPage() throws {
        let project = try project()
        let before = project.snapshot()
        let result = try RepereProcess.run(["new", "faq", "Premier", "--section", "affectations"], in: project.url)
        #expect(result.status == 1)
        #expect(result.stderr == "error: 'affectations/premier.md' already exists: it was left as it is (choose another title)\n")
        #expect(project.snapshot() == before)
    }

    @Test func anUnknownSectionIsRefusedUnlessAskedToCreateIt() throws {
        let project = try project()
        let refused = try RepereProcess.run(["new", "faq", "Une question ?", "--section", "transport"], in: project.url)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("section 'transport' does not exist (sections: affectations)"))
        let created = try RepereProcess.run(["new", "faq", "Une question ?", "--section", "transport", "--create-section"], in: project.url)
        #expect(created.status == 0)
        #expect(created.stdout == "content/transport/une-question.md\n")
        let escaping = try RepereProcess.run(["new", "faq", "Q", "--section", "../dehors", "--create-section"], in: project.url)
        #expect(escaping.status == 1)
    }

    @Test func aTitleWithoutLettersOrAnUnknownTypeIsAnError() throws {
        let project = try project()
        #expect(try RepereProcess.run(["new", "faq", "?!"], in: project.url).status == 1)
        #expect(try RepereProcess.run(["new", "recette", "Titre"], in: project.url).status == 2)
    }
}
