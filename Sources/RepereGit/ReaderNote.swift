/// What a commit tells the help centre's readers: the text of its `Nouveauté :` trailer, the
/// only part of a commit message that reaches the Nouveautés page, the feed and the letter.
///
/// Commit summaries are written for the team (« Fix typo », « Build pipeline: … ») and often not
/// in the site's language, so they are never shown. An author who wants readers to know what
/// changed adds a line to the message:
///
/// ```
/// Transport : nouvelle procédure de modification de ligne
///
/// Nouveauté : la demande de modification se fait désormais depuis l'onglet « Lignes ».
/// ```
///
/// `Nouveauté:`, `Nouveaute :` and any letter case are accepted; the first such line wins.
public enum ReaderNote {
    /// The trailer's text in `message`, or `""` when it has none.
    public static func of(message: String) -> String {
        for line in message.split(whereSeparator: \.isNewline) {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmed.lowercased()
            guard key == "nouveauté" || key == "nouveaute" else { continue }
            let value = line[line.index(after: colon)...].trimmed
            if !value.isEmpty { return String(value) }
        }
        return ""
    }
}

extension Substring {
    /// Without leading and trailing white space.
    fileprivate var trimmed: Substring {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return self[first...last]
    }
}
