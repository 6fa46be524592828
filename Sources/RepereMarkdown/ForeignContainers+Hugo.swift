import Foundation
import RepereSupport

/// Hugo's shortcodes, `{{< name arguments >}}` and `{{% name arguments %}}`, closed by
/// `{{< /name >}}` when they wrap text. Those the common themes define (Learn, Relearn, Book,
/// Docsy, Hugo's own) become what Repère renders:
///
/// - `ref` and `relref` (`[texte]({{< ref "guide/page.md" >}})`) the path they name, which links
///   resolve as any other;
/// - `notice`, `hint`, `alert`, `callout`, `admonition` and `note`, `tip`, `info`, `warning`…
///   callouts, their type from their first argument or `type`, `style`, `color`; `details`,
///   `expand`, `spoiler`, `collapse` a note titled by their summary;
/// - `tabs` nothing, each `tab` a heading one level below the heading before it;
/// - `figure`, `fig`, `image`, `img`, `picture` an image, its alternative text `alt`, else its
///   caption or title, else the argument after its file's;
/// - `youtube`, `vimeo` a link to the video (a Repère site embeds nothing from a third party);
/// - `highlight LANG` a fenced code block, `code` and `output` the name of the file (`file=`)
///   of the code block they wrap; `children`, `toc` nothing (a section's page lists its
///   pages; the theme makes tables of contents);
/// - `{{</* name */>}}`, Hugo's way to show a shortcode as text, the shortcode as text.
///
/// Any other shortcode is reported (`markdown.unknown-directive`): alone on its line, the line
/// is left empty (what it wraps stays); inside a line it stays as written.
extension ForeignContainers {
    /// A shortcode read from a line.
    struct HugoShortcode {
        var name: String
        var isClosing: Bool
        var positional: [String] = []
        var named: [String: String] = [:]
        /// Where it is in the line it was read from.
        var range: Range<String.Index>

        /// The shortcode starting at `start` in `line` (at its `{{`), or nil.
        init?(in line: String, at start: String.Index) {
            let rest = line[start...]
            let markdown = rest.hasPrefix("{{%")
            guard markdown || rest.hasPrefix("{{<") else { return nil }
            guard let end = rest.dropFirst(3).range(of: markdown ? "%}}" : ">}}") else { return nil }
            var inner = rest[rest.index(start, offsetBy: 3)..<end.lowerBound].drop { $0 == " " || $0 == "-" }
            isClosing = inner.first == "/"
            if isClosing { inner = inner.dropFirst().drop { $0 == " " } }
            let name = inner.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "/" || $0 == "." }
            guard !name.isEmpty, name.first?.isLetter == true else { return nil }
            self.name = name.lowercased()
            range = start..<end.upperBound
            var arguments = inner.dropFirst(name.count)
            while true {
                arguments = arguments.drop { $0 == " " || $0 == "\t" }
                guard let first = arguments.first, first != "/" || arguments.count > 1 else { break }
                var key: String?
                let word = arguments.prefix { !$0.isWhitespace && $0 != "=" && $0 != "\"" && $0 != "`" }
                if !word.isEmpty, arguments.dropFirst(word.count).first == "=" {
                    key = String(word)
                    arguments = arguments.dropFirst(word.count + 1)
                }
                let value: Substring
                if let quote = arguments.first, quote == "\"" || quote == "`" {
                    let body = arguments.dropFirst()
                    let close = body.firstIndex(of: quote) ?? body.endIndex
                    value = body[..<close]
                    arguments = close < body.endIndex ? body[body.index(after: close)...] : body[close...]
                } else {
                    value = arguments.prefix { !$0.isWhitespace }
                    arguments = arguments.dropFirst(value.count)
                    if value.isEmpty { break }
                }
                if let key { named[key.lowercased()] = String(value) } else { positional.append(String(value)) }
            }
        }

        /// The shortcode that is all of `line` but spaces, or nil.
        static func alone(on line: Substring) -> HugoShortcode? {
            let text = String(line).trimmingWhitespace
            guard let shortcode = HugoShortcode(in: text, at: text.startIndex), shortcode.range.upperBound == text.endIndex else { return nil }
            return shortcode
        }

        /// `{{< name >}}` or `{{< /name >}}`, as a report names it.
        var written: String { "{{< \(isClosing ? "/" : "")\(name) >}}" }
    }

    /// Names whose shortcode is a callout of its own type (`{{% note %}}`) or of the type its
    /// arguments give (`{{% notice warning %}}`).
    private static let hugoCallouts: Set<String> = ["notice", "hint", "alert", "callout", "admonition"]
    private static let hugoDetails: Set<String> = ["details", "expand", "spoiler", "collapse"]
    /// Docsy's `color`s and Bootstrap's, as callout types.
    private static let hugoColors: [String: CalloutKind] = ["primary": .note, "secondary": .note, "light": .note, "dark": .note]

    /// What a shortcode alone on its line becomes, or nil when it is not understood; `open`
    /// gains or loses the callout it opens or closes.
    static func hugoBlock(
        _ shortcode: HugoShortcode, prefix: String, open: inout [Container], headingLevel: Int
    ) -> String? {
        let name = shortcode.name
        let isCallout = hugoCallouts.contains(name) || admonitions[name] != nil || hugoDetails.contains(name)
        if shortcode.isClosing {
            if isCallout {
                if open.last?.isCallout == true { open.removeLast() }
                return String(repeating: "> ", count: open.filter(\.isCallout).count)
            }
            return ["tabs", "tab", "highlight", "figure", "code", "output"].contains(name) ? prefix : nil
        }
        if isCallout {
            let kind: CalloutKind
            var title = shortcode.named["title"] ?? shortcode.named["summary"] ?? shortcode.named["header"]
            if hugoDetails.contains(name) {
                kind = .note
                title = title ?? shortcode.positional.first
            } else if let own = admonitions[name], !hugoCallouts.contains(name) {
                kind = own
                title = title ?? shortcode.positional.first
            } else {
                let type = (shortcode.named["type"] ?? shortcode.named["style"] ?? shortcode.named["color"] ?? shortcode.named["theme"]
                    ?? shortcode.positional.first ?? "note").lowercased()
                kind = admonitions[type] ?? hugoColors[type] ?? .note
                title = title ?? shortcode.positional.dropFirst().first
            }
            open.append(.callout)
            return prefix + "> [!\(kind.rawValue.uppercased())]" + (title.map { $0.isEmpty ? "" : " " + $0 } ?? "")
        }
        switch name {
        case "tabs", "children", "toc":
            return prefix
        case "tab":
            let title = shortcode.named["name"] ?? shortcode.named["title"] ?? shortcode.named["header"] ?? shortcode.positional.first ?? ""
            return title.isEmpty ? prefix : prefix + String(repeating: "#", count: min(6, headingLevel + 1)) + " " + title
        case "code", "output":
            // Around a code block (Hugo's own documentation): its file's name before it, as GitBook's `{% code %}`.
            let title = shortcode.named["file"] ?? shortcode.named["title"] ?? shortcode.named["filename"] ?? ""
            return prefix + (title.isEmpty ? "" : title.markdownCodeSpan)
        case "figure", "fig", "image", "img", "picture":
            guard let source = shortcode.named["src"] ?? shortcode.positional.first else { return nil }
            // Named, or the second argument (a site's own `{{< fig "capture.png" "Légende" >}}`).
            let alt = shortcode.named["alt"] ?? shortcode.named["caption"] ?? shortcode.named["title"]
                ?? (shortcode.named["src"] == nil ? shortcode.positional.dropFirst().first : shortcode.positional.first) ?? ""
            return prefix + "![\(alt.markdownEscaped)](\(source.markdownDestination))"
        case "youtube", "vimeo":
            guard let id = shortcode.named["id"] ?? shortcode.positional.first, !id.isEmpty else { return nil }
            let url = name == "youtube" ? "https://www.youtube.com/watch?v=\(id)" : "https://vimeo.com/\(id)"
            return prefix + markdownLink(shortcode.named["title"] ?? "Vidéo \(name == "youtube" ? "YouTube" : "Vimeo")", to: url)
        default:
            return nil
        }
    }

    /// `line` with its templates read: Hugo's `ref` and `relref` shortcodes as the paths they
    /// name, its shortcodes shown as text (`{{</* name */>}}`) as text, Jekyll's addresses and
    /// links (``liquidOutput(in:at:)``, ``liquidLink(in:at:)``); the other shortcodes in it are
    /// kept and returned, reported by the caller. `inCode`: only shortcodes shown as text are read.
    static func inlineTemplates(_ line: String, inCode: Bool) -> (line: String, unknown: [(column: Int, directive: String)]) {
        guard mayHaveTemplates(line) else { return (line, []) }
        var result = ""
        var unknown: [(Int, String)] = []
        var index = line.startIndex
        while let open = line[index...].firstIndex(of: "{") {
            result += line[index..<open]
            let rest = line[open...]
            for (opening, closing) in [("{{</*", "*/>}}"), ("{{%/*", "*/%}}")] where rest.hasPrefix(opening) {
                if let end = rest.range(of: closing) {
                    let inner = rest[rest.index(open, offsetBy: opening.count)..<end.lowerBound]
                    result += opening.prefix(3) + inner + closing.suffix(3)
                    index = end.upperBound
                }
            }
            if index > open { continue }
            if !inCode, let shortcode = HugoShortcode(in: line, at: open) {
                if ["ref", "relref"].contains(shortcode.name), let path = shortcode.positional.first ?? shortcode.named["path"] {
                    // `blog/post.md` names a file from the content folder, as Hugo finds it
                    // when the page's own folder has none; `post.md`, `./post.md` the page's folder.
                    result += path.contains("/") && !path.hasPrefix("/") && !path.hasPrefix(".") ? "/" + path : path
                } else {
                    // A closing shortcode is reported with its opening one.
                    if !shortcode.isClosing { unknown.append((line.distance(from: line.startIndex, to: open) + 1, shortcode.written)) }
                    result += line[shortcode.range]
                }
                index = shortcode.range.upperBound
                continue
            }
            if !inCode, let liquid = liquidOutput(in: line, at: open) ?? liquidLink(in: line, at: open) {
                result += liquid.text
                index = liquid.end
                continue
            }
            result += "{"
            index = line.index(after: open)
        }
        return (result + line[index...], unknown)
    }
}
