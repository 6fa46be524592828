import Foundation
import RepereSupport

extension ForeignConfiguration {
    /// A Sphinx project's settings read beside its MyST pages (a folder of Markdown with a
    /// `conf.py`): its `html_title` or `project` as the title, `_build/` left out, and the order its
    /// `{toctree}`s give, from the home page down (`:caption:` naming a group), as `nav:`; pages
    /// no toctree lists are published after them, as Sphinx builds them.
    mutating func readSphinx(in folder: URL, home: String?) {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent("conf.py").path) else { return }
        let python = LineEnds.text(data)
        if let title = Self.pythonString("html_title", in: python) ?? Self.pythonString("project", in: python), !title.isEmpty { self.title = title }
        for generated in ["_build", "_templates"] where Self.isFolder(generated, in: folder) { exclude.append("/\(generated)/") }
        notCarried.append("Sphinx's extensions and its reStructuredText pages (`.rst`), if any: only its Markdown (MyST) pages are read")
        guard let home else { return }
        var seen: Set<String> = [home]
        var lines: [String] = []
        appendToctrees(of: home, in: folder, indent: "", seen: &seen, into: &lines)
        guard !lines.isEmpty else { return }
        navigationYAML = lines.joined(separator: "\n")
        navigationSource = "its toctrees"
    }

    /// The `nav:` lines of the toctrees of `page` (relative to `folder`), each listed page followed
    /// by its own toctrees' pages, one level deeper; a page is listed once.
    private func appendToctrees(of page: String, in folder: URL, indent: String, seen: inout Set<String>, into lines: inout [String]) {
        guard lines.count < 10_000, let data = FileManager.default.contents(atPath: folder.appendingPathComponent(page).path) else { return }
        let directory = (page as NSString).deletingLastPathComponent
        for toctree in Self.toctrees(in: LineEnds.text(data)) {
            var entries: [String] = []
            for entry in toctree.entries {
                // `Titre <chemin>`, `chemin`, `chemin.md`; globs and addresses are not followed.
                var target = entry
                if target.hasSuffix(">"), let open = target.lastIndex(of: "<") { target = String(target[target.index(after: open)..<target.index(before: target.endIndex)]) }
                guard !target.contains("*"), !target.contains("://"), target != "self" else { continue }
                let written = target.hasPrefix("/") ? String(target.dropFirst()) : (directory.isEmpty ? target : directory + "/" + target)
                guard let path = ContentPath.resolving(written.hasSuffix(".md") ? written : written + ".md", in: "")?.rawValue,
                    FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path), seen.insert(path).inserted
                else { continue }
                entries.append(path)
            }
            guard !entries.isEmpty else { continue }
            let itemIndent = toctree.caption == nil ? indent : indent + "    "
            if let caption = toctree.caption { lines.append(indent + "- " + Self.quoted(caption) + ":") }
            for path in entries {
                lines.append(itemIndent + "- " + Self.quoted(path))
                appendToctrees(of: path, in: folder, indent: itemIndent, seen: &seen, into: &lines)
            }
        }
    }

    /// The toctrees of a MyST page (```` ```{toctree} ```` or `:::{toctree}`): their `:caption:`
    /// and their entries, options and blank lines aside.
    static func toctrees(in text: String) -> [(caption: String?, entries: [String])] {
        var result: [(caption: String?, entries: [String])] = []
        var open: (closing: String, caption: String?, entries: [String])?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if var current = open {
                if trimmed.hasPrefix(current.closing), trimmed.allSatisfy({ $0 == current.closing.first }) {
                    result.append((current.caption, current.entries))
                    open = nil
                } else if trimmed.hasPrefix(":caption:") {
                    current.caption = String(trimmed.dropFirst(":caption:".count)).trimmingWhitespace
                    open = current
                } else if !trimmed.isEmpty, !trimmed.hasPrefix(":") {
                    current.entries.append(trimmed)
                    open = current
                }
                continue
            }
            let run = trimmed.prefix { $0 == "`" || $0 == ":" || $0 == "~" }
            if run.count >= 3, Set(run).count == 1, trimmed.dropFirst(run.count).trimmingCharacters(in: .whitespaces).hasPrefix("{toctree}") {
                open = (String(run), nil, [])
            }
        }
        return result
    }

    /// `key = "value"` (or `'value'`) at the start of a line of a Python file; nil when none.
    static func pythonString(_ key: String, in python: String) -> String? {
        guard let regex = try? NSRegularExpression(pattern: #"(?m)^\#(key)\s*=\s*(?:"((?:\\.|[^"\\\n])*)"|'((?:\\.|[^'\\\n])*)')"#),
            let match = regex.firstMatch(in: python, range: NSRange(python.startIndex..., in: python))
        else { return nil }
        for group in [1, 2] { if let range = Range(match.range(at: group), in: python) { return String(python[range]) } }
        return nil
    }
}
