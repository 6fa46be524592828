import RepereContent
import RepereDiagnostics
import RepereTestSupport
import Testing

/// Videos (`video:`): WebVTT parsing, transcripts, platform addresses, and every `video.*`
/// diagnostic at its line and column.
@Suite struct VideoTests {
    // MARK: - WebVTT

    @Test func webVTTCuesAreReadWithAndWithoutHoursIdentifiersAndNotes() {
        let text = "\u{FEFF}WEBVTT - sous-titres\nKind: captions\n\nNOTE relu le 2 mars\n\n1\n00:00.000 --> 00:03.500\n<v Marie>Bonjour</v> à tous\n\n"
            + "intro\r\n01:02:03.250 --> 01:02:04.000 line:90%\r\nSuite &amp; fin\r\n"
        let (vtt, problems) = WebVTT.parse(text, file: "a.vtt")
        #expect(problems.isEmpty, "\(problems)")
        #expect(vtt.cues.map(\.start) == [0, 3_723_250])
        #expect(vtt.cues.map(\.end) == [3_500, 3_724_000])
        #expect(vtt.cues.map(\.text) == ["Bonjour à tous", "Suite & fin"])
        #expect(vtt.cues.map(\.line) == [7, 11])
    }

    func problems(_ text: String) -> [String] {
        WebVTT.parse(text, file: "a.vtt").1.map { "\($0.location!.line):\($0.location!.column) \($0.id)" }
    }

    @Test func aFileWithoutHeaderIsInvalidAtLineOne() {
        #expect(problems("00:00.000 --> 00:01.000\nBonjour\n") == ["1:1 video.invalid-webvtt"])
        #expect(problems("WEBVTTX\n") == ["1:1 video.invalid-webvtt"])
        #expect(problems("WEBVTT\n").isEmpty)
    }

    @Test func aBadTimingLineIsReportedAtItsLineAndColumn() {
        // `->` instead of `-->`: column of the arrow.
        #expect(problems("WEBVTT\n\n00:01.000 -> 00:04.000\nA\n") == ["3:11 video.invalid-webvtt"])
        // Two decimals in the end time: column of the end time.
        #expect(problems("WEBVTT\n\n1\n00:01.000 --> 00:04.00\nA\n") == ["4:15 video.invalid-webvtt"])
        // Seconds over 59.
        #expect(problems("WEBVTT\n\n00:61.000 --> 01:04.000\nA\n") == ["3:1 video.invalid-webvtt"])
        // A block without timing line.
        #expect(problems("WEBVTT\n\n1\nBonjour\n") == ["4:1 video.invalid-webvtt"])
        // End before start.
        #expect(problems("WEBVTT\n\n00:05.000 --> 00:04.000\nA\n") == ["3:1 video.invalid-webvtt"])
    }

    @Test func cuesOutOfOrderAreReportedAtTheLaterCue() {
        let text = "WEBVTT\n\n00:05.000 --> 00:06.000\nB\n\n00:02.000 --> 00:03.000\nA\n"
        #expect(problems(text) == ["6:1 video.cues-out-of-order"])
    }

    // MARK: - Time codes and transcripts

    @Test func timeCodesAreReadAndWritten() {
        #expect(TimeCode.seconds("12:34") == 754)
        #expect(TimeCode.seconds("1:02:03") == 3723)
        #expect(TimeCode.seconds("12:3") == nil)
        #expect(TimeCode.seconds("12:60") == nil)
        #expect(TimeCode.seconds("1234") == nil)
        #expect(TimeCode.written(seconds: 754) == "12:34")
        #expect(TimeCode.written(seconds: 3723) == "1:02:03")
        #expect(TimeCode.spoken(seconds: 754) == "12 minutes 34 secondes")
    }

    @Test func transcriptParagraphsStartingWithATimeCodeStartAtThatTime() {
        let passages = PageVideo.passages(of: "Introduction sans repère.\n\n12:34 – Les listes\nsont publiées.\n\n1:02:03 Fin.\n\n2027 ne compte pas\n")
        #expect(passages == [
            .init(seconds: nil, text: "Introduction sans repère."), .init(seconds: 754, text: "Les listes sont publiées."),
            .init(seconds: 3723, text: "Fin."), .init(seconds: nil, text: "2027 ne compte pas"),
        ])
    }

    // MARK: - Platforms

    @Test func platformAddressesBecomeTheirPlayers() throws {
        let youtube = try #require(ExternalVideo(address: "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10"))
        #expect(youtube.embedURL == "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")
        #expect(youtube.origin == "https://www.youtube-nocookie.com")
        #expect(ExternalVideo(address: "https://youtu.be/dQw4w9WgXcQ")?.embedURL == youtube.embedURL)
        #expect(ExternalVideo(address: "https://www.dailymotion.com/video/x8abcd1")?.embedURL == "https://www.dailymotion.com/embed/video/x8abcd1")
        #expect(ExternalVideo(address: "https://dai.ly/x8abcd1")?.platform == "Dailymotion")
        let peertube = try #require(ExternalVideo(address: "https://video.exemple.gouv.fr/w/9c9de5e8"))
        #expect(peertube.embedURL == "https://video.exemple.gouv.fr/videos/embed/9c9de5e8")
        #expect(peertube.host == "video.exemple.gouv.fr")
        #expect(ExternalVideo(address: "https://tube.exemple.fr/videos/watch/abc-123")?.platform == "PeerTube")
        #expect(ExternalVideo(address: "http://www.youtube.com/watch?v=dQw4w9WgXcQ") == nil)  // not https
        #expect(ExternalVideo(address: "https://exemple.fr/video") == nil)
        #expect(ExternalVideo(address: "https://www.youtube.com/watch?v=a\"b") == nil)
    }

    // MARK: - The load stage

    let vtt = "WEBVTT\n\n00:00.000 --> 00:02.000\nBonjour\n"

    func load(_ files: [String: String], maxMB: Int = 200) throws -> (LoadedContent, [String]) {
        var configuration = SiteConfiguration()
        configuration.videoMaxMB = maxMB
        let loaded = try ContentLoader(configuration: configuration).load(from: InMemorySource(files))
        let found = loaded.diagnostics.filter { $0.id.rawValue.hasPrefix("video.") || $0.id.rawValue.hasPrefix("front-matter.") }
            .map { "\($0.location!.file):\($0.location!.line):\($0.location!.column) \($0.id)" }
        return (loaded, found)
    }

    func page(_ video: String) -> String { "---\ntitle: Replay\nvideo:\n\(video)---\nTexte.\n" }

    @Test func aLocalVideoHasItsCaptionsTranscriptAndPosterRead() throws {
        let (loaded, found) = try load([
            "w/r.md": page("  src: r.webm\n  captions: [r.en.vtt, r.fr.vtt]\n  transcript: r.txt\n  poster: r.png\n  poster_alt: \"Titre\"\n  duration: \"12:34\"\n"),
            "w/r.webm": "x", "w/r.fr.vtt": vtt, "w/r.en.vtt": vtt, "w/r.txt": "00:00 Bonjour\n", "w/r.png": "p",
        ])
        #expect(found.isEmpty, "\(found)")
        let video = try #require(loaded.pages.first { $0.url == "/w/r/" }?.video)
        #expect(video.source == .file(url: "/w/r.webm", mediaType: "video/webm"))
        #expect(video.captions.map(\.language) == ["fr", "en"])  // French first, the default track
        #expect(video.captions.map(\.label) == ["Français", "English"])
        #expect(video.captions[0].cues.count == 1)
        #expect(video.transcript == [.init(seconds: 0, text: "Bonjour")])
        #expect(video.transcriptURL == "/w/r.txt")
        #expect(video.poster == "/w/r.png")
        #expect(video.posterAlt == "Titre")
        #expect(video.duration == 754)
    }

    /// `..` climbing out of the content folder, or an absolute path, never reaches a file outside
    /// it (threat-model.md: no path traversal).
    @Test func filesOutsideTheContentFolderAreMissing() throws {
        let (loaded, found) = try load([
            "w/s/r.md": page("  src: r.webm\n  captions: ../../../secret.vtt\n  transcript: /etc/passwd\n  poster: ../../../../x.png\n  poster_alt: P\n"),
            "w/s/r.webm": "x", "secret.vtt": vtt, "x.png": "p",
        ])
        #expect(found == [
            "content/w/s/r.md:5:3 video.missing-file", "content/w/s/r.md:6:3 video.missing-file", "content/w/s/r.md:7:3 video.missing-file",
        ])
        #expect(loaded.pages.first { $0.url == "/w/s/r/" }?.video?.captions.isEmpty != false)
    }

    @Test func aPlatformVideoIsExternal() throws {
        let (loaded, found) = try load([
            "w/r.md": page("  src: \"https://video.exemple.gouv.fr/w/abc\"\n  captions: r.vtt\n  transcript: r.txt\n"),
            "w/r.vtt": vtt, "w/r.txt": "Bonjour\n",
        ])
        #expect(found.isEmpty, "\(found)")
        #expect(loaded.pages.first { $0.url == "/w/r/" }?.video?.external?.origin == "https://video.exemple.gouv.fr")
    }

    @Test func missingCaptionsTranscriptAndPosterAltAreErrorsAtTheirKeys() throws {
        let (_, found) = try load(["w/r.md": page("  src: r.webm\n  poster: r.png\n"), "w/r.webm": "x", "w/r.png": "p"])
        #expect(found == [
            "content/w/r.md:3:1 video.missing-captions", "content/w/r.md:3:1 video.missing-transcript",
            "content/w/r.md:5:3 video.missing-poster-alt",
        ])
    }

    @Test func captionProblemsAreReportedInTheCaptionFile() throws {
        let (_, found) = try load([
            "w/r.md": page("  src: r.webm\n  captions: r.vtt\n  transcript: r.txt\n"), "w/r.webm": "x", "w/r.txt": "t",
            "w/r.vtt": "WEBVTT\n\n00:05.000 --> 00:06.000\nB\n\n00:02.000 --> 00:03.000\nA\n\n00:07.000 --> 00:08\nC\n",
        ])
        #expect(found == ["content/w/r.vtt:6:1 video.cues-out-of-order", "content/w/r.vtt:9:15 video.invalid-webvtt"])
    }

    @Test func missingFilesUnsupportedSourcesAndLargeFilesAreReportedAtTheirKeys() throws {
        let (_, found) = try load([
            "w/a.md": page("  src: a.avi\n  captions: absent.vtt\n  transcript: a.txt\n"), "w/a.avi": "x", "w/a.txt": "t",
            "w/b.md": page("  src: \"https://exemple.fr/video\"\n  captions: b.srt\n  transcript: b.txt\n  poster: \"https://exemple.fr/p.png\"\n  poster_alt: P\n"),
            "w/b.srt": "1", "w/b.txt": "t",
            "w/c.md": page("  src: c.webm\n  captions: c.vtt\n  transcript: c.txt\n"), "w/c.webm": "x", "w/c.vtt": vtt, "w/c.txt": "t",
        ], maxMB: 0)
        #expect(found == [
            "content/w/a.md:4:3 video.unsupported-source", "content/w/a.md:5:3 video.missing-file",
            "content/w/b.md:4:3 video.unsupported-source", "content/w/b.md:5:3 video.invalid-webvtt",
            "content/w/b.md:7:3 video.unsupported-source",
            "content/w/c.md:4:3 video.too-large",
        ])
    }

    @Test func aMalformedVideoKeyIsAFrontMatterError() throws {
        let (_, found) = try load(["w/r.md": page("  source: r.webm\n  duration: bientôt\n")])
        #expect(found == [
            "content/w/r.md:4:3 front-matter.invalid-value", "content/w/r.md:5:13 front-matter.invalid-value",
            "content/w/r.md:4:3 front-matter.invalid-value",
        ])
    }
}
