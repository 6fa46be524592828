import RepereSupport

/// MyST's directives, the Markdown of Sphinx sites (```` ```{note} ````, `:::{note}`): a fence
/// whose info is `{name}` and an argument, its options first (`:alt: Carte`, `:class: x`).
/// Admonitions become callouts, `toctree` (the navigation, which the site's menus give) and
/// the directives that show nothing (`meta`, `role`) are left out, code and images are what they say, sphinx-design's tabs and cards their text; any other
/// directive stays a code block and is reported.
extension ForeignContainers {
    /// A MyST directive's first line, read from a fence's info string (`{admonition} Le titre`).
    struct MySTDirective: Equatable {
        var name: String
        var argument: String

        /// The directive of a fence's info string, or nil when it names none.
        init?(info: Substring) {
            let info = info.drop { $0 == " " }
            guard info.first == "{", let close = info.firstIndex(of: "}") else { return nil }
            let name = info[info.index(after: info.startIndex)..<close].lowercased()
            guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == ":" || $0 == "_" }) else { return nil }
            self.name = name
            argument = String(info[info.index(after: close)...]).trimmingWhitespace
        }

        /// What it becomes.
        var meaning: Meaning {
            switch name {
            case "admonition", "seealso", "dropdown": .callout(.note)
            case _ where ForeignContainers.admonitions[name] != nil: .callout(ForeignContainers.admonitions[name]!)
            case _ where Self.invisible.contains(name): .leftOut
            case "code-block", "code", "sourcecode", "code-cell": .code(argument)
            case "mermaid": .code("mermaid")
            case "image", "figure": .image
            case "tab-set", "grid", "card-carousel", "div", "container", "rubric", "topic", "sidebar", "margin", "epigraph": .plain
            case "tab-item", "grid-item-card", "card", "grid-item": .titled
            // R Markdown's and Quarto's ```` ```{r} ````, ```` ```{python} ````: code in that language.
            case _ where Self.codeLanguages.contains(name): .code(name)
            // A runner's directive given a language (`{exec} python`, `{jupyter-execute} ipython3`): code in it.
            case _ where Self.runners.contains(name): .code(String(argument.split(separator: " ").first ?? ""))
            // An extension's directive (sphinx-exercise's `{exercise}`, `{solution}`, `{iframe} URL`):
            // what it holds is Markdown, shown, its argument a title.
            case _ where !name.contains("-") && !name.contains(":") && !Self.sphinxDirectives.contains(name): .textOf
            default: .unknown
            }
        }

        /// Directives that run the code they hold (`{exec} python`, t-doc's; `{jupyter-execute}`):
        /// code in the language their argument names.
        static let runners: Set<String> = ["exec", "execute", "jupyter-execute", "ipython", "runblock", "run-cell", "pyodide"]

        /// The languages of R Markdown's and Quarto's code chunks (` ```{r} `), and others such a
        /// chunk or a Jupyter Book cell is written in.
        static let codeLanguages: Set<String> = [
            "r", "python", "py", "julia", "bash", "sh", "zsh", "sql", "ojs", "js", "javascript", "node", "stan", "rcpp", "c", "cpp", "fortran",
            "octave", "matlab", "ruby", "perl", "dot", "css", "html", "scala", "java", "go", "rust", "awk", "sed", "powershell", "asy", "tikz",
            "rscript", "cat", "glue", "verbatim", "ipython", "ipython3", "text", "json", "yaml", "toml", "xml", "latex", "tex", "console", "shell",
            "haskell", "lua", "php", "typescript", "ts", "kotlin", "swift", "csharp", "sas", "stata", "spss", "gnuplot", "coq", "ocaml", "elixir",
            "python3", "sass", "scss", "dockerfile", "diff", "makefile", "nginx", "ini", "bat", "cmd", "plaintext", "txt", "markdown", "md", "csv",
            "graphql", "jsx", "tsx", "vue", "svelte", "dart", "erlang", "clojure", "scheme", "racket", "prolog", "zig", "nim", "pascal", "vb", "fsharp",
        ]

        /// Directives that show nothing on the page: the navigation (`toctree`, which the site's
        /// menus give), metadata (`meta`, `metadata`), settings (`highlight`, `role`,
        /// `default-role`, `currentmodule`), index entries, authors.
        static let invisible: Set<String> = [
            "toctree", "tableofcontents", "meta", "metadata", "highlight", "role", "default-role", "currentmodule", "index", "sectionauthor",
            "codeauthor", "moduleauthor", "tags",
        ]

        /// Sphinx's directives of one word, which are no language: reported when not read.
        static let sphinxDirectives: Set<String> = [
            "include", "literalinclude", "math", "table", "glossary", "bibliography", "raw", "only", "contents", "versionadded",
            "versionchanged", "deprecated", "automodule", "autoclass", "autofunction", "automethod", "autodata",
            "autosummary", "doctest", "testcode", "productionlist", "centered", "hlist", "graphviz", "plantuml", "embed",
            "module", "function", "class", "method", "attribute", "exception", "option", "program", "describe", "object", "figure-md",
        ]

        enum Meaning: Equatable { case callout(CalloutKind), leftOut, code(String), image, plain, titled, textOf, unknown }
    }

    /// The Markdown a MyST directive's first line becomes when what it holds follows as Markdown:
    /// a callout's `> [!NOTE]` (an admonition's or a dropdown's argument its title, another's its
    /// first line), an image (`:alt:` from `options`), a tab's heading (`heading()` gives its
    /// `#`s), a card's title in bold; `prefix` for the others.
    static func mystFirstLine(_ directive: MySTDirective, options: [String: String], prefix: String, pad: String, heading: () -> String) -> String {
        let argument = directive.argument
        switch directive.meaning {
        case .callout(let kind):
            let titled = ["admonition", "dropdown"].contains(directive.name)
            return prefix + pad + "> [!\(kind.rawValue.uppercased())]" + (titled && !argument.isEmpty ? " " + argument : "")
                + (!titled && !argument.isEmpty ? "\n" + prefix + pad + "> " + argument : "")
        case .image:
            return argument.isEmpty ? prefix : prefix + pad + "!" + markdownLink(options["alt"] ?? "", to: argument) + "\n" + prefix
        case .titled where !argument.isEmpty:
            return directive.name == "tab-item" ? prefix + heading() + " " + argument : prefix + pad + "**" + argument.markdownEscaped + "**\n" + prefix
        case .textOf where !argument.isEmpty:
            // `{iframe} https://…`: a link to what it shows.
            let shown = argument.hasPrefix("https://") || argument.hasPrefix("http://") ? markdownLink(options["title"] ?? argument, to: argument) : "**" + argument.markdownEscaped + "**"
            return prefix + pad + shown + "\n" + prefix
        default:
            return prefix
        }
    }

    /// The options of the directive opened at `index` of `lines` (`:alt: Carte`), and the index
    /// of the first line after them.
    static func mystOptions(after index: Int, in lines: [String]) -> (values: [String: String], end: Int) {
        var values: [String: String] = [:]
        var i = index + 1
        while i < lines.count {
            let line = lines[i].drop { $0 == " " }
            guard line.first == ":", let close = line.dropFirst().firstIndex(of: ":") else { break }
            let key = line[line.index(after: line.startIndex)..<close]
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else { break }
            values[String(key)] = String(line[line.index(after: close)...]).trimmingWhitespace
            i += 1
        }
        // A blank line may part the options from the content.
        if i > index + 1, i < lines.count, lines[i].allSatisfy(\.isWhitespace) { i += 1 }
        return (values, i)
    }

    /// The index of the line closing the colon fence `run` (`:::`) opened at `index` of `lines`: a
    /// run of colons as long at least and nothing else; nil when none does.
    static func colonClosing(of run: Int, after index: Int, in lines: [String]) -> Int? {
        lines.indices.dropFirst(index + 1).first { k in
            let trimmed = lines[k].trimmingWhitespace
            return trimmed.count >= run && trimmed.allSatisfy { $0 == ":" }
        }
    }

    /// A backtick fence longer than any run opening a line of `lines` (at least three).
    static func fence(around lines: ArraySlice<String>) -> String {
        let longest = lines.map { $0.drop { $0 == " " }.prefix { $0 == "`" }.count }.max() ?? 0
        return String(repeating: "`", count: max(3, longest + 1))
    }

    /// The index of the line closing the fence `run` opened at `index` of `lines`, or nil.
    static func mystClosing(of run: String, after index: Int, in lines: [String]) -> Int? {
        lines.indices.dropFirst(index + 1).first { isClosingFence(lines[$0], run: run) }
    }

    /// Whether `line` closes a fence opened by `run`: as long a run at least, and nothing else.
    static func isClosingFence(_ line: String, run: String) -> Bool {
        let trimmed = line.drop { $0 == " " }
        guard line.count - trimmed.count <= 3, let mark = run.first else { return false }
        let closing = trimmed.prefix { $0 == mark }
        return closing.count >= run.count && trimmed.dropFirst(closing.count).allSatisfy(\.isWhitespace)
    }
}
