/// The fuzz targets by name. Each takes libFuzzer's bytes, runs one stage on them and stops the
/// process (a crash libFuzzer records) when the stage crashes or breaks one of its promises.
enum FuzzTargets {
    typealias Target = @Sendable (UnsafeBufferPointer<UInt8>) -> Void

    static let all: [String: Target] = [
        "front-matter": FrontMatterTarget.run,
        "markdown": MarkdownTarget.run,
        "links": LinksTarget.run,
        "analyzer": AnalyzerTarget.run,
        "templates": TemplateTarget.run,
        "request-path": RequestPathTarget.run,
    ]

    /// The target chosen on the command line (set once, before libFuzzer starts).
    nonisolated(unsafe) static var selected: Target = { _ in }
}

/// Stops the run with `message` when `condition` is false: libFuzzer saves the input.
func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError("fuzz promise broken: \(message())") }
}

extension String {
    /// The fuzzer's bytes as text, invalid UTF-8 repaired (as the content loader's readers see it
    /// after their own UTF-8 check).
    init(fuzzInput bytes: UnsafeBufferPointer<UInt8>) {
        self = String(decoding: bytes, as: UTF8.self)
    }
}
