/// mdBook's include links, alone on their line: `{{#include chemin/exemple.rs}}` (and
/// `{{#rustdoc_include …}}`: the part mdBook shows, without the lines it hides), the file read
/// from the folder of the file writing it, whole or in part: `:2` (line 2 alone), `::10`, `:2:`,
/// `:2:10`, or `:nom`, the lines between `ANCHOR: nom` and `ANCHOR_END: nom` (in any comment),
/// without the lines of other anchors. `\{{#include …}}` is the text `{{#include …}}`.
struct MdBookInclude: Equatable {
    var path: String
    var part: Snippets.Selection.Part

    /// The include link `line` (its indent dropped) is, or `nil`.
    init?(_ line: Substring) {
        let trimmed = line.trimmingCharacters(in: [" ", "\t"])
        guard trimmed.hasPrefix("{{"), trimmed.hasSuffix("}}") else { return nil }
        let opened = trimmed.dropFirst(2).drop { $0 == " " || $0 == "\t" }  // mdBook reads `{{ #include … }}` too
        guard opened.hasPrefix("#") else { return nil }
        let inner = opened.dropFirst().dropLast(2)
        let keyword = inner.prefix { $0 != " " && $0 != "\t" }
        guard keyword == "include" || keyword == "rustdoc_include" else { return nil }
        let name = inner.dropFirst(keyword.count).trimmingCharacters(in: [" ", "\t"])
        guard !name.isEmpty, !name.contains(where: { $0 == " " || $0 == "\t" || $0 == "}" }) else { return nil }
        guard let colon = name.firstIndex(of: ":") else {
            (path, part) = (name, .whole)
            return
        }
        path = String(name[..<colon])
        let rest = name[name.index(after: colon)...]
        guard !rest.isEmpty else {
            part = .whole
            return
        }
        let numbers = rest.split(separator: ":", omittingEmptySubsequences: false)
        if numbers.count <= 2, numbers.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) {
            let first = Int(numbers[0])
            // `:2` is line 2 alone (pymdownx reads it from line 2 on).
            part = .lines(first, numbers.count == 2 ? Int(numbers[1]) : first)
        } else if !rest.contains(":") {
            part = .anchor(String(rest))
        } else {
            return nil
        }
        guard !path.isEmpty else { return nil }
    }

    /// The text `\{{#include …}}` stands for, without its backslash, or `nil` for another line.
    static func escaped(_ line: Substring) -> Substring? {
        line.hasPrefix("\\{{") && MdBookInclude(line.dropFirst()) != nil ? line.dropFirst() : nil
    }

    /// The anchor's name a line marks as `start` (`ANCHOR: nom`) or end (`ANCHOR_END: nom`).
    static func anchor(in line: Substring) -> (isEnd: Bool, name: Substring)? {
        guard let range = line.range(of: "ANCHOR") else { return nil }
        var rest = line[range.upperBound...]
        let isEnd = rest.hasPrefix("_END")
        if isEnd { rest = rest.dropFirst(4) }
        guard rest.first == ":" else { return nil }
        let name = rest.dropFirst().drop { $0 == " " || $0 == "\t" }
            .prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
        return name.isEmpty ? nil : (isEnd, name)
    }
}
