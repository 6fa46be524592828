/// docsify's embedded files, a link alone on its line with `:include` in its title:
/// `[encart](_media/encart.md ':include')`, read from the page's folder as docsify's
/// `compileEmbed` reads it (`/_media/encart.md` from the content folder). A Markdown file is
/// included as Markdown; another, or any file with
/// `:type=code`, as a code block of its extension's language. HTML, audio and video embeds stay
/// links, as do a `:fragment=` part (the whole file would not be the part shown).
struct DocsifyEmbed: Equatable {
    enum Kind: Equatable { case markdown, code(language: String) }
    /// The path, without the `/` that makes it the content folder's.
    var path: String
    /// Written from the content folder (`/_media/encart.md`), not the page's.
    var isFromContentFolder: Bool
    var kind: Kind

    init?(_ line: Substring) {
        let trimmed = line.trimmingCharacters(in: [" ", "\t"])
        guard trimmed.hasPrefix("["), trimmed.hasSuffix(")"), let close = trimmed.range(of: "](") else { return nil }
        let inner = trimmed[close.upperBound..<trimmed.index(before: trimmed.endIndex)]
        guard let space = inner.firstIndex(of: " ") else { return nil }
        let options = inner[inner.index(after: space)...].trimmingCharacters(in: [" ", "\t"])
        guard let quote = options.first, quote == "'" || quote == "\"", options.count >= 2, options.last == quote else { return nil }
        let words = options.dropFirst().dropLast().split(separator: " ")
        guard words.contains(":include"), !words.contains(where: { $0.hasPrefix(":fragment=") }) else { return nil }
        let written = inner[..<space]
        isFromContentFolder = written.hasPrefix("/")
        path = String(written.drop { $0 == "/" })
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let fileExtension = name.contains(".") ? (name.split(separator: ".").last.map { $0.lowercased() } ?? "") : ""
        guard !path.isEmpty, !path.contains("://") else { return nil }
        if words.contains(":type=code") {
            kind = .code(language: fileExtension == "md" ? "markdown" : fileExtension)
        } else if words.contains(where: { $0.hasPrefix(":type=") }) || ["html", "htm", "mp3", "mp4", "ogg", "webm", "wav", "m4a"].contains(fileExtension) {
            return nil  // an iframe, a video, audio, HTML: a link to it
        } else {
            kind = ["md", "markdown"].contains(fileExtension) ? .markdown : .code(language: fileExtension)
        }
    }
}
