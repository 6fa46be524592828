import RepereContent
import RepereSupport

extension SlateConverter {
    /// The pieces of text, links and images of `nodes`; a block found among them gives its text.
    mutating func inline(_ nodes: [JSONValue]) -> [InlinePiece] {
        var pieces: [InlinePiece] = []
        for node in nodes {
            guard case .object(let object) = node else {
                notes.malformed.append("a node is \(node.kindDescription), not a Slate node; it is left out")
                continue
            }
            if let text = object["text"] {
                guard case .string(let string) = text else {
                    notes.malformed.append("a text leaf's 'text' is \(text.kindDescription), not a string; it is left out")
                    continue
                }
                pieces += leaf(string, object)
                continue
            }
            switch object["type"]?.string {
            case "link": pieces += link(object)
            case "image": if let image = imagePiece(object) { pieces.append(image) }
            case "video": if let video = video(object) { pieces.append(video) }
            case nil, "paragraph", "heading-one", "heading-two", "heading-three", "heading-four", "heading-five",
                "heading-six", "block-quote", "quote", "bulleted-list", "numbered-list", "list-item", "code":
                pieces += inline(children(of: object))
            case let type?:
                notes.unknownNodes[type, default: 0] += 1
                pieces += inline(children(of: object))
            }
        }
        return pieces
    }

    /// A leaf's text with its marks; its line breaks (`\n`, `\r\n`, U+2028) become breaks.
    private mutating func leaf(_ text: String, _ object: JSONObject) -> [InlinePiece] {
        var marks: Marks = []
        for (key, value) in object.members where key != "text" {
            let on: Bool
            switch value {
            case .bool(let flag): on = flag
            case .null: on = false
            default: on = true
            }
            guard on else { continue }
            switch key {
            case "bold": marks.insert(.bold)
            case "italic": marks.insert(.italic)
            case "code": marks.insert(.code)
            case "strikethrough": marks.insert(.strikethrough)
            case "underline": if !text.isEmpty { notes.approximations.underlined += 1 }
            default: notes.approximations.unknownMarks[key, default: 0] += 1
            }
        }
        var pieces: [InlinePiece] = []
        var line = ""
        var previous: Unicode.Scalar? = nil
        for c in text.unicodeScalars {
            defer { previous = c }
            if c == "\n" && previous == "\r" { continue }  // \r\n is one break
            if c == "\n" || c == "\r" || c == "\u{2028}" || c == "\u{2029}" {
                if !line.isEmpty { pieces.append(.text(line, marks)) }
                line = ""
                pieces.append(.lineBreak)
            } else {
                line.unicodeScalars.append(c)
            }
        }
        if !line.isEmpty { pieces.append(.text(line, marks)) }
        return pieces
    }

    /// A link: to a page of the import (a relative `.md` path), kept (elsewhere), or its text
    /// alone (a record the export lacks, or a draft seen from a live page).
    private mutating func link(_ object: JSONObject) -> [InlinePiece] {
        var pieces = inline(children(of: object))
        let text = pieces.map(\.plainText).joined().trimmingWhitespace
        guard let url = object["url"]?.string?.trimmingWhitespace, !url.isEmpty else {
            notes.malformed.append("a link has no 'url'\(text.isEmpty ? "" : " (« \(text.prefix(60)) »)"); its text is kept")
            return pieces
        }
        func named(_ title: String) {
            let marks = pieces.first { $0 != .lineBreak }?.marks ?? []
            pieces = [.text(title, marks)]
            notes.approximations.linkTextsFromTitles += 1
        }
        let textIsAddress = text.isEmpty || text == url || text.hasPrefix("http://") || text.hasPrefix("https://")
            || text.hasPrefix("www.") || text.hasPrefix("/")
        switch links.target(of: url) {
        case .external(let destination):
            if destination != url { notes.approximations.schemelessLinks += 1 }
            if text.isEmpty { pieces = [.text(destination, [])] }
            return [.link(destination: destination, pieces)]
        case .home:
            if textIsAddress { named("Accueil de la base de connaissance") }
            return [.link(destination: KnowledgeLinks.relativePath(from: page.file, to: ImportedFiles.home), pieces)]
        case .record(let i, let droppedSuffix):
            let target = tree.placed[i]
            if target.status == .draft && page.status != .draft {
                notes.draftLinks.append((target.record.slug, text))
                if textIsAddress { return [.text(target.record.title, pieces.first { $0 != .lineBreak }?.marks ?? [])] }
                return pieces
            }
            if droppedSuffix { notes.approximations.droppedLinkSuffixes += 1 }
            if textIsAddress || text == target.record.slug { named(target.record.title) }
            return [.link(destination: KnowledgeLinks.relativePath(from: page.file, to: target.file), pieces)]
        case .unknown:
            notes.unknownLinks.append((url, text))
            return pieces
        }
    }

    /// An image, its address that of the copy when `--download-assets` has the file.
    mutating func imagePiece(_ object: JSONObject) -> InlinePiece? {
        guard let url = object["url"]?.string?.trimmingWhitespace, !url.isEmpty else {
            notes.malformed.append("an image node has no 'url'; it is left out")
            return nil
        }
        let alt = (object["alt"]?.string ?? "").split(whereSeparator: \.isNewline).joined(separator: " ").trimmingWhitespace
        return .image(alt: alt, destination: assetAddress(url))
    }

    /// An image block.
    mutating func image(_ object: JSONObject) -> String? {
        imagePiece(object).map { InlineMarkdown.render([$0]) }
    }

    /// The address to write for an image: its copy's, relative to the page, or its own.
    mutating func assetAddress(_ url: String) -> String {
        let (path, found) = assets.copy(of: url)
        if !found { notes.missingAssets.append(url) }
        return path.map { KnowledgeLinks.relativePath(from: page.file, to: $0) } ?? url
    }

    /// The address of a card image (`imageSrc`), for templates: its copy's site path
    /// (`/assets/snupport/…`, to which templates add the base URL's path), or its own.
    mutating func cardImageAddress(_ url: String) -> String {
        let (path, found) = assets.copy(of: url)
        if !found { notes.missingAssets.append(url) }
        return path.map { "/" + $0 } ?? url
    }

    /// A video, as a link named after the page.
    mutating func video(_ object: JSONObject) -> InlinePiece? {
        guard let url = object["url"]?.string?.trimmingWhitespace, !url.isEmpty else {
            notes.malformed.append("a video node has no 'url'; it is left out")
            return nil
        }
        videos += 1
        notes.approximations.videos += 1
        let number = videos > 1 ? " \(videos)" : ""
        return .link(destination: url, [.text("Vidéo\(number) : \(page.record.title)\(Self.videoHost(url))", [])])
    }

    /// ` (Vimeo)`, ` (YouTube)`…: where the link leads.
    static func videoHost(_ url: String) -> String {
        let lower = url.lowercased()
        if lower.contains("vimeo.com") { return " (Vimeo)" }
        if lower.contains("youtube.com") || lower.contains("youtu.be") { return " (YouTube)" }
        if lower.contains("dailymotion.com") || lower.contains("dai.ly") { return " (Dailymotion)" }
        if lower.contains("peertube") { return " (PeerTube)" }
        return ""
    }
}
