import ArgumentParser
import RepereContent

/// `--since` and `--until`: a range of the Git history, for `changes` and `letter`.
struct HistoryRange: ParsableArguments {
    @Option(help: "Start of the range: a date (YYYY-MM-DD) or a revision.")
    var since: String

    @Option(help: "End of the range: a date or a revision. Default: HEAD.")
    var until: String?

    /// The date of `--since` or `--until` after `today`, as a sentence saying so; `nil` when none is.
    func futureDate(today: CalendarDate) -> String? {
        for (name, value) in [("--since", since), ("--until", until)] {
            if let value, let date = CalendarDate(value), date > today { return "\(name) \(value) is in the future (today is \(today))" }
        }
        return nil
    }
}
