// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Repere",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "repere", targets: ["repere"]),
        .library(name: "RepereSite", targets: ["RepereSite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // MARK: - C libraries (Debian packages, see scripts/setup)
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),

        .systemLibrary(name: "Clibgit2", pkgConfig: "libgit2", providers: [.apt(["libgit2-dev"])]),

        // MARK: - Leaves
        // Helpers every stage may use: parallel loops, memos, JSON writing, HTML escaping.
        .target(name: "RepereSupport"),
        // The catalogue of diagnostics and their formatters.
        .target(name: "RepereDiagnostics"),

        // MARK: - Pipeline stages, bottom-up: load → parse → resolve/check → index → render → write
        // Load: the project, its configuration, front-matter, pages, paths, URLs and slugs.
        .target(
            name: "RepereContent",
            dependencies: ["RepereDiagnostics", "RepereSupport", .product(name: "Yams", package: "Yams")]
        ),
        // Parse: Markdown into documents (cmark-gfm), and documents into HTML.
        .target(name: "RepereMarkdown", dependencies: ["CCmarkGFM", "RepereContent", "RepereDiagnostics", "RepereSupport"]),
        // Git: the history walk and revision snapshots (libgit2).
        .target(name: "RepereGit", dependencies: ["Clibgit2", "RepereSupport"]),
        // Dates and authors of pages from Git, and the change reports built on them.
        .target(name: "RepereHistory", dependencies: ["RepereContent", "RepereDiagnostics", "RepereGit", "RepereSupport"]),
        // The référents' letter: a draft of the monthly e-mail from a change report.
        .target(name: "RepereLetter", dependencies: ["RepereContent", "RepereHistory", "RepereMarkdown", "RepereSupport"]),
        // Import: a SNUpport knowledge base export (MongoDB, Slate.js bodies) written as a Repère project.
        .target(name: "RepereImport", dependencies: ["RepereContent", "RepereDiagnostics", "RepereSupport"]),
        // `repere collect`: the feedback and search events, their validation, the SQLite store (GRDB) and the receiver (FlyingFox).
        .target(
            name: "RepereCollect",
            dependencies: [
                "RepereSupport", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "FlyingFox", package: "FlyingFox"), .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        // Resolve and check: links, anchors and images, the link graph, related pages, check rules.
        .target(name: "RepereGraph", dependencies: ["RepereContent", "RepereDiagnostics", "RepereMarkdown", "RepereSupport"]),
        // Index: French analysis and the search index format; `Runtime/` holds the browser module shipped with sites.
        .target(name: "RepereSearch", dependencies: ["RepereSupport"], exclude: ["Runtime"], plugins: ["EmbedTheme"]),
        // `repere report`: content health from the resolved site and usage from the collector's database.
        .target(
            name: "RepereReport",
            dependencies: ["RepereCollect", "RepereContent", "RepereDiagnostics", "RepereGraph", "RepereHistory", "RepereSearch", "RepereSupport"]
        ),
        // The Mustache-like template engine of themes.
        .target(name: "RepereTemplates", dependencies: ["RepereSupport"]),
        // Render: the theme, the site model, every page and machine file, the search files.
        .target(
            name: "RepereRender",
            dependencies: [
                "RepereContent", "RepereDiagnostics", "RepereGraph", "RepereMarkdown", "RepereSearch", "RepereSupport",
                "RepereTemplates",
            ],
            plugins: ["EmbedTheme"]
        ),
        // serve's model: what one build keeps for the next (SessionCache) and the page preview of an edit.
        .target(
            name: "RepereIncremental",
            dependencies: ["RepereContent", "RepereGraph", "RepereHistory", "RepereMarkdown", "RepereRender", "RepereSearch"]
        ),
        // The driver: runs the stages (BuildPipeline), writes the site, keeps the disk caches.
        .target(
            name: "RepereSite",
            dependencies: [
                "RepereContent", "RepereDiagnostics", "RepereGraph", "RepereHistory", "RepereIncremental", "RepereMarkdown",
                "RepereRender", "RepereSupport",
            ]
        ),

        // MARK: - Development server (`repere serve`)
        .target(
            name: "RepereServer",
            dependencies: [
                "RepereSite", "RepereContent", "RepereDiagnostics", "RepereIncremental", "RepereRender", "RepereSupport",
                .product(name: "FlyingFox", package: "FlyingFox"), .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),

        // MARK: - Command line
        .executableTarget(
            name: "repere",
            dependencies: [
                "RepereSite", "RepereServer", "RepereContent", "RepereDiagnostics", "RepereGraph", "RepereHistory",
                "RepereCollect", "RepereImport", "RepereLetter", "RepereReport", "RepereSupport", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // MARK: - Build tooling: the default theme is compiled into the binary
        .executableTarget(name: "repere-embed-theme", path: "Plugins/EmbedThemeTool"),
        .plugin(name: "EmbedTheme", capability: .buildTool(), dependencies: ["repere-embed-theme"]),

        // MARK: - Tests
        .target(name: "RepereTestSupport", dependencies: ["RepereDiagnostics", "RepereContent"], path: "Tests/RepereTestSupport"),
        .testTarget(name: "RepereSupportTests", dependencies: ["RepereSupport"]),
        .testTarget(name: "RepereDiagnosticsTests", dependencies: ["RepereDiagnostics", "RepereTestSupport"]),
        .testTarget(name: "RepereMarkdownTests", dependencies: ["RepereMarkdown", "RepereSupport"]),
        .testTarget(name: "RepereGitTests", dependencies: ["RepereGit", "RepereSupport", "RepereTestSupport"]),
        .testTarget(name: "RepereContentTests", dependencies: ["RepereContent", "RepereTestSupport"]),
        .testTarget(name: "RepereTemplatesTests", dependencies: ["RepereTemplates"]),
        .testTarget(
            name: "RepereGraphTests",
            dependencies: ["RepereGraph", "RepereContent", "RepereDiagnostics", "RepereMarkdown", "RepereTestSupport"]
        ),
        .testTarget(
            name: "RepereSiteTests",
            dependencies: [
                "RepereSite", "RepereContent", "RepereGraph", "RepereHistory", "RepereIncremental", "RepereMarkdown",
                "RepereRender", "RepereSearch", "RepereSupport", "RepereTemplates", "RepereTestSupport",
            ],
            exclude: ["Golden"]
        ),
        .testTarget(name: "RepereServerTests", dependencies: ["RepereServer", "RepereSite", "RepereIncremental", "RepereRender", "RepereTestSupport"]),
        .testTarget(name: "RepereCLITests", dependencies: ["RepereTestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(
            name: "RepereLetterTests", dependencies: ["RepereLetter", "RepereHistory", "RepereContent", "RepereTestSupport"],
            exclude: ["Golden"]
        ),
        .testTarget(name: "RepereSearchTests", dependencies: ["RepereSearch", "RepereSupport"]),
        .testTarget(name: "RepereCollectTests", dependencies: ["RepereCollect", "RepereTestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(
            name: "RepereReportTests", dependencies: ["RepereReport", "RepereCollect", "RepereContent", "RepereSite", "RepereTestSupport"],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "RepereImportTests",
            dependencies: ["RepereImport", "RepereContent", "RepereDiagnostics", "RepereMarkdown", "RepereTestSupport"],
            exclude: ["Golden"]
        ),
    ]
)

// MARK: - Fuzzing (scripts/fuzz only)
// libFuzzer targets, declared only when REPERE_FUZZ=1 so that `swift build` and `swift test`
// never compile them: scripts/fuzz builds them with -sanitize=fuzzer,address in .build-fuzz/.
if Context.environment["REPERE_FUZZ"] == "1" {
    package.targets.append(
        .executableTarget(
            name: "repere-fuzz",
            dependencies: [
                "RepereContent", "RepereGraph", "RepereMarkdown", "RepereSearch", "RepereServer", "RepereSupport",
                "RepereTemplates", "RepereTestSupport",
            ],
            path: "Tests/Fuzz"
        )
    )
}
