import Foundation

/// Jekyll's Liquid in pages, read as Jekyll renders it where a help page uses it:
///
/// - `{{ site.baseurl }}` and `{{ site.url }}` nothing (Repère adds the site's path itself), and
///   `{{ '/guide/' | relative_url }}` (`absolute_url`, `prepend: site.baseurl`) the address;
/// - `{% link _guide/page.md %}` the file, from the content folder (a link to it is checked);
/// - `{% raw %}` … `{% endraw %}` its text as written, `{% comment %}` … `{% endcomment %}`
///   nothing, `{% highlight ruby %}` … `{% endhighlight %}` a fenced code block;
/// - `{% include alert.html content="…" %}` (an include given its text) a callout titled by that
///   text when the file (`alert`, `note`, `warning`…) or its `type` says which, else the text quoted.
///
/// Other tags alone on their line are reported (`markdown.unknown-directive`); any other
/// `{{ … }}` is text (it may be an example of a template language).
extension ForeignContainers {
    /// A Liquid block whose lines are not read as the others: `raw` keeps them, `comment` drops them.
    enum LiquidBlock { case raw, comment }

    /// Whether `text` may hold Hugo's shortcodes or Liquid: byte searches, pages without any
    /// cost nothing more.
    static func mayHaveTemplates(_ text: String) -> Bool {
        text.containsBytes("{{") || text.containsBytes("{%")
    }

    /// `{{ … }}` at `start` of `line` as Jekyll writes it: its text and where it ends, or nil
    /// for any other output.
    static func liquidOutput(in line: String, at start: String.Index) -> (text: String, end: String.Index)? {
        let rest = line[start...]
        // The closing braces are looked for after the opening ones (`{{}}`, `{%}`: they share none).
        guard rest.hasPrefix("{{"), let close = rest.dropFirst(2).prefix(maximumTagLength).range(of: "}}") else { return nil }
        let inner = rest[rest.index(start, offsetBy: 2)..<close.lowerBound].trimmingCharacters(in: .whitespaces)
        let filters = inner.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        guard let value = filters.first else { return nil }
        if value == "site.baseurl" || value == "site.url" { return ("", close.upperBound) }
        guard value.count >= 2, let quote = value.first, quote == "'" || quote == "\"", value.last == quote,
            filters.count >= 2, filters.dropFirst().allSatisfy({ ["relative_url", "absolute_url", "prepend: site.baseurl", "prepend: site.url"].contains($0) })
        else { return nil }
        return (String(value.dropFirst().dropLast()), close.upperBound)
    }

    /// `{% link path %}` at `start` of `line`: the file from the content folder's root, and
    /// where the tag ends; nil for any other tag.
    static func liquidLink(in line: String, at start: String.Index) -> (text: String, end: String.Index)? {
        let rest = line[start...]
        guard rest.hasPrefix("{%"), let close = rest.dropFirst(2).prefix(maximumTagLength).range(of: "%}") else { return nil }
        let words = rest[rest.index(start, offsetBy: 2)..<close.lowerBound].split(whereSeparator: \.isWhitespace)
        guard words.count == 2, words[0] == "link" else { return nil }
        let path = words[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
        return ("/" + path.drop { $0 == "/" }, close.upperBound)
    }

    /// What a Liquid tag alone on its line becomes, or nil for a tag this reader does not know;
    /// `block` and `fence` open what it opens.
    static func liquidLine(
        _ tag: Tag, written: Substring, prefix: String, block: inout LiquidBlock?, fence: inout String?, inHighlight: inout Bool
    ) -> String? {
        switch tag.name {
        case "raw":
            block = .raw
            return prefix
        case "comment":
            block = .comment
            return prefix
        case "endraw", "endcomment", "endhighlight":
            return prefix
        case "highlight":
            let inner = written.dropFirst(2).prefix { $0 != "%" }
            let language = inner.split(whereSeparator: \.isWhitespace).dropFirst().first.map(String.init) ?? ""
            (fence, inHighlight) = ("```", true)
            // After a blank line, and followed by one: Jekyll runs Liquid before Markdown, so the
            // block is code also inside HTML (`<div class="tab-content">` on the line before).
            return prefix + "\n" + prefix + "```" + language
        case "include":
            guard let text = tag.arguments["content"] ?? tag.arguments["text"] ?? tag.arguments["message"], !text.isEmpty else { return nil }
            // `alert.html`, `note.html`, `warning.html`… (or a `type`): a callout titled by its text.
            let file = written.dropFirst(2).split(whereSeparator: \.isWhitespace).dropFirst().first.map { $0.prefix { $0 != "." }.lowercased() } ?? ""
            let type = (tag.arguments["type"] ?? tag.arguments["style"] ?? file).lowercased()
            guard let kind = admonitions[type] ?? (["alert", "callout", "notice"].contains(type) ? .note : nil) else { return prefix + "> " + text }
            return prefix + "> [!\(kind.rawValue.uppercased())] " + text
        default:
            return nil
        }
    }
}
