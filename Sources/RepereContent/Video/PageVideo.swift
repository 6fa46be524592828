import Foundation
import RepereDiagnostics
import RepereSupport

/// A page's video once its files are read: where it plays from, its captions (cues parsed), its
/// transcript passages, poster and duration. Made by the load stage (``VideoFiles``).
public struct PageVideo: Hashable, Sendable {
    public enum Source: Hashable, Sendable {
        /// A file of the content folder, copied beside the page.
        case file(url: SitePath, mediaType: String)
        /// A video on a platform, loaded in a frame only when the reader asks for it.
        case external(ExternalVideo)
    }

    public struct Captions: Hashable, Sendable {
        public var url: SitePath
        /// `fr`, or the language in the file name (`replay.en.vtt`).
        public var language: String
        public var label: String
        public var cues: [WebVTT.Cue]
    }

    /// A paragraph of the transcript, with the time it starts at when it begins with a time code.
    public struct Passage: Hashable, Sendable {
        public var seconds: Int?
        public var text: String

        public init(seconds: Int?, text: String) {
            self.seconds = seconds
            self.text = text
        }
    }

    public var source: Source
    public var captions: [Captions] = []
    public var transcript: [Passage] = []
    /// The transcript file, offered for download.
    public var transcriptURL: SitePath?
    public var poster: SitePath?
    public var posterAlt: String?
    public var duration: Int?

    /// The addresses of its files in the site: the video, captions, transcript and poster.
    public var fileURLs: [SitePath] {
        var urls = captions.map(\.url) + [transcriptURL, poster].compactMap { $0 }
        if case .file(let url, _) = source { urls.append(url) }
        return urls
    }

    public var external: ExternalVideo? {
        if case .external(let video) = source { return video }
        return nil
    }

    /// A transcript file: paragraphs separated by blank lines; a paragraph starting with a time
    /// code (`12:34`, `1:02:03`, then a space, `–`, `-` or `:`) starts at that time.
    public static func passages(of text: String) -> [Passage] {
        var passages: [Passage] = []
        var current: [String] = []
        func flush() {
            defer { current = [] }
            guard !current.isEmpty else { return }
            var paragraph = Substring(current.joined(separator: " "))
            var seconds: Int?
            let code = paragraph.prefix { $0.isASCII && ($0.isNumber || $0 == ":") }
            if let s = TimeCode.seconds(code) {
                seconds = s
                paragraph = paragraph.dropFirst(code.count).drop { $0 == " " || $0 == "–" || $0 == "—" || $0 == "-" || $0 == ":" || $0 == "\t" }
            }
            passages.append(Passage(seconds: seconds, text: String(paragraph)))
        }
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            let trimmed = String(line).trimmingWhitespace
            if trimmed.isEmpty { flush() } else { current.append(trimmed) }
        }
        flush()
        return passages
    }
}

/// A video on PeerTube, Dailymotion or YouTube.
public struct ExternalVideo: Hashable, Sendable {
    /// The platform as readers know it: « YouTube », « Dailymotion », « PeerTube (video.exemple.fr) ».
    public var platform: String
    /// The page the writer linked to, which readers may open instead.
    public var pageURL: String
    /// The player's address, loaded in an `<iframe>` once the reader presses the button.
    public var embedURL: String
    /// `https://host` of the player, the only origin the page's CSP lets frames load from.
    public var origin: String

    /// The player's host (`video.exemple.gouv.fr`), named to readers before they load it.
    public var host: String { String(origin.dropFirst("https://".count)) }

    /// The video at `address`, or `nil` when it is not a video page of a known platform:
    /// YouTube (`youtube.com/watch?v=…`, `youtu.be/…`; played from youtube-nocookie.com),
    /// Dailymotion (`dailymotion.com/video/…`, `dai.ly/…`), PeerTube (`https://host/w/…`,
    /// `/videos/watch/…`).
    public init?(address: String) {
        guard let components = URLComponents(string: address), components.scheme == "https", let host = components.host?.lowercased(),
            !host.isEmpty
        else { return nil }
        let path = components.path.split(separator: "/").map(String.init)
        func valid(_ id: String?) -> String? {
            guard let id, !id.isEmpty, id.count <= 64, id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
            else { return nil }
            return id
        }
        pageURL = address
        switch host {
        case "youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be", "www.youtube-nocookie.com":
            let id: String?
            if host == "youtu.be" { id = path.first }
            else if path.first == "watch" { id = components.queryItems?.first { $0.name == "v" }?.value }
            else if path.count >= 2, ["embed", "shorts", "live"].contains(path[0]) { id = path[1] }
            else { id = nil }
            guard let id = valid(id) else { return nil }
            platform = "YouTube"
            origin = "https://www.youtube-nocookie.com"
            embedURL = origin + "/embed/" + id
        case "dailymotion.com", "www.dailymotion.com", "dai.ly":
            let id = host == "dai.ly" ? path.first : (path.first == "video" && path.count >= 2 ? path[1] : (path.count >= 3 && path[0] == "embed" ? path[2] : nil))
            guard let id = valid(id) else { return nil }
            platform = "Dailymotion"
            origin = "https://www.dailymotion.com"
            embedURL = origin + "/embed/video/" + id
        default:
            // PeerTube: any instance, by its URL shapes.
            let id: String?
            if path.count == 2 && path[0] == "w" { id = path[1] }
            else if path.count == 3 && path[0] == "videos" && ["watch", "embed"].contains(path[1]) { id = path[2] }
            else { id = nil }
            guard let id = valid(id), host.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") }) else { return nil }
            platform = "PeerTube"
            origin = "https://" + host + (components.port.map { ":\($0)" } ?? "")
            embedURL = origin + "/videos/embed/" + id
        }
    }
}
