import RepereSupport

/// The report as one self-contained HTML page: styles inline, no script, no external resource,
/// every chart followed by the table it draws. Not part of the public site.
public enum ReportHTML {
    public static func render(_ report: ImpactReport) -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="fr">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Rapport d’impact du \(report.date)</title>
            <style>\(style)</style>
            </head>
            <body>
            <main>
            <h1>Rapport d’impact du centre d’aide</h1>
            <p class="summary">\(e(report.oneLine))\(report.since.map { " — événements depuis le \(e($0))" } ?? "").</p>
            <nav aria-label="Sommaire"><ul>
            <li><a href="#tendances">Tendances par semaine</a></li>
            <li><a href="#avis">Avis par page</a></li>
            <li><a href="#recherches">Recherches sans réponse</a></li>
            <li><a href="#contenu">Santé du contenu</a></li>
            </ul></nav>

            """
        let link = { (url: String, title: String) in "<a href=\"\(e(report.site + url))\">\(e(title))</a>" }
        out += trends(report.weeks) + feedback(report.feedback, link) + searches(report.searches, link) + health(report.health, link)
        return out + "</main>\n</body>\n</html>\n"
    }

    private static func e(_ text: String) -> String { HTMLEscaping.escape(text) }

    private static func table(_ caption: String, _ headers: [String], _ rows: [[String]], numeric: Set<Int> = []) -> String {
        guard !rows.isEmpty else { return "<p>\(e(caption)) : aucun.</p>\n" }
        var out = "<table>\n<caption>\(e(caption))</caption>\n<thead><tr>"
        out += headers.map { "<th scope=\"col\">\(e($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in rows {
            out += "<tr>" + row.enumerated().map { index, cell in
                index == 0 ? "<th scope=\"row\">\(cell)</th>" : numeric.contains(index) ? "<td class=\"n\">\(cell)</td>" : "<td>\(cell)</td>"
            }.joined() + "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    /// A link to a page of the site, from its path and title.
    typealias Link = (String, String) -> String

    private static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded())) %" }

    private static func trends(_ weeks: [WeekCount]) -> String {
        var out = "<section aria-labelledby=\"tendances\">\n<h2 id=\"tendances\">Tendances par semaine</h2>\n"
        guard !weeks.isEmpty else { return out + "<p>Aucun événement reçu.</p>\n</section>\n" }
        let label = { (week: WeekCount) in String(week.week.dropFirst(5)) }
        out += BarChart(
            label: "Avis par semaine", series: [.init(name: "Oui", color: "#1b6e3a"), .init(name: "Non", color: "#b3261e")],
            bars: weeks.map { (label($0), [$0.helpful, $0.unhelpful]) }
        ).svg
        out += BarChart(
            label: "Recherches sans réponse par semaine", series: [.init(name: "Recherches sans réponse", color: "#1f4e9c")],
            bars: weeks.map { (label($0), [$0.unansweredSearches]) }
        ).svg
        out += table(
            "Avis et recherches sans réponse par semaine (semaines commençant le lundi)", ["Semaine du", "Oui", "Non", "Recherches sans réponse"],
            weeks.map { [e($0.week), String($0.helpful), String($0.unhelpful), String($0.unansweredSearches)] }, numeric: [1, 2, 3])
        return out + "</section>\n"
    }

    private static func feedback(_ pages: [PageFeedback], _ link: Link) -> String {
        var out = "<section aria-labelledby=\"avis\">\n<h2 id=\"avis\">Avis par page</h2>\n"
        out += "<p>« Cette page vous a-t-elle aidé ? » L’intervalle (Wilson, 95 %) dit où se situe vraisemblablement la part réelle de « oui » : "
            + "avec peu d’avis il est large. Une page dont même le haut de l’intervalle est sous 50 % est à revoir.</p>\n"
        out += table(
            "Avis par page, les moins utiles d’abord", ["Page", "Oui", "Non", "Part de « oui »", "Intervalle à 95 %", "À revoir"],
            pages.map { page in
                let total = page.yes + page.no
                return [
                    link(page.url, page.title), String(page.yes), String(page.no), percent(Double(page.yes) / Double(max(1, total))),
                    "\(percent(page.interval.low)) à \(percent(page.interval.high))", page.isUnhelpful ? "oui" : "",
                ]
            }, numeric: [1, 2, 3])
        let commented = pages.filter { !$0.comments.isEmpty }
        if !commented.isEmpty {
            out += "<h3>Commentaires</h3>\n"
            for page in commented {
                out += "<h4>\(link(page.url, page.title))</h4>\n<ul>\n" + page.comments.map { "<li>\(e($0))</li>\n" }.joined() + "</ul>\n"
            }
        }
        return out + "</section>\n"
    }

    private static func searches(_ groups: [SearchGroup], _ link: Link) -> String {
        var out = "<section aria-labelledby=\"recherches\">\n<h2 id=\"recherches\">Recherches sans réponse</h2>\n"
        out += "<p>Une recherche est sans réponse quand le lecteur a cessé de taper depuis 3 secondes sans obtenir de résultat, "
            + "ou a quitté la page de recherche sans ouvrir un résultat. Les recherches sont regroupées par termes analysés "
            + "comme le fait la recherche du site (pluriels, accents et fautes de frappe confondus).</p>\n"
        out += table(
            "Recherches sans réponse, les plus fréquentes d’abord", ["Termes", "Requêtes tapées", "Nombre", "Sans résultat", "Action suggérée"],
            groups.map { group in
                let action = group.suggestion.page.map { link($0, group.suggestion.text) } ?? e(group.suggestion.text)
                return [
                    e(group.terms), e(group.queries.joined(separator: ", ")), String(group.count), String(group.withoutResult), action,
                ]
            }, numeric: [2, 3])
        return out + "</section>\n"
    }

    private static func health(_ health: ContentHealth, _ link: @escaping Link) -> String {
        var out = "<section aria-labelledby=\"contenu\">\n<h2 id=\"contenu\">Santé du contenu</h2>\n"
        let rows = { (entries: [ContentHealth.Entry]) in entries.map { [link($0.url, $0.title), e($0.source), e($0.detail)] } }
        out += "<h3>À relire</h3>\n" + table("Pages dont la date de relecture (review_by) est passée", ["Page", "Fichier", "Relire avant le"], rows(health.overdue))
        out += "<h3>Parcours et événements</h3>\n"
            + table("Parcours d'accueil et événements à reprendre", ["Page", "Fichier", "Problème"], rows(health.pathsAndEvents))
        out += "<h3>Anciennes</h3>\n"
            + table("Pages inchangées depuis \(health.staleMonths) mois ou plus (Git)", ["Page", "Fichier", "Dernière modification"], rows(health.stale))
        out += "<h3>Orphelines</h3>\n"
            + table("Pages vers lesquelles aucune autre page ne pointe", ["Page", "Fichier"], health.orphans.map { [link($0.url, $0.title), e($0.source)] })
        out += "<h3>Sans description</h3>\n"
            + table("Pages sans description", ["Page", "Fichier"], health.withoutDescription.map { [link($0.url, $0.title), e($0.source)] })
        out += "<h3>Liens entrants</h3>\n"
            + table("Les pages les plus liées", ["Page", "Fichier", "Pages qui y mènent"], rows(health.mostLinked), numeric: [2])
            + table("Les pages les moins liées", ["Page", "Fichier", "Pages qui y mènent"], rows(health.leastLinked), numeric: [2])
        out += "<h3>Publics peu servis</h3>\n"
            + table(
                "Publics de moins de \(ContentHealth.fewPages) pages", ["Public", "Identifiant", "Pages"],
                health.smallAudiences.map { [e($0.label), e($0.id), String($0.pages)] }, numeric: [2])
        return out + "</section>\n"
    }

    private static let style = """
        body{font-family:system-ui,sans-serif;line-height:1.5;color:#1e1e1e;background:#fff;margin:0}\
        main{max-width:72rem;margin:0 auto;padding:1rem 1.5rem}\
        table{border-collapse:collapse;margin:0 0 1.5rem;width:100%}\
        caption{text-align:left;font-weight:600;padding:.25rem 0}\
        th,td{border:1px solid #929292;padding:.25rem .5rem;text-align:left;vertical-align:top}\
        thead th{background:#eee}td.n{text-align:right;font-variant-numeric:tabular-nums}\
        a{color:#000091}a:focus{outline:2px solid #000091;outline-offset:2px}\
        .chart{display:block;max-width:100%;height:auto}.chart text{font-size:10px;fill:#1e1e1e}\
        .legend{list-style:none;padding:0;display:flex;gap:1rem}\
        .swatch{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:middle}
        """
}
