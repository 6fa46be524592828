import Foundation
import RepereContent
import RepereTestSupport
import Testing
@testable import RepereSite

@Suite struct UnchangedRebuildTests {
    private func build(_ project: URL) throws {
        let (config, problems) = try Project.configuration(in: project)
        _ = try BuildPipeline(options: BuildOptions(projectDirectory: project, configuration: config)).run(extraDiagnostics: problems)
    }

    private func inode(_ url: URL) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? Int)
    }

    @Test func anUnchangedSiteIsLeftInPlaceAndAHandEditedOneIsRewritten() throws {
        let project = TemporaryDirectory()
        try project.write(["content/a.md": "---\ntitle: A\n---\nBonjour\n", "content/img.svg": "<svg/>"])
        let site = project.url.appendingPathComponent("site")
        try build(project.url)
        let first = try inode(site)
        try build(project.url)
        #expect(try inode(site) == first)

        try project.write(["site/a/index.html": "abîmé"])
        try build(project.url)
        #expect(try inode(site) != first)
        #expect(try String(contentsOf: site.appendingPathComponent("a/index.html"), encoding: .utf8).contains("Bonjour"))

        let second = try inode(site)
        try project.write(["site/en-trop.html": "x"])
        try build(project.url)
        #expect(try inode(site) != second)
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("en-trop.html").path))
    }
}
