import Foundation

/// The relative links and images of a file GitBook includes (`{% include "…" %}`), which GitBook
/// reads from the included file's folder, written from the including page's folder instead, so
/// they find the same files once the text is in the page: `../assets/a.png` in
/// `.gitbook/includes/bloc.md` is `../.gitbook/assets/a.png` from `guide/page.md`.
enum IncludedLinks {
    /// `line` with each relative destination of a Markdown link or image (`](…)`, `](<…>)`), of a
    /// link reference definition (`[logo]: ../a.png`) and of an HTML `src` or `href` attribute read from `source` (a folder from the project) and
    /// written from `target`; addresses, anchors and paths from the root are left alone.
    static func rebased(_ line: Substring, from source: String, to target: String) -> String {
        guard source != target, line.contains("](") || line.contains("]:") || line.contains("src=") || line.contains("href=") else { return String(line) }
        var text = String(line)
        for regex in destinations {
            let matches = regex.matches(in: text, range: NSRange(text.startIndex..., in: text))
            for match in matches.reversed() {
                guard let range = Range(match.range(at: 1), in: text) else { continue }
                if let rebased = rebased(String(text[range]), from: source, to: target) { text.replaceSubrange(range, with: rebased) }
            }
        }
        return text
    }

    /// The destinations rewritten, each the first group: a link's or an image's (`](…)`, `](<…>)`),
    /// an HTML `src` or `href` attribute's, a link reference definition's. Compiled once.
    private static let destinations: [NSRegularExpression] = [
        #"\]\(\s*<([^>\n]+)>"#, #"\]\(\s*([^)\s<][^)\s]*)"#, #"\b(?:src|href)\s*=\s*"([^"\n]+)""#, #"\b(?:src|href)\s*=\s*'([^'\n]+)'"#,
        #"^ {0,3}\[[^\]]+\]:\s*<([^>\n]+)>"#, #"^ {0,3}\[[^\]]+\]:\s*([^\s<]\S*)"#,
    ].compactMap { try? NSRegularExpression(pattern: $0) }

    /// `destination` read from `source` and written from `target`, or `nil` to leave it.
    static func rebased(_ destination: String, from source: String, to target: String) -> String? {
        guard let first = destination.first, first != "/", first != "#", first != "?", !destination.contains(":") else { return nil }
        let end = destination.firstIndex { $0 == "#" || $0 == "?" } ?? destination.endIndex
        guard let path = SnippetPath.normalized(source == "." ? String(destination[..<end]) : source + "/" + destination[..<end]) else { return nil }
        let to = target == "." ? [] : target.split(separator: "/")
        let parts = path == "." ? [] : path.split(separator: "/")
        let common = zip(to, parts).prefix { $0 == $1 }.count
        let relative = Array(repeating: "..", count: to.count - common) + parts.dropFirst(common).map(String.init)
        return (relative.isEmpty ? "." : relative.joined(separator: "/")) + destination[end...]
    }
}
