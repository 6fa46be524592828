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
    ],
    targets: [
        // MARK: - C libraries (Debian packages, see scripts/setup)
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),

        .systemLibrary(name: "Clibgit2", pkgConfig: "libgit2", providers: [.apt(["libgit2-dev"])]),

        // MARK: - Pipeline stages
        .target(name: "RepereDiagnostics"),
        .target(name: "RepereParallel"),
        .target(name: "RepereMarkdown", dependencies: ["CCmarkGFM", "RepereDiagnostics"]),
        .target(name: "RepereGit", dependencies: ["Clibgit2"]),
        .target(
            name: "RepereContent",
            dependencies: ["RepereDiagnostics", "RepereMarkdown", "RepereParallel", .product(name: "Yams", package: "Yams")]
        ),
        // The search index format and French analysis; `Runtime/` holds the browser module shipped with sites.
        .target(name: "RepereSearch", dependencies: ["RepereDiagnostics", "RepereParallel"], exclude: ["Runtime"], plugins: ["EmbedTheme"]),
        .target(
            name: "RepereSite",
            dependencies: [
                "RepereDiagnostics", "RepereMarkdown", "RepereContent", "RepereGit", "RepereSearch", "RepereParallel",
            ],
            plugins: ["EmbedTheme"]
        ),

        // MARK: - Development server (`repere serve`)
        .target(
            name: "RepereServer",
            dependencies: [
                "RepereSite", "RepereContent", "RepereDiagnostics",
                .product(name: "FlyingFox", package: "FlyingFox"), .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),

        // MARK: - Command line
        .executableTarget(
            name: "repere",
            dependencies: ["RepereSite", "RepereServer", "RepereContent", "RepereDiagnostics", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        // MARK: - Build tooling: the default theme is compiled into the binary
        .executableTarget(name: "repere-embed-theme", path: "Plugins/EmbedThemeTool"),
        .plugin(name: "EmbedTheme", capability: .buildTool(), dependencies: ["repere-embed-theme"]),

        // MARK: - Tests
        .target(name: "RepereTestSupport", dependencies: ["RepereDiagnostics", "RepereContent"], path: "Tests/RepereTestSupport"),
        .testTarget(name: "RepereDiagnosticsTests", dependencies: ["RepereDiagnostics"]),
        .testTarget(name: "RepereMarkdownTests", dependencies: ["RepereMarkdown"]),
        .testTarget(name: "RepereGitTests", dependencies: ["RepereGit", "RepereTestSupport"]),
        .testTarget(name: "RepereContentTests", dependencies: ["RepereContent", "RepereTestSupport"]),
        .testTarget(
            name: "RepereSiteTests",
            dependencies: ["RepereSite", "RepereTestSupport"],
            exclude: ["Golden"]
        ),
        .testTarget(name: "RepereServerTests", dependencies: ["RepereServer", "RepereSite", "RepereTestSupport"]),
        .testTarget(name: "RepereCLITests", dependencies: ["RepereTestSupport"]),
        .testTarget(name: "RepereSearchTests", dependencies: ["RepereSearch"]),
    ]
)
