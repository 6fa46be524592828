import RepereSupport

/// An HTML block that only embeds a page of another site, `<iframe src="https://www.youtube.com/embed/ID">`
/// (GitBook, MkDocs and Jekyll pages paste YouTube's and Vimeo's code so), alone or inside layout
/// wrappers (`<div>`, `<p>`, `<center>`), read as a link to it: the site loads nothing from a third
/// party (its Content-Security-Policy would block the frame anyway), and the reader still reaches
/// the video. YouTube's and Vimeo's players become their videos' pages. A `<video>` (its `src`, or
/// its first `<source src>`) is a link to its file, checked as any other: a video in a page is
/// written `video:` in its front-matter, with its captions (``VideoSpec``).
enum HTMLEmbeds {
    /// The Markdown link `tokens` (an HTML block's) stand for, or `nil` when they are not one
    /// `<iframe>` with an `http(s)` address, or one `<video>`, and its end, wrappers and blank
    /// text around.
    static func link(_ tokens: [HTMLToken]) -> String? {
        var source: String?
        var title = ""
        var isVideo = false
        var inside = false  // between the embed's tags: its fallback for old browsers (a text, a link), which the link replaces
        for token in tokens {
            switch token {
            case .text(let text):
                guard inside || text.allSatisfy(\.isWhitespace) else { return nil }
            case .tag(let tag, _):
                if tag.isClosing && (tag.name == "iframe" || tag.name == "video") {
                    inside = false
                    continue
                }
                if tag.name == "source", isVideo, source == nil, let src = tag.attributes.first(where: { $0.0 == "src" })?.1, !src.isEmpty {
                    source = HTMLEntities.decoded(Substring(src))
                    continue
                }
                if HTMLBlockShapes.layoutWrappers.contains(tag.name) || inside || (tag.name == "source" || tag.name == "track") && isVideo { continue }
                guard tag.name == "iframe" || tag.name == "video", source == nil, !isVideo else { return nil }
                isVideo = tag.name == "video"
                inside = true
                title = HTMLEntities.decoded(Substring(tag.attributes.first(where: { $0.0 == "title" })?.1 ?? "")).trimmingWhitespace
                guard let src = tag.attributes.first(where: { $0.0 == "src" })?.1 else {
                    if isVideo { continue }  // its `<source>` follows
                    return nil
                }
                // `//www.slideshare.net/…`: the page's own scheme, https.
                let address = src.hasPrefix("//") ? "https:" + src : src
                guard isVideo || address.hasPrefix("https://") || address.hasPrefix("http://") else { return nil }
                source = HTMLEntities.decoded(Substring(address))
            }
        }
        guard let source else { return nil }
        if isVideo {
            let name = source.split(separator: "/").last.map { String($0.prefix { $0 != "?" && $0 != "#" }) } ?? source
            return ForeignContainers.markdownLink(title.isEmpty ? "Vidéo : " + name : "\(title) (vidéo)", to: source) + "\n"
        }
        let (address, site) = videoPage(of: source)
        let label = site.map { title.isEmpty || title.lowercased().contains("player") ? "Vidéo \($0)" : "\(title) (vidéo \($0))" }
            ?? (title.isEmpty ? "Contenu externe : " + ForeignContainers.host(of: source) : title)
        return ForeignContainers.markdownLink(label, to: address) + "\n"
    }

    /// The page of the video a player's address shows (`youtube.com/embed/ID` → `youtube.com/watch?v=ID`,
    /// `player.vimeo.com/video/ID` → `vimeo.com/ID`) and the site's name; the address itself otherwise.
    private static func videoPage(of source: String) -> (String, String?) {
        let host = ForeignContainers.host(of: source).lowercased()
        let path = source.drop { $0 != "/" }.dropFirst(2).drop { $0 != "/" }.prefix { $0 != "?" && $0 != "#" }
        let id = path.split(separator: "/").last.map(String.init) ?? ""
        func isHost(_ name: String) -> Bool { host == name || host.hasSuffix("." + name) }
        if isHost("youtube.com") || isHost("youtube-nocookie.com"), path.hasPrefix("/embed/"), !id.isEmpty, id != "videoseries" {
            return ("https://www.youtube.com/watch?v=\(id)", "YouTube")
        }
        if host == "player.vimeo.com", path.hasPrefix("/video/"), !id.isEmpty { return ("https://vimeo.com/\(id)", "Vimeo") }
        if isHost("dailymotion.com"), path.hasPrefix("/embed/video/"), !id.isEmpty {
            return ("https://www.dailymotion.com/video/\(id)", "Dailymotion")
        }
        return (source, nil)
    }
}
