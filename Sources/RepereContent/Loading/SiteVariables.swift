import Foundation
import RepereSupport

/// Jekyll's `{{ site.name }}` (and GitBook 3's `{{ book.name }}`, named `book.name`) in a page's
/// body replaced by the value `site_variables:` gives it (`init --from jekyll` copies the texts
/// and numbers of `_config.yml`, `init --from gitbook` the `variables` of `book.json`), as Jekyll renders it
/// before the Markdown, inside code too, but not between `{% raw %}` and `{% endraw %}`, whose
/// markers inside a line of text are taken out. `site.baseurl` and `site.url` starting an
/// address (`{{ site.url }}/regles.html`, `href="{{ site.baseurl }}…"`) are left to the parse
/// stage (it reads links), and so is any output with filters; in running text they are the
/// site's address (`https://exemple.gouv.fr`) and path (`/aide`), from `base_url`. A name without
/// a value stays as written and is reported, once per page. Without any value (no
/// `site_variables:`, not a Jekyll project), pages are left as written: `{{ site.title }}` may be
/// an example.
struct SiteVariables {
    var values: [String: String]
    /// The site's published address (`base_url`).
    var baseURL = "/"

    /// A `{{ site.name }}` without a value: its first place and how many times it is written.
    struct Unknown: Equatable {
        var written: String
        var line: Int
        var column: Int
        var uses: Int
    }

    /// `body` with its variables replaced, and those it could not replace; `nil` when it has none.
    func substitute(_ body: String) -> (text: String, unknown: [Unknown])? {
        guard !values.isEmpty,
            body.containsBytes("{{ site.") || body.containsBytes("{{site.") || body.containsBytes("{{ book.") || body.containsBytes("{{book.")
                || body.containsBytes("{% raw")
        else { return nil }
        var unknown: [Unknown] = []
        var isRaw = false
        var changed = false
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { number, line -> Substring in
            guard line.contains("{") else { return line }
            var result = ""
            var rest = line[...]
            while let open = rest.range(of: "{") {
                result += rest[..<open.lowerBound]
                let tail = rest[open.lowerBound...]
                if let (name, end) = Self.tag(in: tail), name == "raw" || name == "endraw" {
                    isRaw = name == "raw"
                    // Alone on its line, the parse stage reads it; inside a line, Jekyll takes it out.
                    if line.trimmingCharacters(in: .whitespaces) == String(tail[..<end]) { result += tail[..<end] } else { changed = true }
                    rest = tail[end...]
                    continue
                }
                if !isRaw, let (value, end) = address(in: tail, after: result.suffix(2)) {
                    result += value
                    changed = true
                    rest = tail[end...]
                    continue
                }
                if !isRaw, let (name, end) = Self.variable(in: tail) {
                    if let value = values[name] {
                        result += value
                        changed = true
                    } else {
                        let written = String(tail[..<end])
                        if let i = unknown.firstIndex(where: { $0.written == written }) {
                            unknown[i].uses += 1
                        } else {
                            let column = line.unicodeScalars.distance(from: line.startIndex, to: open.lowerBound) + 1
                            unknown.append(Unknown(written: written, line: number + 1, column: column, uses: 1))
                        }
                        result += written
                    }
                    rest = tail[end...]
                    continue
                }
                result += "{"
                rest = tail.dropFirst()
            }
            result += rest
            return Substring(result)
        }
        guard changed || !unknown.isEmpty else { return nil }
        return (changed ? lines.joined(separator: "\n") : body, unknown)
    }

    /// `{{ site.url }}` or `{{ site.baseurl }}` at the start of `text` in running text (not after
    /// `previous`, a link's `](`, a quote or `=`, nor before a `/`, `{` or quote): the site's
    /// address or path, and where it ends.
    private func address(in text: Substring, after previous: Substring) -> (String, String.Index)? {
        guard text.hasPrefix("{{"), let close = text.dropFirst(2).range(of: "}}") else { return nil }
        let inner = text[text.index(text.startIndex, offsetBy: 2)..<close.lowerBound].trimmingCharacters(in: CharacterSet(charactersIn: " -"))
        guard inner == "site.url" || inner == "site.baseurl", previous != "](", !"\"'=".contains(previous.last ?? " "),
            !"/{\"'".contains(text[close.upperBound...].first ?? " ")
        else { return nil }
        let path = SiteConfiguration.basePath(of: baseURL)
        guard inner == "site.url" else { return (path, close.upperBound) }
        guard let scheme = baseURL.range(of: "://"), let slash = baseURL[scheme.upperBound...].firstIndex(of: "/") ?? Optional(baseURL.endIndex) else { return nil }
        return (String(baseURL[..<slash]), close.upperBound)
    }

    /// The name of the Liquid tag `{% name … %}` (`{%- raw -%}` too) at the start of `text`, and where it ends.
    private static func tag(in text: Substring) -> (String, String.Index)? {
        guard text.hasPrefix("{%"), let close = text.dropFirst(2).range(of: "%}") else { return nil }
        let inner = text[text.index(text.startIndex, offsetBy: 2)..<close.lowerBound].trimmingCharacters(in: CharacterSet(charactersIn: " -"))
        return (inner.split(separator: " ").first.map(String.init) ?? "", close.upperBound)
    }

    /// The name of `{{ site.name }}` (`name`) or `{{ book.name }}` (`book.name`) at the start of
    /// `text` (no filters), and where it ends; nil for any other output and for `site.baseurl`, `site.url`.
    private static func variable(in text: Substring) -> (String, String.Index)? {
        guard text.hasPrefix("{{"), let close = text.dropFirst(2).range(of: "}}") else { return nil }
        let inner = text[text.index(text.startIndex, offsetBy: 2)..<close.lowerBound].trimmingCharacters(in: CharacterSet(charactersIn: " -"))
        guard inner.hasPrefix("site.") || inner.hasPrefix("book."), case let name = String(inner.hasPrefix("site.") ? inner.dropFirst(5) : inner[...]),
            !name.isEmpty, name != "book.", name != "baseurl", name != "url",
            name.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) || "_-.".unicodeScalars.contains($0) })
        else { return nil }
        return (name, close.upperBound)
    }
}
