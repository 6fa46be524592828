import RepereContent
import RepereGraph
import RepereSupport

/// `feed.xml`: the recent changes as an Atom 1.0 feed (RFC 4287).
package enum AtomFeed {
    /// At most 50 entries; ids and links are absolute URLs made with `base_url`.
    package static func xml(_ changes: RecentChanges, site: ResolvedSite, configuration: SiteConfiguration) -> String {
        func absolute(_ path: SitePath) -> String { HTMLEscaping.escape(path.absolute(baseURL: configuration.baseURL)) }
        let entries = changes.entries.prefix(50)
        let updated = entries.first?.updated.rfc3339 ?? Timestamp(seconds: 0).rfc3339
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(HTMLEscaping.escape(configuration.language))">
              <title>\(HTMLEscaping.escape(configuration.title)) — Nouveautés</title>
              <id>\(absolute(GeneratedPageURL.news))</id>
              <link rel="self" href="\(absolute(SitePath(rawValue: "/feed.xml")))"/>
              <link rel="alternate" type="text/html" href="\(absolute(GeneratedPageURL.news))"/>
              <updated>\(updated)</updated>
              <author><name>\(HTMLEscaping.escape(configuration.title))</name></author>

            """
        for entry in entries {
            let page = site.pages[entry.page].page
            let url = absolute(page.url)
            xml += "  <entry>\n"
            xml += "    <title>\(HTMLEscaping.escape(page.title))</title>\n"
            xml += "    <id>\(url)</id>\n"
            xml += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(url)\"/>\n"
            xml += "    <updated>\(entry.updated.rfc3339)</updated>\n"
            if let created = page.history?.created { xml += "    <published>\(created.rfc3339)</published>\n" }
            for author in page.history?.authors ?? [] {
                xml += "    <author><name>\(HTMLEscaping.escape(author))</name></author>\n"
            }
            let label = entry.isNew ? "Nouvelle page" : "Mise à jour"
            let text = [page.frontMatter.description, entry.summary].compactMap { $0 }.joined(separator: " — ")
            xml += "    <summary>\(HTMLEscaping.escape(text.isEmpty ? label : "\(label) : \(text)"))</summary>\n"
            xml += "  </entry>\n"
        }
        return xml + "</feed>\n"
    }
}
