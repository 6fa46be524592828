import Foundation
import RepereDiagnostics
import RepereMarkdown
@testable import RepereImport

/// Small exports written in tests, one record a line, and what importing them gives.
enum ExportText {
    /// `65a1…000n`, the id of record `n`.
    static func id(_ n: Int) -> String { String(format: "65a1b2c3d4e5f6a7b8c9%04x", n) }

    /// One record as mongoexport writes it; `content` is Slate JSON, `extra` more members (`"a": 1`).
    static func record(
        _ n: Int, _ type: String = "article", title: String? = nil, slug: String? = nil, parent: Int? = nil, position: Int = 1,
        status: String = "PUBLISHED", roles: [String] = ["public", "young"], content: String? = nil, extra: String = ""
    ) -> String {
        var members = [
            #""_id": {"$oid": "\#(id(n))"}"#, #""type": "\#(type)""#, #""title": "\#(title ?? "Fiche \(n)")""#,
            #""slug": "\#(slug ?? "fiche-\(n)")""#, #""position": \#(position)"#, #""status": "\#(status)""#,
            #""allowedRoles": [\#(roles.map { "\"\($0)\"" }.joined(separator: ", "))]"#,
            #""createdAt": {"$date": "2023-03-14T09:30:00.000Z"}"#,
        ]
        if let parent { members.append(#""parentId": {"$oid": "\#(id(parent))"}"#) }
        if let content { members.append(#""content": \#(content)"#) }
        if !extra.isEmpty { members.append(extra) }
        return "{" + members.joined(separator: ", ") + "}"
    }

    static func run(_ lines: [String], basePath: String = "/base-de-connaissance", feedback: String? = nil, searches: String? = nil)
        -> SnupportImport.Result
    {
        var options = SnupportImport.Options(knowledgeBase: URL(fileURLWithPath: "/unused"), name: "kb.json")
        options.basePath = basePath
        return SnupportImport(options: options).run(
            knowledgeBase: Array(lines.joined(separator: "\n").utf8), feedback: feedback.map { Array($0.utf8) },
            searches: searches.map { Array($0.utf8) })
    }

    /// The file at `path` of the content folder.
    static func file(_ result: SnupportImport.Result, _ path: String) -> String? {
        result.pages.first { $0.path == path }?.text
    }

    /// The body of the file at `path`, without its front-matter.
    static func body(_ result: SnupportImport.Result, _ path: String) -> String? {
        guard let text = file(result, path), let end = text.range(of: "\n---\n") else { return nil }
        var body = String(text[end.upperBound...])
        if body.hasPrefix("\n") { body.removeFirst() }
        return body
    }

    /// The Markdown of one article whose body is `content`, in a section with `others`.
    static func markdown(_ content: String, others: [String] = []) -> (String, SnupportImport.Result) {
        let result = run([record(1, "section", slug: "rubrique"), record(2, parent: 1, content: content)] + others)
        return (body(result, "rubrique/fiche-2.md") ?? "<no file>", result)
    }

    /// The HTML of Markdown, as Repère renders it.
    static func html(_ markdown: String) -> String { HTMLRenderer().render(CommonMarkParser.parse(markdown)) }
}
