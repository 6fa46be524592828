import RepereDiagnostics
import RepereSupport

/// The load stage's part for videos: for each page with `video:`, checks and reads the files it
/// names (the video, caption files, transcript, poster), and attaches a ``PageVideo``.
struct VideoFiles {
    var files: Set<ContentPath>
    var source: any ContentSource
    var displayPrefix: String
    /// `video_max_mb`, in bytes.
    var maxBytes: Int64

    func attach(to pages: inout [Page], diagnostics: inout [Diagnostic]) {
        for i in pages.indices {
            guard let spec = pages[i].frontMatter.video else { continue }
            pages[i].video = video(spec, of: pages[i], diagnostics: &diagnostics)
        }
    }

    /// The file `relative` names beside `page`, or a `video.missing-file` diagnostic.
    private func file(_ relative: String, of page: Page, key: String, spec: VideoSpec, diagnostics: inout [Diagnostic]) -> ContentPath? {
        let base = page.bundleDirectory ?? page.source.directory
        if relative.contains("://") {
            diagnostics.append(Diagnostic(.videoUnsupportedSource, "'video.\(key)' must be a file beside the page, found the address '\(relative)'",
                at: spec.location(ofKey: key), notes: ["put the file in the content folder: nothing is loaded from another site without asking"]))
            return nil
        }
        guard let path = ContentPath.resolving(relative, in: base), files.contains(path) else {
            diagnostics.append(Diagnostic(.videoMissingFile, "'video.\(key)': '\(relative)' does not exist", at: spec.location(ofKey: key),
                notes: ["paths are relative to the page's file"]))
            return nil
        }
        return path
    }

    private func text(of path: ContentPath) -> String? {
        (try? source.read(path)).flatMap { String(validating: $0, as: UTF8.self) }
    }

    func video(_ spec: VideoSpec, of page: Page, diagnostics: inout [Diagnostic]) -> PageVideo? {
        var video: PageVideo?
        if spec.src.hasPrefix("http://") || spec.src.hasPrefix("https://") {
            if let external = ExternalVideo(address: spec.src) {
                video = PageVideo(source: .external(external))
            } else {
                diagnostics.append(Diagnostic(.videoUnsupportedSource, "'\(spec.src)' is not a video page of PeerTube, Dailymotion or YouTube",
                    at: spec.location(ofKey: "src"),
                    notes: ["link to the video's page (https://…/w/…, dailymotion.com/video/…, youtube.com/watch?v=…), or put an MP4 or WebM file beside the page"]))
            }
        } else if let path = file(spec.src, of: page, key: "src", spec: spec, diagnostics: &diagnostics) {
            let types = ["mp4": "video/mp4", "m4v": "video/mp4", "webm": "video/webm"]
            if let type = types[path.fileExtension] {
                video = PageVideo(source: .file(url: PageURL.assetURL(of: path), mediaType: type))
                let size = source.changeStamp(path)?.size ?? Int64((try? source.read(path))?.count ?? 0)
                if size > maxBytes {
                    diagnostics.append(Diagnostic(.videoTooLarge,
                        "'\(spec.src)' weighs \(size / 1_000_000) MB, more than \(maxBytes / 1_000_000) MB",
                        at: spec.location(ofKey: "src"),
                        notes: ["compress it (ffmpeg -c:v libvpx-vp9 -crf 40), or publish it on a video platform and link to its page; the limit is 'video_max_mb' in repere.yml"]))
                }
            } else {
                diagnostics.append(Diagnostic(.videoUnsupportedSource, "'\(spec.src)' is not an MP4 or WebM file", at: spec.location(ofKey: "src"),
                    notes: ["convert it to WebM or MP4, which every browser plays"]))
            }
        }
        // Captions, transcript and poster are checked even when the source is wrong.
        var result = video ?? PageVideo(source: .file(url: .root, mediaType: ""))
        if spec.captions.isEmpty {
            diagnostics.append(Diagnostic(.videoMissingCaptions, "the video of '\(page.title)' has no captions", at: spec.location,
                notes: ["add 'captions:' with a WebVTT file in French (RGAA 4.3)"]))
        }
        for relative in spec.captions {
            guard let path = file(relative, of: page, key: "captions", spec: spec, diagnostics: &diagnostics) else { continue }
            let display = displayPrefix + path.rawValue
            guard path.fileExtension == "vtt" else {
                diagnostics.append(Diagnostic(.videoInvalidWebVTT, "'\(relative)' is not a WebVTT file (.vtt)", at: spec.location(ofKey: "captions"),
                    notes: ["convert the captions to WebVTT (ffmpeg -i captions.srt captions.vtt)"]))
                continue
            }
            guard let text = text(of: path) else {
                diagnostics.append(Diagnostic(.videoInvalidWebVTT, "the caption file is not UTF-8 text", at: SourceLocation(file: display)))
                continue
            }
            let (vtt, problems) = WebVTT.parse(text, file: display)
            diagnostics += problems
            let parts = path.stem.split(separator: ".")
            let language = parts.count > 1 && parts.last!.count == 2 && parts.last!.allSatisfy(\.isLetter) ? parts.last!.lowercased() : "fr"
            let labels = ["fr": "Français", "en": "English", "de": "Deutsch", "es": "Español", "it": "Italiano"]
            result.captions.append(PageVideo.Captions(url: PageURL.assetURL(of: path), language: language,
                label: labels[language] ?? language, cues: vtt.cues))
        }
        // French first: it is the default track.
        if let french = result.captions.firstIndex(where: { $0.language == "fr" }), french > 0 {
            result.captions.insert(result.captions.remove(at: french), at: 0)
        }
        if let transcript = spec.transcript, !transcript.isEmpty {
            if let path = file(transcript, of: page, key: "transcript", spec: spec, diagnostics: &diagnostics) {
                if let text = text(of: path) {
                    result.transcript = PageVideo.passages(of: text)
                    result.transcriptURL = PageURL.assetURL(of: path)
                } else {
                    diagnostics.append(Diagnostic(.videoMissingFile, "the transcript '\(transcript)' is not UTF-8 text",
                        at: spec.location(ofKey: "transcript")))
                }
            }
        } else {
            diagnostics.append(Diagnostic(.videoMissingTranscript, "the video of '\(page.title)' has no transcript", at: spec.location,
                notes: ["add 'transcript:' with a text file of what is said and shown (RGAA 4.1)"]))
        }
        if let poster = spec.poster, !poster.isEmpty {
            if let path = file(poster, of: page, key: "poster", spec: spec, diagnostics: &diagnostics) { result.poster = PageURL.assetURL(of: path) }
            if let alt = spec.posterAlt?.trimmingWhitespace, !alt.isEmpty {
                result.posterAlt = alt
            } else {
                diagnostics.append(Diagnostic(.videoMissingPosterAlt, "the video's poster '\(poster)' has no text alternative",
                    at: spec.location(ofKey: "poster"), notes: ["add 'poster_alt:' describing the image (RGAA 1.2)"]))
            }
        }
        result.duration = spec.duration
        return video == nil ? nil : result
    }
}
