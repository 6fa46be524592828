import Foundation
import RepereSupport

/// The report as Markdown, to post in the team's chat or a merge request: the summary and the
/// items that need attention, each list cut to its first ten.
public enum ReportMarkdown {
    public static func render(_ report: ImpactReport) -> String {
        let link = { (url: String, title: String) in "[\(title.markdownEscaped)](\(report.site + url))" }
        var out = "## Rapport d’impact du \(report.date)\n\n\(report.oneLine).\n"
        if let since = report.since { out += "Événements depuis le \(since).\n" }
        let unhelpful = report.feedback.filter(\.isUnhelpful)
        out += section("Pages jugées peu utiles", unhelpful.map {
            "\(link($0.url, $0.title)) : \($0.yes) oui, \($0.no) non (part de « oui » entre \(percent($0.interval.low)) et \(percent($0.interval.high)))"
        })
        out += section("Recherches sans réponse", report.searches.map {
            "« \($0.queries.joined(separator: " », « ").markdownEscaped) » × \($0.count) : \($0.suggestion.text)"
                + ($0.suggestion.page.map { " (\(report.site + $0))" } ?? "")
        })
        out += section("À relire (review_by passé)", report.health.overdue.map { "\(link($0.url, $0.title)) : avant le \($0.detail)" })
        out += section("Parcours et événements à reprendre", report.health.pathsAndEvents.map { "\(link($0.url, $0.title)) : \($0.detail.markdownEscaped)" })
        out += section("Pages orphelines", report.health.orphans.map { link($0.url, $0.title) })
        out += section("Pages sans description", report.health.withoutDescription.map { link($0.url, $0.title) })
        return out
    }

    private static func section(_ title: String, _ lines: [String]) -> String {
        guard !lines.isEmpty else { return "" }
        var out = "\n### \(title) (\(lines.count))\n\n" + lines.prefix(10).map { "- \($0)\n" }.joined()
        if lines.count > 10 { out += "- … et \(lines.count - 10) de plus\n" }
        return out
    }

    private static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded())) %" }
}

/// The report as JSON: ``ImpactReport`` encoded, keys sorted, so that it is byte-identical for the same input.
public enum ReportJSON {
    public static func render(_ report: ImpactReport) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(report)) ?? Data(), as: UTF8.self) + "\n"
    }
}
