import Foundation
import RepereDiagnostics
import Yams

/// A page's `video:` as written in its front-matter; ``PageVideo`` is what the load stage makes
/// of it once the files it names are read.
///
/// ```yaml
/// video:
///   src: replay.webm                      # beside the page (MP4, WebM), or a PeerTube, Dailymotion or YouTube page
///   captions: replay.fr.vtt               # WebVTT; a list for several languages, French first
///   transcript: replay.transcription.txt  # text, paragraphs starting with a time code (12:34)
///   poster: replay.png
///   poster_alt: "Diapositive de titre du webinaire"
///   duration: "12:34"
/// ```
public struct VideoSpec: Hashable, Sendable {
    public var src = ""
    public var captions: [String] = []
    public var transcript: String?
    public var poster: String?
    public var posterAlt: String?
    /// The duration in seconds.
    public var duration: Int?
    /// Where `video` is written, and each of its keys.
    public var location: SourceLocation
    public var keyLocations: [String: SourceLocation] = [:]

    public init(src: String = "", location: SourceLocation) {
        self.src = src
        self.location = location
    }

    /// The location of a sub-key, or of `video`.
    public func location(ofKey key: String) -> SourceLocation { keyLocations[key] ?? location }

    static let subKeys = ["src", "captions", "transcript", "poster", "poster_alt", "duration"]

    /// `video:` as a mapping of ``subKeys`` (a bare string is `src`).
    static func decode(_ node: Node, key: String, reader: inout YAMLReader) -> VideoSpec? {
        let location = reader.location(of: node)
        if case .scalar(let scalar) = node {
            return scalar.string.isEmpty ? nil : VideoSpec(src: scalar.string, location: location)
        }
        guard case .mapping(let mapping) = node else {
            reader.report(Diagnostic(.frontMatterInvalidValue, "'video' must be a mapping with src, captions, transcript…", at: location))
            return nil
        }
        var spec = VideoSpec(location: location)
        for (k, value) in mapping {
            let name = k.string ?? ""
            spec.keyLocations[name] = reader.location(of: k)
            switch name {
            case "src": spec.src = reader.string(value, key: "video.src") ?? ""
            case "captions": spec.captions = reader.strings(value, key: "video.captions")
            case "transcript": spec.transcript = reader.string(value, key: "video.transcript")
            case "poster": spec.poster = reader.string(value, key: "video.poster")
            case "poster_alt": spec.posterAlt = reader.string(value, key: "video.poster_alt")
            case "duration":
                guard let text = reader.string(value, key: "video.duration") else { continue }
                spec.duration = TimeCode.seconds(Substring(text.trimmingCharacters(in: .whitespaces)))
                    ?? PathStep.minutes(in: text).map { $0 * 60 }
                if spec.duration == nil {
                    reader.report(Diagnostic(.frontMatterInvalidValue,
                        "'video.duration' must be a time such as 12:34, 1:02:03 or 10 min, found '\(text)'", at: reader.location(of: value)))
                }
            default:
                reader.report(Diagnostic(.frontMatterInvalidValue,
                    "unknown key '\(name)' in 'video', expected \(subKeys.joined(separator: ", "))", at: reader.location(of: k)))
            }
        }
        if spec.src.isEmpty {
            reader.report(Diagnostic(.frontMatterInvalidValue, "'video' has no 'src' (a file beside the page, or a video page's address)",
                at: location))
            return nil
        }
        return spec
    }
}
