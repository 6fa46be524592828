import RepereContent
import RepereMarkdown

/// Heading anchors as GitHub (and GitLab) generate them when showing a Markdown file.
///
/// Lowercase; letters of any script, digits, `-` and `_` kept, accents included; other
/// punctuation removed; each space becomes `-` (so `Étape 2 : valider` → `étape-2--valider`);
/// repeats get `-1`, `-2`… in document order.
package enum ForgeAnchors {
    package static func make(for headings: [String]) -> [String] {
        var used: [String: Int] = [:]
        return headings.map { text in
            var slug = ""
            for scalar in text.lowercased().unicodeScalars {
                let p = scalar.properties
                if scalar == " " {
                    slug += "-"
                } else if p.isAlphabetic || p.numericType != nil || scalar == "-" || scalar == "_" || p.generalCategory == .nonspacingMark {
                    slug.unicodeScalars.append(scalar)
                }
            }
            let count = used[slug, default: 0]
            used[slug] = count + 1
            return count == 0 ? slug : "\(slug)-\(count)"
        }
    }
}

/// A page's heading anchors, to find what a link's `#fragment` designates in one lookup: an
/// anchor as Repère writes it, else as the Git forge writes it (the first heading wins), else as
/// other tools write it (see ``anchor(_:)``). Built once per page, so a page of n headings and
/// n links to them resolves in linear time. The page's title, which Repère shows as its `<h1>`
/// with no anchor, is designated too, as the other tools write its heading (``designatesTitle(_:)``).
package struct AnchorTable: Sendable {
    /// The page title's letters and digits, accents folded (``fold(_:)``).
    private var titleKey = ""
    /// The page title's words, accents folded, joined by `-` (``Slug``).
    private var titleSlug = ""
    private var anchors: Set<String> = []
    /// Each anchor's letters and digits (``fold(_:)``): the first anchor in order that has them.
    private var anchorsByLetters: [String: String] = [:]
    private var forgeAnchors: [String: String] = [:]
    /// The headings whose text folds to a key (``fold(_:)``): their anchors in page order, and
    /// whether their texts differ (then the key designates none of them).
    private var folded: [String: (anchors: [String], text: String, isAmbiguous: Bool)] = [:]

    /// The anchors of `headings` and those `marked` by HTML tags (``MarkdownDocument/htmlAnchors``),
    /// on the page titled `title`.
    package init(_ headings: [Heading], title: String = "", marked: [String] = []) {
        titleKey = Self.fold(title)
        titleSlug = Slug.make(from: title)
        anchors = Set(headings.map(\.anchor)).union(marked)
        for anchor in anchors {
            let key = Self.fold(anchor)
            if !key.isEmpty, anchorsByLetters[key].map({ anchor < $0 }) ?? true { anchorsByLetters[key] = anchor }
        }
        for (forge, heading) in zip(ForgeAnchors.make(for: headings.map(\.text)), headings) where forgeAnchors[forge] == nil {
            forgeAnchors[forge] = heading.anchor
        }
        for heading in headings {
            // GitBook spells `&`, `<` and `>` out (`#questions-and-reponses`): both spellings designate it.
            let spelledOut = heading.text.contains(where: { "&<>".contains($0) })
                ? Self.fold(heading.text.replacingOccurrences(of: "&", with: " and ")
                    .replacingOccurrences(of: "<", with: " less-than ").replacingOccurrences(of: ">", with: " greater-than "))
                : nil
            for key in [Self.fold(heading.text), spelledOut].compactMap(\.self) where !key.isEmpty {
                // Changed in place: an entry copied out and back would copy its anchors each time,
                // the square of a page of 60,000 headings `## a`.
                if folded[key] != nil {
                    folded[key]!.anchors.append(heading.anchor)
                    if folded[key]!.text != heading.text { folded[key]!.isAmbiguous = true }
                } else {
                    folded[key] = ([heading.anchor], heading.text, false)
                }
            }
        }
    }

    /// The anchor `fragment` designates, if any: the anchor itself, the forge's spelling, else
    /// the heading whose letters and digits are the fragment's, accents and case aside, as
    /// GitBook, GitHub or another tool spelled it (`#pourquoi-lowasp` for « Pourquoi l’OWASP ? »,
    /// whose anchor is `pourquoi-l-owasp`), and `-1`, `-2`… after it for the heading's repeats.
    /// Headings with different texts folding alike are designated by none of these spellings; GitBook's
    /// `id-` before a heading starting with a digit (`#id-3.-historique` for « 3. Historique ») is left
    /// out, and its anchors cut at 100 characters designate the one heading they begin.
    package func anchor(_ fragment: String) -> String? {
        if anchors.contains(fragment) { return fragment }
        // An `id` written with spaces or punctuation (`<h3 id="Problème-1 :">`), as the page writes it.
        if fragment.contains(where: { !($0.isLetter || $0.isNumber || "-_.".contains($0)) }), let written = fragment.asAnchorID,
            anchors.contains(written)
        {
            return written
        }
        // GitHub's ids of the page's own content, which GitBook writes too (`#user-content-fn-1`): once.
        if fragment.hasPrefix("user-content-"), fragment.count > 13 {
            let bare = String(fragment.dropFirst(13))
            return bare.hasPrefix("user-content-") ? nil : anchor(bare)
        }
        if let anchor = forgeAnchors[fragment.lowercased()] { return anchor }
        if let entry = folded[Self.fold(fragment)] { return entry.isAmbiguous ? nil : entry.anchors[0] }
        if fragment.hasPrefix("id-"), fragment.dropFirst(3).first.map({ $0.isASCII && $0.isNumber }) == true, let anchor = anchor(String(fragment.dropFirst(3))) { return anchor }
        // GitBook cuts its anchors at 100 characters: the one heading whose spelling starts so.
        if fragment.count >= Self.gitBookAnchorLength {
            let key = Self.fold(fragment)
            let matches = folded.filter { $0.key.hasPrefix(key) && !$0.value.isAmbiguous }
            if matches.count == 1, let entry = matches.first?.value { return entry.anchors[0] }
        }
        guard let dash = fragment.lastIndex(of: "-"), let repetition = Int(fragment[fragment.index(after: dash)...]), repetition > 0,
            let entry = folded[Self.fold(String(fragment[..<dash]))], !entry.isAmbiguous, repetition < entry.anchors.count
        else { return nil }
        return entry.anchors[repetition]
    }

    /// The length at which GitBook cuts the anchors it writes.
    static let gitBookAnchorLength = 100

    /// Whether `fragment`, designating no heading, is the page title's anchor as GitBook, GitHub
    /// or MkDocs write it for the `# Title` heading Repère takes as the title
    /// (`#champ-référentiel-avancé` for « Champ référentiel avancé »), or a place the former theme
    /// made on every page (MkDocs Material's comments, `#__comments`): the link goes to the page.
    package func designatesTitle(_ fragment: String) -> Bool {
        (!titleKey.isEmpty && Self.fold(fragment) == titleKey) || Self.themePlaces.contains(fragment)
    }

    /// Anchors a former theme gave every page, which Repère's pages have not.
    static let themePlaces: Set<String> = ["__comments", "__toc", "__disqus_thread", "disqus_thread"]

    /// The anchor whose letters and digits are `fragment`'s, when a link designates none
    /// (`#_toc108111727` written for `#toc108111727`), for a hint; the first in order of several.
    package func anchorSpelled(like fragment: String) -> String? {
        anchorsByLetters[Self.fold(fragment)]
    }

    /// Whether the page's title starts with the words of `fragment` (an anchor written for an
    /// older, shorter title), for a hint; never for fewer than 3 letters (`#1` and « 1. Introduction »).
    package func titleStarts(like fragment: String) -> Bool {
        let key = Slug.make(from: fragment)
        return key.unicodeScalars.filter { $0.properties.isAlphabetic }.count >= 3 && (titleSlug == key || titleSlug.hasPrefix(key + "-"))
    }

    /// The anchors of the headings that `fragment` could designate but for their ambiguity.
    package func ambiguousAnchors(_ fragment: String) -> [String] {
        guard let entry = folded[Self.fold(fragment)], entry.isAmbiguous else { return [] }
        return entry.anchors
    }

    /// `text`'s letters and digits, accents folded, lowercase (`Pourquoi l’OWASP ?` → `pourquoilowasp`).
    static func fold(_ text: String) -> String {
        Slug.make(from: text).filter { $0 != "-" }
    }
}
