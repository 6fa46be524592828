import RepereContent
import RepereGraph
import RepereTemplates

/// A page's video as templates see it (`partials/video.mustache`): the player or, for a video on
/// a platform, the click-to-load notice; the transcript with its time codes as links.
extension SiteModel {
    package func videoContext(_ video: PageVideo, title: String) -> TemplateValue {
        var context: TemplateContext = [
            "title": .text(title),
            "poster": video.poster.map { .text(basePath + $0.percentEncoded) } ?? false,
            "posterAlt": .text(orFalse: video.posterAlt),
            "duration": video.duration.map { .text(TimeCode.spoken(seconds: $0)) } ?? false,
            "durationISO": video.duration.map { .text("PT\($0)S") } ?? false,
            "transcriptURL": video.transcriptURL.map { .text(basePath + $0.percentEncoded) } ?? false,
            "transcript": .list(video.transcript.map { passage in
                guard let seconds = passage.seconds else { return ["text": .text(passage.text), "time": false, "anchor": false] }
                return [
                    "text": .text(passage.text), "anchor": .text(Self.videoAnchor(seconds)),
                    "time": ["seconds": .text(String(seconds)), "clock": .text(TimeCode.written(seconds: seconds)),
                        "spoken": .text(TimeCode.spoken(seconds: seconds))],
                ]
            }),
        ]
        switch video.source {
        case .file(let url, let mediaType):
            context["file"] = [
                "src": .text(basePath + url.percentEncoded), "type": .text(mediaType),
                "tracks": .list(video.captions.enumerated().map { i, captions in
                    ["src": .text(basePath + captions.url.percentEncoded), "language": .text(captions.language),
                        "label": .text(captions.label), "isDefault": .flag(i == 0)]
                }),
            ]
            context["external"] = false
        case .external(let external):
            context["file"] = false
            context["external"] = [
                "platform": .text(external.platform), "pageURL": .text(external.pageURL), "embedURL": .text(external.embedURL),
                "host": .text(external.host),
            ]
        }
        return .object(context)
    }

    /// `t=754`: the fragment of a time in the video (the Media Fragments syntax), also the id of
    /// the transcript passage, so a search result lands on it.
    package static func videoAnchor(_ seconds: Int) -> String { "t=\(seconds)" }

    /// The platforms whose videos the site embeds (« Données personnelles » names them).
    package static func videoPlatforms(_ site: ResolvedSite) -> [String] {
        Array(Set(site.pages.compactMap { $0.page.status == .archived ? nil : $0.page.video?.external.map { "\($0.platform) (\($0.host))" } })).sorted()
    }
}
