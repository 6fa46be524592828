import Foundation

/// A new help centre in one command (`repere init`): `repere.yml` with comments, a content folder
/// with a home page, one section, one FAQ entry and one tutorial, a `.gitignore`, and CI files
/// for GitHub Actions and GitLab CI that check, build and publish the site. Nothing that exists
/// is overwritten.
public struct ProjectScaffold: Sendable {
    /// `repere.yml`'s text; ``ForeignConfiguration`` gives one read from another tool.
    public var configuration: String
    /// Whether to write the demo content (not when the content comes from another tool).
    public var writesContent: Bool

    public init(configuration: String = ProjectScaffold.defaultConfiguration, writesContent: Bool = true) {
        self.configuration = configuration
        self.writesContent = writesContent
    }

    /// Writes the project into `folder` (created if needed) and returns the files written,
    /// relative to it; files that exist are left as they are and returned in `kept`. In a folder
    /// of a Git repository (a monorepo's `website/`), the CI files go to the repository's top,
    /// where GitHub and GitLab read them, and name the project's folder (`../.gitlab-ci.yml`).
    public func create(in folder: URL) throws -> (written: [String], kept: [String]) {
        let fm = FileManager.default
        try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        let (top, project) = Self.repositoryTop(of: folder)
        let up = String(repeating: "../", count: project.split(separator: "/").count)
        var files: [(URL, String, String)] = [(folder, "repere.yml", configuration), (folder, ".gitignore", Self.gitignore),
            (top, ".github/workflows/repere.yml", Self.githubWorkflow(project: project)), (top, ".gitlab-ci.yml", Self.gitlabCI(project: project))]
        if writesContent { files += Self.content.map { (folder, $0.0, $0.1) } }
        var written: [String] = [], kept: [String] = []
        for (base, name, text) in files {
            let url = base.appendingPathComponent(name)
            let path = base == folder ? name : up + name
            if fm.fileExists(atPath: url.path) {
                kept.append(path)
                continue
            }
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            guard fm.createFile(atPath: url.path, contents: Data(text.utf8)) else { throw ScaffoldError("cannot write '\(path)'") }
            written.append(path)
        }
        return (written, kept)
    }

    public static let defaultConfiguration = """
        # Configuration of the help centre. Every key is optional; `repere reference configuration`
        # lists them all.
        title: "Centre d'aide"
        description: "Les réponses aux questions fréquentes et les tutoriels de la plateforme."
        # The published address: sitemap.xml and the feed need it absolute.
        base_url: "https://aide.exemple.gouv.fr/"
        language: fr
        # Reader groups pages may target (`audience:` in front-matter), id: label.
        # audiences:
        #   referent: "Référent"
        # "Modifier cette page" links to the forge, {path} being the file's path.
        # edit_url: "https://forge.exemple.fr/aide/-/edit/main/{path}"
        # Lower or silence a diagnostic (`repere reference diagnostics` lists them).
        # checks:
        #   page.orphan: off

        """

    static let gitignore = "site/\n.repere-cache/\n"

    /// The top folder of the Git repository holding `folder`, at most three levels up, and
    /// `folder`'s path from there (`""` when it is the top, or in no such repository; a home
    /// folder kept in Git, dotfiles, is no help centre's repository).
    static func repositoryTop(of folder: URL) -> (URL, String) {
        var candidate = folder.standardizedFileURL
        var parts: [String] = []
        let home = FileManager.default.homeDirectoryForCurrentUser.standardizedFileURL.path
        while candidate.path != "/", candidate.path != home, parts.count <= 3 {
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent(".git").path) {
                return (candidate, parts.reversed().joined(separator: "/"))
            }
            parts.append(candidate.lastPathComponent)
            candidate = candidate.deletingLastPathComponent().standardizedFileURL
        }
        return (folder, "")
    }

    static let content: [(String, String)] = [
        ("content/_index.md", """
            ---
            title: "Centre d'aide"
            description: "Les réponses aux questions fréquentes et les tutoriels de la plateforme."
            ---
            Bienvenue dans le centre d'aide. Choisissez une rubrique ou cherchez votre question.

            """),
        ("content/premiers-pas/_section.md", """
            ---
            title: "Premiers pas"
            description: "Se connecter et prendre la plateforme en main."
            order: 1
            ---

            """),
        ("content/premiers-pas/je-n-arrive-pas-a-me-connecter.md", """
            ---
            title: "Je n'arrive pas à me connecter : que faire ?"
            description: "Les causes les plus fréquentes d'un échec de connexion et comment les résoudre."
            type: faq
            tags: [connexion]
            ---
            Vérifiez d'abord l'adresse électronique saisie, puis suivez le tutoriel [Créer son compte](creer-son-compte.md) si vous ne l'avez pas encore activé.

            Si le problème persiste, contactez le support en indiquant le message d'erreur affiché.

            """),
        ("content/premiers-pas/creer-son-compte.md", """
            ---
            title: "Créer son compte"
            description: "Activer son compte à partir de l'invitation reçue par courriel."
            type: tutorial
            order: 1
            tags: [connexion, compte]
            ---
            Ce tutoriel s'adresse aux nouveaux utilisateurs qui ont reçu une invitation. En cas de difficulté, lisez [Je n'arrive pas à me connecter](je-n-arrive-pas-a-me-connecter.md).

            ## Étape 1 : ouvrir l'invitation

            Cliquez sur le lien du courriel d'invitation ; il est valable sept jours.

            ## Étape 2 : choisir un mot de passe

            Choisissez un mot de passe d'au moins douze caractères, puis validez.

            """),
    ]

    /// The GitHub Actions workflow, for the project at `project` in the repository (`""`: its top).
    static func githubWorkflow(project: String) -> String {
        let into = project.isEmpty ? "" : " -C \(project)"
        return """
        # Checks the help centre on every push and publishes it to GitHub Pages from main.
        # Set the repository variable REPERE_REPOSITORY to the Git address of Repère.
        name: Centre d'aide
        on:
          push:
          pull_request:
        permissions:
          contents: read
          pages: write
          id-token: write
        jobs:
          build:
            runs-on: ubuntu-latest
            container: swift:6.0
            steps:
              - uses: actions/checkout@v4
                with:
                  fetch-depth: 0   # the whole history: page dates come from Git
              - name: Install Repère
                run: |
                  apt-get update -qq && apt-get install -y -qq libcmark-gfm-dev libcmark-gfm-extensions-dev libgit2-dev pkg-config
                  git clone --depth 1 "${{ vars.REPERE_REPOSITORY }}" /tmp/repere
                  swift build -c release --package-path /tmp/repere --product repere
                  cp /tmp/repere/.build/release/repere /usr/local/bin/
              - run: repere check\(into) --format github
              - run: repere build\(into)
              - uses: actions/upload-pages-artifact@v3
                with:
                  path: \(project.isEmpty ? "" : project + "/")site
          deploy:
            if: github.ref == 'refs/heads/main'
            needs: build
            runs-on: ubuntu-latest
            environment:
              name: github-pages
            steps:
              - uses: actions/deploy-pages@v4

        """
    }

    /// The GitLab CI settings, for the project at `project` in the repository (`""`: its top);
    /// GitLab Pages publishes `public/` at the repository's top.
    static func gitlabCI(project: String) -> String {
        let into = project.isEmpty ? "" : " -C \(project)"
        return """
        # Checks the help centre on every push and publishes it with GitLab Pages from the default
        # branch. Set the CI/CD variable REPERE_REPOSITORY to the Git address of Repère.
        variables:
          GIT_DEPTH: 0   # the whole history: page dates come from Git
        pages:
          image: swift:6.0
          before_script:
            - apt-get update -qq && apt-get install -y -qq libcmark-gfm-dev libcmark-gfm-extensions-dev libgit2-dev pkg-config git
            - git clone --depth 1 "$REPERE_REPOSITORY" /tmp/repere
            - swift build -c release --package-path /tmp/repere --product repere
            - cp /tmp/repere/.build/release/repere /usr/local/bin/
          script:
            - repere check\(into)
            - repere build\(into) --output public
          artifacts:
            paths:
              - public
          rules:
            - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH

        """
    }
}
