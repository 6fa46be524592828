import RepereSupport

/// The hero of a VitePress, VuePress or Starlight home page, which those themes draw from its front-matter
/// (VitePress' `layout: home` with `hero: { name, text, tagline, image, actions }` and `features:`,
/// Starlight's `hero: { title, tagline, image, actions }`;
/// VuePress' and theme-hope's `home: true` with `heroText`, `heroImage`, `tagline`, `actions` and
/// `features:`), read as what a Repère home page shows: its title, its picture, its tagline as its
/// description and first paragraph, its actions as a list of links and its features as a list,
/// above its text.
struct VueHomePage: Equatable {
    var title: String?
    var tagline: String?
    /// Markdown lines: the tagline, the actions' links, then the features.
    var lines: [String]

    /// The hero of a page whose unknown front-matter keys are `params`; `nil` for a page that is
    /// no such home page.
    init?(_ params: [String: YAMLValue]) {
        let hero = params["hero"]?.entries
        let isHome = params["home"] == .bool(true) || params["layout"] == .string("home")
        guard isHome || hero != nil else { return nil }
        let value = { (key: String) in hero?.first { $0.key == key }?.value.text ?? params[key]?.text }
        title = value("name") ?? value("heroText") ?? hero?.first { $0.key == "title" }?.value.text  // Starlight's `hero: { title }`
        tagline = [value("text"), value("tagline")].compactMap(\.self).joined(separator: " ").nilIfEmpty
        let actions = (hero?.first { $0.key == "actions" }?.value ?? params["actions"])?.items ?? []
        lines = tagline.map { [$0.markdownEscaped, ""] } ?? []
        // Its picture: VitePress' `image: { src, alt }` or `image: /logo.png`, Starlight's
        // `image: { file }` (or `{ light, dark }`: the light one), VuePress' `heroImage`.
        let image = hero?.first { $0.key == "image" }?.value
        if let source = image?.text ?? image?.field("src") ?? image?.field("file") ?? image?.field("light") ?? params["heroImage"]?.text {
            let alt = image?.field("alt") ?? params["heroAlt"]?.text ?? title ?? ""
            lines.insert(contentsOf: ["![\(alt.markdownEscaped)](\(source.markdownDestination))", ""], at: 0)
        }
        lines += actions.compactMap { action in
            guard let text = action.field("text"), let link = action.field("link") else { return nil }
            return "- [\(text.markdownEscaped)](\(link.markdownDestination))"
        }
        let features = params["features"]?.items ?? []
        if !lines.isEmpty, !features.isEmpty { lines.append("") }
        lines += features.compactMap { feature in
            guard let title = feature.field("title") else { return nil }
            let heading = feature.field("link").map { "[\(title.markdownEscaped)](\($0.markdownDestination))" } ?? "**\(title.markdownEscaped)**"
            return "- " + heading + (feature.field("details").map { " : " + $0.markdownEscaped } ?? "")
        }
        guard title != nil || tagline != nil || !lines.isEmpty else { return nil }
    }
}

extension YAMLValue {
    /// A text or a number, as written.
    fileprivate var text: String? {
        switch self {
        case .string(let s): s.trimmingWhitespace.nilIfEmpty
        case .int(let i): String(i)
        case .double(let d): String(d)
        default: nil
        }
    }

    fileprivate var entries: [(key: String, value: YAMLValue)]? {
        if case .map(let entries) = self { return entries }
        return nil
    }

    fileprivate var items: [YAMLValue]? {
        if case .list(let items) = self { return items }
        return nil
    }

    /// The text of a mapping's `key`.
    fileprivate func field(_ key: String) -> String? { entries?.first { $0.key == key }?.value.text }
}

extension String {
    fileprivate var nilIfEmpty: String? { isEmpty ? nil : self }
}
