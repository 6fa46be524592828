import RepereSupport

extension Letter {
    /// The letter as an e-mail: one HTML file with inline styles only and a table layout (for
    /// old mail clients), at most 640 px wide, nothing loaded from elsewhere, no script.
    public func html() -> String {
        let font = "font-family:Arial,Helvetica,sans-serif;"
        var body = ""
        body += p(siteTitle, style: "margin:0 0 4px;font-size:14px;color:#3a3a3a;")
        body += "<h1 style=\"margin:0 0 16px;\(font)font-size:24px;line-height:1.25;color:#161616;\">Les nouveautés \(esc(period))</h1>\n"
        if let introHTML { body += "<div style=\"margin:0 0 16px;\">\n\(introHTML)</div>\n" }
        if isEmpty { body += p(Self.nothingNew, style: "margin:0 0 16px;") }
        for part in parts {
            body += "<h2 style=\"margin:24px 0 8px;\(font)font-size:20px;line-height:1.3;color:#000091;\">\(esc(part.heading))</h2>\n"
            for group in part.groups {
                if !group.section.isEmpty {
                    body += "<h3 style=\"margin:16px 0 8px;\(font)font-size:17px;line-height:1.3;color:#161616;\">\(esc(group.section))</h3>\n"
                }
                body += "<ul style=\"margin:0 0 8px;padding:0 0 0 20px;\">\n"
                for item in group.items { body += listItem(item, removed: part.heading == "Pages retirées") }
                body += "</ul>\n"
            }
        }
        body += p("Toutes les nouveautés sont aussi sur la page <a href=\"\(esc(newsURL))\" style=\"color:#000091;\">Nouveautés</a> du "
            + "<a href=\"\(esc(homeURL))\" style=\"color:#000091;\">\(esc(siteTitle))</a>.", style: "margin:24px 0 0;font-size:14px;color:#3a3a3a;",
            isHTML: true)
        return """
            <!DOCTYPE html>
            <html lang="fr">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(esc(subject))</title>
            </head>
            <body style="margin:0;padding:0;background-color:#f6f6f6;">
            <table role="presentation" style="width:100%;border-collapse:collapse;background-color:#f6f6f6;">
            <tr><td style="padding:16px 8px;">
            <table role="presentation" style="width:100%;max-width:640px;margin:0 auto;border-collapse:collapse;background-color:#ffffff;border-top:4px solid #000091;">
            <tr><td style="padding:24px;\(font)font-size:16px;line-height:1.5;color:#161616;">
            \(body)</td></tr>
            </table>
            </td></tr>
            </table>
            </body>
            </html>

            """
    }

    /// The letter as Markdown, to paste into a newsletter tool or a chat.
    public func markdown() -> String {
        var out = "# \(md(siteTitle)) : les nouveautés \(period)\n"
        if let introMarkdown { out += "\n\(introMarkdown)\n" }
        if isEmpty { out += "\n\(Self.nothingNew)\n" }
        for part in parts {
            out += "\n## \(part.heading)\n"
            for group in part.groups {
                if !group.section.isEmpty { out += "\n### \(md(group.section))\n" }
                out += "\n"
                for item in group.items {
                    out += part.heading == "Pages retirées" ? "- \(md(item.title))" : "- [\(md(item.title))](\(item.url))"
                    if let when = item.when { out += " — \(when)" }
                    if let description = item.description, !description.isEmpty { out += " — \(md(description))" }
                    if let note = item.note { out += "\n  *\(md(note))*" }
                    if let previous = item.previousURL { out += "\n  (ancienne adresse : \(previous))" }
                    out += "\n"
                }
            }
        }
        out += "\nToutes les nouveautés : \(newsURL)\n"
        return out
    }

    /// The letter as plain text: the e-mail's text alternative.
    public func text() -> String {
        let title = "Les nouveautés \(period)"
        var out = "\(siteTitle)\n\(title)\n\(String(repeating: "=", count: title.count))\n"
        if let introMarkdown { out += "\n\(introMarkdown)\n" }
        if isEmpty { out += "\n\(Self.nothingNew)\n" }
        for part in parts {
            out += "\n\n\(part.heading.uppercased())\n"
            for group in part.groups {
                if !group.section.isEmpty { out += "\n\(group.section)\n\(String(repeating: "-", count: group.section.count))\n" }
                for item in group.items {
                    out += "\n* \(item.title)\n"
                    if let when = item.when { out += "  \(when)\n" }
                    if part.heading != "Pages retirées" { out += "  \(item.url)\n" }
                    if let description = item.description, !description.isEmpty { out += "  \(description)\n" }
                    if let note = item.note { out += "  Ce qui change : \(note)\n" }
                    if let previous = item.previousURL { out += "  Ancienne adresse : \(previous)\n" }
                }
            }
        }
        out += "\n\nToutes les nouveautés : \(newsURL)\n"
        return out
    }

    // MARK: - Pieces

    private func listItem(_ item: Item, removed: Bool) -> String {
        var html = "<li style=\"margin:0 0 12px;\">"
        html += removed ? "<strong>\(esc(item.title))</strong>"
            : "<a href=\"\(esc(item.url))\" style=\"color:#000091;font-weight:bold;\">\(esc(item.title))</a>"
        if let when = item.when { html += "<br><strong>\(esc(when))</strong>" }
        if let description = item.description, !description.isEmpty {
            html += "<br><span style=\"color:#3a3a3a;\">\(esc(description))</span>"
        }
        if let note = item.note { html += "<br><em>Ce qui change : \(esc(note))</em>" }
        if let previous = item.previousURL {
            html += "<br><span style=\"font-size:14px;color:#3a3a3a;\">Ancienne adresse : \(esc(previous))</span>"
        }
        return html + "</li>\n"
    }

    private func p(_ text: String, style: String, isHTML: Bool = false) -> String {
        "<p style=\"\(style)\">\(isHTML ? text : esc(text))</p>\n"
    }

    private func esc(_ text: String) -> String { HTMLEscaping.escape(text) }

    private func md(_ text: String) -> String { text.markdownEscaped }
}
