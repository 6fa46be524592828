/// The include tags of GitBook and Jekyll that name a Markdown file from the file writing them:
/// GitBook's `{% include "../.gitbook/includes/bloc.md" %}` (its reusable content) and Jekyll's
/// `{% include_relative bloc.md %}`; VitePress' `<!--@include: ./bloc.md-->` too. Jekyll's
/// `{% include bloc.html %}` (from `_includes/`, with parameters) is no such tag.
enum IncludeTag {
    /// The path a line (its indent dropped) holding only such a tag names, and whether it is
    /// Jekyll's `include_relative` (whose links are the page's; GitBook's are read from the
    /// included file's folder), or `nil`.
    static func relativePath(in line: Substring) -> (path: String, isRelative: Bool)? {
        if line.hasPrefix("<!--@include:") { return vitePressPath(in: line) }
        guard line.hasPrefix("{%") else { return nil }
        var inner = line.dropFirst(2).trimmingCharacters(in: [" ", "\t"])[...]
        guard inner.hasSuffix("%}") else { return nil }
        inner = inner.dropLast(2)
        if inner.hasPrefix("-") { inner = inner.dropFirst() }  // `{%- … -%}`: Liquid's white-space control
        if inner.hasSuffix("-") { inner = inner.dropLast() }
        inner = inner.trimmingCharacters(in: [" ", "\t"])[...]
        let keyword = inner.prefix { $0 != " " && $0 != "\t" }
        guard keyword == "include" || keyword == "include_relative" else { return nil }
        var path = inner.dropFirst(keyword.count).trimmingCharacters(in: [" ", "\t"])[...]
        if let quote = path.first, quote == "\"" || quote == "'" {
            // Quoted, the path may hold spaces (GitBook's `untitled (1).md`).
            guard path.count >= 2, path.last == quote, !path.dropFirst().dropLast().contains(quote) else { return nil }
            path = path.dropFirst().dropLast()
        } else if keyword == "include" || path.contains(where: { $0 == " " || $0 == "\t" }) {
            return nil  // Jekyll's `{% include toc.html %}`, from `_includes/`; or parameters
        }
        let lowered = path.lowercased()
        guard !path.isEmpty, lowered.hasSuffix(".md") || lowered.hasSuffix(".markdown") else { return nil }
        return (String(path), keyword == "include_relative")
    }

    /// VitePress' `<!--@include: ./parts/bloc.md-->` alone on its line: the file, from the page's
    /// folder, its text put in the page as written (its links read from the page). A part of it
    /// (`{3,10}`, `#region`) is not selected: the whole file is.
    private static func vitePressPath(in line: Substring) -> (path: String, isRelative: Bool)? {
        let inner = line.dropFirst("<!--@include:".count).trimmingCharacters(in: [" ", "\t"])
        guard inner.hasSuffix("-->") else { return nil }
        var path = inner.dropLast(3).trimmingCharacters(in: [" ", "\t"])[...]
        if let brace = path.firstIndex(of: "{"), path.hasSuffix("}") { path = path[..<brace] }
        if let hash = path.firstIndex(of: "#") { path = path[..<hash] }
        let lowered = path.lowercased()
        guard !path.isEmpty, !path.hasPrefix("@"), lowered.hasSuffix(".md") || lowered.hasSuffix(".markdown") else { return nil }
        return (String(path), true)
    }

    /// `true` for a line that is `{% raw %}` alone, `false` for `{% endraw %}` (`{%- … -%}` too),
    /// `nil` for any other.
    static func rawMarker(_ line: Substring) -> Bool? {
        let inner = line.trimmingCharacters(in: [" ", "\t"])
        guard inner.hasPrefix("{%"), inner.hasSuffix("%}") else { return nil }
        switch inner.dropFirst(2).dropLast(2).trimmingCharacters(in: [" ", "\t", "-"]) {
        case "raw": return true
        case "endraw": return false
        default: return nil
        }
    }

    /// `text` without the front-matter it starts with, if any (GitBook's included files have one).
    static func withoutFrontMatter(_ text: String) -> Substring {
        guard text.hasPrefix("---\n") else { return text[...] }
        var rest = text.dropFirst(4)
        while let end = rest.firstIndex(of: "\n") {
            let line = rest[..<end]
            rest = rest[rest.index(after: end)...]
            if line == "---" || line == "..." { return rest }
        }
        return text[...]
    }
}
