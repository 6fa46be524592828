import ArgumentParser

/// `--since` and `--until`: a range of the Git history, for `changes` and `letter`.
struct HistoryRange: ParsableArguments {
    @Option(help: "Start of the range: a date (YYYY-MM-DD) or a revision.")
    var since: String

    @Option(help: "End of the range: a date or a revision. Default: HEAD.")
    var until: String?
}
