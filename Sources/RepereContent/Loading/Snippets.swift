import Foundation
import RepereDiagnostics
import RepereSupport

/// MkDocs' snippets (pymdownx.snippets): a line `--8<-- "fichier.md"`, or a block of file names
/// between two `--8<--` lines, is replaced by the text of those files, indented as the line is.
///
/// As pymdownx reads them: paths are relative to the base paths (`snippets.base_path`, the
/// project folder by default), tried in order, and may not leave them; `fichier.md:3:5` takes
/// lines 3 to 5, `fichier.md:nom` the lines between `--8<-- [start:nom]` and `--8<-- [end:nom]`;
/// included files include in turn; `;--8<--` is the text `--8<--`, and a name starting with `;`
/// is left out. Lines are replaced even in code blocks (pymdownx is a preprocessor).
///
/// Unlike pymdownx, a missing file is always reported (`snippet.missing`), a file already being
/// included is not included again (`snippet.skipped`), nor deeper than ``maximumDepth`` or past
/// ``maximumBytes``, and addresses (`--8<-- "https://…"`) are not downloaded (the line is left
/// out, as pymdownx does without `url_download`).
///
/// GitBook's `{% include "../.gitbook/includes/bloc.md" %}`, Jekyll's `{% include_relative
/// bloc.md %}` and VitePress' `<!--@include: ./bloc.md-->`, on a line of their own, include a Markdown file too, its path read from the file
/// that writes it, its front-matter left out (``IncludeTag``); VitePress' `<<< ./demo.vue`
/// includes a file as a code block (``CodeImport``); mdBook's `{{#include exemple.rs:2:10}}`
/// includes a file or part of it, its path read from the file that writes it (``MdBookInclude``);
/// docsify's `[encart](_media/encart.md ':include')` a file from the page's folder (``DocsifyEmbed``).
struct Snippets {
    var settings: SnippetSettings
    /// The file at a path from the project folder.
    var read: (String) -> SnippetFile
    /// The page's file, from the project folder, which relative includes are read from.
    var page: String = "."
    /// The content folder, from the project folder: VitePress' `@/` in a code import.
    var contentFolder: String = "."

    static let maximumDepth = 8
    static let maximumBytes = 4_000_000

    /// A problem found, at a line and column of the page's body.
    struct Problem: Equatable {
        var line: Int
        var column: Int
        var kind: DiagnosticKind
        var message: String
        var notes: [String] = []
    }

    /// A body with its snippets included.
    struct Expanded {
        var text: String
        var lines: IncludedLines
        var problems: [Problem]
    }

    /// Whether `text` has `8<` anywhere: a memchr pass over the bytes, so pages without snippets
    /// cost almost nothing.
    static func mayHaveSnippets(_ text: String) -> Bool {
        text.containsBytes("8<") || (text.containsBytes("{%") && text.containsBytes("include")) || text.containsBytes("<!--@include:")
            || text.containsBytes("<<<") || (text.containsBytes("{{") && text.containsBytes("include")) || text.containsBytes(":include")
    }

    /// `body` with its snippets included and the `auto_append` files after it; `nil` when there
    /// is nothing to include.
    func expand(_ body: String) -> Expanded? {
        let hasSnippets = Self.mayHaveSnippets(body)
        guard hasSnippets || !settings.autoAppend.isEmpty else { return nil }
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        var output = Output()
        if hasSnippets {
            process(lines, file: nil, stack: [], indent: "", at: nil, into: &output)
        } else {
            for (index, line) in lines.enumerated() { output.append(line, origin: index + 1, included: false) }
        }
        if !settings.autoAppend.isEmpty {
            // After a blank line: a link definition appended never continues the page's last paragraph.
            output.append("", origin: lines.count, included: true)
            for file in settings.autoAppend {
                include(file, indent: "", stack: [], at: (lines.count, 1), in: nil, into: &output)
            }
        }
        return Expanded(text: output.lines.joined(separator: "\n"), lines: IncludedLines(output.origins), problems: output.problems)
    }

    /// The lines made so far.
    struct Output {
        var lines: [String] = []
        var origins: [(line: Int, included: Bool)] = []
        var problems: [Problem] = []
        /// The problems reported, each once (a file included a thousand times has one loop).
        var reported: Set<String> = []
        var bytes = 0
        var tooLarge = false

        mutating func append(_ line: some StringProtocol, origin: Int, included: Bool) {
            lines.append(String(line))
            origins.append((origin, included))
            bytes += line.utf8.count + 1
        }
    }

    /// Reads `lines`, of the included `file` (`nil`: the page), indented by `indent`; `at` is the
    /// page's line that includes them (`nil`: the page itself) and `stack` the files being included.
    private func process(
        _ lines: [Substring], file: String?, stack: [String], indent: String, at: (line: Int, column: Int)?, into output: inout Output
    ) {
        var index = 0
        var isRaw = false  // between `{% raw %}` and `{% endraw %}` lines, Liquid's tags are text
        var fence: Substring?  // in a fenced code block, `<<<` is code shown
        var previous: Substring = ""  // the line before, whose HTML block would hold a `<<<` as text
        while index < lines.count {
            let line = lines[index]
            let lineNumber = at?.line ?? index + 1
            index += 1
            let space = line.prefix { $0 == " " || $0 == "\t" }
            let rest = line.dropFirst(space.count)
            let origin = at ?? (line: lineNumber, column: space.count + 1)
            if let raw = IncludeTag.rawMarker(rest) { isRaw = raw }
            if rest.hasPrefix(";"), Self.afterScissors(rest.drop { $0 == ";" }) != nil {
                // `;--8<--`: the text `--8<--` (`;;--8<--`: `;--8<--`).
                output.append(indent + space + rest.dropFirst(), origin: lineNumber, included: at != nil)
                continue
            }
            // A fence opens after a list item's marker too (`- ```js`).
            let block = Self.withoutListMarker(rest)
            let above = previous
            previous = rest
            if let open = fence {
                if rest.hasPrefix(open), rest.allSatisfy({ $0 == open.first || $0 == " " || $0 == "\t" }) { fence = nil }
            } else if let run = MarkdownFence.opening(block) {
                fence = run
            } else if rest.hasPrefix("<<<"), space.count <= 3, !above.hasPrefix("<") || above.hasPrefix("<<<"), let code = CodeImport(rest) {
                // Not in indented code, nor in an HTML block (`<div>` on the line above).
                importCode(code, from: file ?? page, indent: indent + space, at: origin, into: &output)
                continue
            }
            if fence == nil, space.count <= 3, let embed = DocsifyEmbed(rest) {
                switch embed.kind {
                case .markdown:
                    // A file of the content folder stands for it: paths start from its folder.
                    let from = embed.isFromContentFolder ? (contentFolder == "." ? "page" : contentFolder + "/page") : file ?? page
                    include(embed.path, relativeTo: (from, false), indent: indent + space, stack: stack, at: origin, in: file, into: &output)
                case .code(let language):
                    let path = embed.isFromContentFolder ? "@/" + embed.path : embed.path
                    importCode(CodeImport(path: path, language: language), from: file ?? page, indent: indent + space, at: origin, into: &output)
                }
                continue
            }
            if let mdBook = MdBookInclude(rest) {
                include(mdBook.path, relativeTo: (file ?? page, false), part: mdBook.part, indent: indent + space, stack: stack, at: origin, in: file, into: &output)
                continue
            }
            if let text = MdBookInclude.escaped(rest) {
                output.append(indent + space + text, origin: lineNumber, included: at != nil)
                continue
            }
            if !isRaw, let tag = IncludeTag.relativePath(in: rest), tag.isRelative || includesFile(tag.path, from: file ?? page) {
                include(tag.path, relativeTo: (file ?? page, !tag.isRelative), indent: indent + space, stack: stack, at: origin, in: file, into: &output)
                continue
            }
            if let after = Self.afterScissors(rest) {
                if let name = Self.quoted(after) {
                    if !name.hasPrefix(";") {
                        include(name, indent: indent + space, stack: stack, at: origin, in: file, into: &output)
                    }
                    continue
                }
                if after.allSatisfy({ $0 == " " || $0 == "\t" }),
                    let end = lines[index...].firstIndex(where: { Self.isBlockMarker($0) }) {
                    for name in lines[index..<end] {
                        let trimmed = name.trimmingCharacters(in: [" ", "\t"])
                        if trimmed.isEmpty {
                            output.append("", origin: at?.line ?? index + 1, included: at != nil)
                        } else if !trimmed.hasPrefix(";") {
                            include(trimmed, indent: indent + space, stack: stack, at: at ?? (index + 1, space.count + 1), in: file, into: &output)
                        }
                        index += 1
                    }
                    index = end + 1
                    continue
                }
                // `--8<-- [start:nom]` in an included file marks a section: never shown.
                if file != nil, after.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("[") { continue }
            } else if file != nil, Self.isSectionMarker(line) {
                continue
            }
            output.append(line.isEmpty ? "" : indent + line, origin: lineNumber, included: at != nil)
        }
    }

    /// Includes the snippet `name` (with its line selection), written in `file` (`nil`: the page) at
    /// `at`; with `relativeTo`, the file `name` names from that file's folder (`part` of it), a
    /// Markdown file without its front-matter, its links read from its own folder when `rebasesLinks`.
    private func include(
        _ name: String, relativeTo including: (file: String, rebasesLinks: Bool)? = nil, part: Selection.Part = .whole, indent: String,
        stack: [String], at: (line: Int, column: Int), in file: String?, into output: inout Output
    ) {
        let written = file.map { " (written in '\($0)')" } ?? ""
        func report(_ kind: DiagnosticKind, _ message: String, _ notes: [String] = []) {
            guard output.reported.insert("\(at.line):\(at.column):\(message)\(written)").inserted else { return }
            output.problems.append(Problem(line: at.line, column: at.column, kind: kind, message: message + written, notes: notes))
        }
        if name.hasPrefix("http://") || name.hasPrefix("https://") {
            report(.snippetSkipped, "snippet '\(name)' is not downloaded: the line is left out",
                ["a build reads nothing from the network; copy the file into the project and include it from there"])
            return
        }
        var selection = including == nil ? Selection(name) : Selection(path: name)
        if including != nil { selection.part = part }
        guard !output.tooLarge else { return }
        guard let (path, text) = including.map({ findRelative(name, from: $0.file, report: report) }) ?? find(selection.path, report: report) else { return }
        guard !stack.contains(path) else {
            report(.snippetSkipped, "snippet '\(path)' includes itself: it is not included again", ["remove the loop between the files"])
            return
        }
        guard stack.count < Self.maximumDepth else {
            report(.snippetSkipped, "snippet '\(path)' is included more than \(Self.maximumDepth) files deep: it is left out")
            return
        }
        let isMarkdown = path.lowercased().hasSuffix(".md") || path.lowercased().hasSuffix(".markdown")
        var lines = (including == nil || !isMarkdown ? text[...] : IncludeTag.withoutFrontMatter(text)).split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        if including?.rebasesLinks == true {
            let folder = { (file: String) in file.split(separator: "/").dropLast().joined(separator: "/") }
            let (from, to) = (folder(path), folder(page))
            lines = lines.map { Substring(IncludedLinks.rebased($0, from: from.isEmpty ? "." : from, to: to.isEmpty ? "." : to)) }
        }
        switch selection.part {
        case .whole: break
        case .lines(let first, let last):
            let start = max(1, first ?? 1), end = min(lines.count, last ?? lines.count)
            lines = start <= end ? Array(lines[(start - 1)..<end]) : []
        case .section(let section):
            guard let start = lines.firstIndex(where: { Self.sectionMarker($0).map { $0 == ("start", section) } ?? false }) else {
                report(.snippetMissing, "snippet '\(path)' has no section '\(section)'", ["mark it with '--8<-- [start:\(section)]' and '--8<-- [end:\(section)]'"])
                return
            }
            let end = lines[(start + 1)...].firstIndex { Self.sectionMarker($0).map { $0 == ("end", section) } ?? false } ?? lines.count
            lines = Array(lines[(start + 1)..<end])
        case .anchor(let anchor):
            let marker = { (line: Substring) in MdBookInclude.anchor(in: line) }
            guard let start = lines.firstIndex(where: { marker($0).map { !$0.isEnd && $0.name == anchor } ?? false }) else {
                report(.snippetMissing, "included file '\(path)' has no anchor '\(anchor)'", ["mark it with 'ANCHOR: \(anchor)' and 'ANCHOR_END: \(anchor)'"])
                return
            }
            let end = lines[(start + 1)...].firstIndex { marker($0).map { $0.isEnd && $0.name == anchor } ?? false } ?? lines.count
            lines = lines[(start + 1)..<end].filter { marker($0) == nil }
        case .pattern:
            report(.snippetSkipped, "snippet '\(name)' selects lines with a regular expression, which Repère does not read: it is left out",
                ["select the lines by number (fichier.md:3:5) or by section (fichier.md:nom)"])
            return
        }
        guard output.bytes + text.utf8.count <= Self.maximumBytes else {
            output.tooLarge = true
            report(.snippetSkipped, "snippets make the page larger than \(Self.maximumBytes / 1_000_000) MB: '\(path)' and the ones after it are left out")
            return
        }
        process(lines, file: path, stack: stack + [path], indent: indent, at: at, into: &output)
    }

    /// The file `name` names in the first base path that has it, and its path, or `nil` once reported.
    private func find(_ name: String, report: (DiagnosticKind, String, [String]) -> Void) -> (String, String)? {
        var refusals: [String] = []
        for base in settings.basePaths {
            // A base path may be a file, matched by its name (pymdownx).
            guard let joined = SnippetPath.normalized(base == "." ? name : base + "/" + name) else {
                refusals.append("'\(name)' leaves the project")
                continue
            }
            let candidates = [joined] + (base.split(separator: "/").last.map(String.init) == name ? [base] : [])
            for path in candidates {
                guard base == "." || path.isPath(inOrAt: base) else {
                    refusals.append("'\(name)' leaves the base path '\(base)'")
                    continue
                }
                switch read(path) {
                case .text(let text): return (path, text)
                case .missing: continue
                case .refused(let why): refusals.append("'\(path)' is \(why)")
                }
            }
        }
        if let refusal = refusals.first {
            report(.snippetOutsideProject, "snippet '\(name)' is not read: \(refusal)",
                ["include files of the project only, from a base path (snippets.base_path in repere.yml)"])
        } else {
            report(.snippetMissing, "snippet '\(name)' does not exist",
                ["looked up in \(settings.basePaths.map { $0 == "." ? "the project folder" : "'\($0)'" }.joined(separator: ", ")) (snippets.base_path in repere.yml)"])
        }
        return nil
    }

    /// Whether `{% include "name" %}` written in `including` is GitBook's: the file is there, or it
    /// names GitBook's reusable content (`.gitbook/includes/`). Another (mkdocs-macros' include,
    /// read from its own folder) stays as written, and is reported as a directive not understood.
    private func includesFile(_ name: String, from including: String) -> Bool {
        if name.contains(".gitbook/includes/") { return true }
        let folder = including.split(separator: "/").dropLast().joined(separator: "/")
        guard let path = SnippetPath.normalized(folder.isEmpty ? name : folder + "/" + name) else { return true }
        if case .missing = read(path) { return false }
        return true
    }

    /// The file `name` names from the folder of `including` (a path from the project folder), and
    /// its path, or `nil` once reported.
    private func findRelative(_ name: String, from including: String, report: (DiagnosticKind, String, [String]) -> Void) -> (String, String)? {
        let folder = including.split(separator: "/").dropLast().joined(separator: "/")
        guard let path = SnippetPath.normalized(folder.isEmpty ? name : folder + "/" + name) else {
            report(.snippetOutsideProject, "included file '\(name)' is not read: it leaves the project", ["include files of the project only"])
            return nil
        }
        switch read(path) {
        case .text(let text): return (path, text)
        case .missing: report(.snippetMissing, "included file '\(name)' does not exist", ["looked up at '\(path)', from the folder of the file that includes it"])
        case .refused(let why): report(.snippetOutsideProject, "included file '\(name)' is not read: '\(path)' is \(why)", ["include files of the project only"])
        }
        return nil
    }

    /// `line` without the list item's marker it starts with (`- `, `1. `), if any.
    static func withoutListMarker(_ line: Substring) -> Substring {
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        let marker = digits.isEmpty ? line.prefix(1) : line.dropFirst(digits.count).prefix(1)
        guard let c = marker.first, digits.isEmpty ? "-*+".contains(c) : ".)".contains(c),
            line.dropFirst(digits.count + 1).first == " " else { return line }
        return line.dropFirst(digits.count + 1).drop { $0 == " " }
    }

    /// What follows `-8<-` (any number of dashes on each side) at the start of `text`, or `nil`.
    static func afterScissors(_ text: Substring) -> Substring? {
        let before = text.prefix { $0 == "-" }
        guard !before.isEmpty, text.dropFirst(before.count).hasPrefix("8<") else { return nil }
        let rest = text.dropFirst(before.count + 2)
        let after = rest.prefix { $0 == "-" }
        return after.isEmpty ? nil : rest.dropFirst(after.count)
    }

    /// The name in `  "fichier.md"  ` (or single quotes), the whole rest of the line.
    private static func quoted(_ text: Substring) -> String? {
        let trimmed = text.trimmingCharacters(in: [" ", "\t"])
        guard trimmed.count >= 2, let quote = trimmed.first, quote == "\"" || quote == "'", trimmed.last == quote else { return nil }
        return String(trimmed.dropFirst().dropLast())
    }

    /// Whether `line` is `--8<--` alone, indented or not.
    private static func isBlockMarker(_ line: Substring) -> Bool {
        afterScissors(line.drop { $0 == " " || $0 == "\t" })?.allSatisfy { $0 == " " || $0 == "\t" } ?? false
    }

    /// The marker `--8<-- [start:nom]` or `[end:nom]` anywhere in `line` (in a comment, say), as
    /// (`start` or `end`, name).
    static func sectionMarker(_ line: Substring) -> (String, String)? {
        var rest = line[...]
        while let scissors = rest.firstIndex(of: "8") {
            let dashes = line[..<scissors].reversed().prefix { $0 == "-" }.count
            if dashes > 0, let after = afterScissors(line[line.index(scissors, offsetBy: -dashes)...]) {
                let bracket = after.drop { $0 == " " || $0 == "\t" }
                if bracket.hasPrefix("["), let colon = bracket.firstIndex(of: ":"), let close = bracket.firstIndex(of: "]"), colon < close {
                    let which = String(bracket[bracket.index(after: bracket.startIndex)..<colon])
                    if which == "start" || which == "end" { return (which, String(bracket[bracket.index(after: colon)..<close])) }
                }
            }
            rest = line[line.index(after: scissors)...]
        }
        return nil
    }

    private static func isSectionMarker(_ line: Substring) -> Bool { line.contains("8<") && sectionMarker(line) != nil }

    /// A snippet's name: its path, and the part of the file it takes.
    struct Selection: Equatable {
        enum Part: Equatable {
            case whole
            /// `fichier.md:3:5`, `fichier.md::3`, `fichier.md:3` (1-based, inclusive).
            case lines(Int?, Int?)
            /// `fichier.md:nom`
            case section(String)
            /// mdBook's `exemple.rs:nom`: between `ANCHOR: nom` and `ANCHOR_END: nom`.
            case anchor(String)
            /// `fichier.md:/regex/`
            case pattern
        }

        var path: String
        var part: Part

        /// A whole file (a relative include's name has no selection).
        init(path: String) { (self.path, part) = (path, .whole) }

        init(_ name: String) {
            guard let colon = name.firstIndex(of: ":") else {
                (path, part) = (name, .whole)
                return
            }
            path = String(name[..<colon])
            let rest = name[name.index(after: colon)...]
            let numbers = rest.split(separator: ":", omittingEmptySubsequences: false)
            if rest.hasPrefix("/") {
                part = .pattern
            } else if numbers.count <= 2, numbers.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) {
                part = .lines(numbers.first.flatMap { Int($0) }, numbers.count == 2 ? Int(numbers[1]) : nil)
            } else {
                part = .section(String(rest))
            }
        }
    }
}

/// What reading a file a snippet names gave.
enum SnippetFile: Equatable {
    case text(String)
    case missing
    /// Not to be read, and why (`a hidden file`, `outside the project`).
    case refused(String)
}

/// Paths inside the project, as snippets and their settings name them.
enum SnippetPath {
    /// `path` without its `.` and empty segments, and the folders a `..` climbs back from (`.`
    /// for the project itself); `nil` when it is absolute or climbs out of the project.
    static func normalized(_ path: String) -> String? {
        guard !path.hasPrefix("/"), !path.hasPrefix("~") else { return nil }
        var parts: [Substring] = []
        for part in path.split(separator: "/") where part != "." {
            if part == ".." {
                guard parts.popLast() != nil else { return nil }
            } else {
                parts.append(part)
            }
        }
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
