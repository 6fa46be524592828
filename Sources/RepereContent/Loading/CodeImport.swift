import RepereDiagnostics

/// VitePress' code import, a line `<<< ./demo/Alerte.vue`, `<<< @/snippets/a.js{2,4}` (`@/`: the
/// content folder), `<<< ./a.cs{c#} [Titre]`: the file shown as a code block of its language
/// (its extension's, or the one in braces), titled when a title is given. A region
/// (`#region`) and highlighted lines are not selected: the whole file is shown.
struct CodeImport: Equatable {
    var path: String
    var language: String
    var title: String?

    init(path: String, language: String, title: String? = nil) {
        (self.path, self.language, self.title) = (path, language, title)
    }

    init?(_ line: Substring) {
        let rest = line.dropFirst(3).drop { $0 == " " || $0 == "\t" }
        var inBraces = false  // `{1,3 ts}` holds a space
        var token = rest.prefix { c in
            if c == "{" { inBraces = true } else if c == "}" { inBraces = false }
            return inBraces || (c != " " && c != "\t" && c != "[")
        }
        guard !token.isEmpty else { return nil }
        let after = rest.dropFirst(token.count).trimmingCharacters(in: [" ", "\t"])
        if after.hasPrefix("["), after.hasSuffix("]") { title = String(after.dropFirst().dropLast()) } else if !after.isEmpty { return nil }
        var braces: Substring = ""
        if let open = token.firstIndex(of: "{"), token.hasSuffix("}") {
            braces = token[token.index(after: open)..<token.index(before: token.endIndex)]
            token = token[..<open]
        }
        if let hash = token.firstIndex(of: "#") { token = token[..<hash] }
        guard !token.isEmpty, token.hasPrefix(".") || token.hasPrefix("@/") || token.contains("/") || token.contains(".") else { return nil }
        path = String(token)
        // `{c#}`, `{1,3 ts}`: a word with a letter names the language; numbers are lines to highlight.
        // Else the file's extension (none for `Makefile`).
        let word = braces.split(separator: " ").last.map(String.init) ?? ""
        let name = token.split(separator: "/").last ?? ""
        language = word.contains(where: \.isLetter) ? word : name.contains(".") ? String(name.split(separator: ".").last ?? "") : ""
        language = language.filter { !$0.isWhitespace && $0 != "`" }
    }
}

extension Snippets {
    /// Puts the file `code` names, from the folder of `including` (or the content folder for
    /// `@/`), in the page as a code block: its lines as written, none of them read as a snippet.
    func importCode(_ code: CodeImport, from including: String, indent: String, at: (line: Int, column: Int), into output: inout Output) {
        func report(_ kind: DiagnosticKind, _ message: String, _ notes: [String]) {
            guard output.reported.insert("\(at.line):\(at.column):\(message)").inserted else { return }
            output.problems.append(Problem(line: at.line, column: at.column, kind: kind, message: message, notes: notes))
        }
        let folder = code.path.hasPrefix("@/") ? contentFolder : including.split(separator: "/").dropLast().joined(separator: "/")
        let name = code.path.hasPrefix("@/") ? String(code.path.dropFirst(2)) : code.path
        guard let path = SnippetPath.normalized(folder.isEmpty || folder == "." ? name : folder + "/" + name) else {
            report(.snippetOutsideProject, "imported code '\(code.path)' is not read: it leaves the project", ["import files of the project only"])
            return
        }
        let text: String
        switch read(path) {
        case .text(let read): text = read
        case .missing:
            report(.snippetMissing, "imported code '\(code.path)' does not exist", ["looked up at '\(path)'" + (code.path.hasPrefix("@/") ? ", from the content folder" : ", from the folder of the page")])
            return
        case .refused(let why):
            report(.snippetOutsideProject, "imported code '\(code.path)' is not read: '\(path)' is \(why)", ["import files of the project only"])
            return
        }
        guard !output.tooLarge, output.bytes + text.utf8.count <= Self.maximumBytes else {
            output.tooLarge = true
            report(.snippetSkipped, "snippets make the page larger than \(Self.maximumBytes / 1_000_000) MB: '\(path)' and the ones after it are left out", [])
            return
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        // A fence longer than any run of backticks the file holds.
        let longest = lines.map { $0.drop { $0 == " " || $0 == "\t" }.prefix { $0 == "`" }.count }.max() ?? 0
        let fence = String(repeating: "`", count: max(3, longest + 1))
        // A backtick in a fence's info would make it no fence.
        let info = code.language + (code.title.map { " title=\"\($0.replacingOccurrences(of: "\"", with: "'").replacingOccurrences(of: "`", with: "'"))\"" } ?? "")
        output.append(indent + fence + info, origin: at.line, included: true)
        for line in lines { output.append(line.isEmpty ? "" : indent + line, origin: at.line, included: true) }
        output.append(indent + fence, origin: at.line, included: true)
    }
}
