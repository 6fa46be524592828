import RepereDiagnostics
import Yams

/// One step of an onboarding path (`type: path`): an existing page, or a heading inside one,
/// with an optional note and an estimated duration.
///
/// ```yaml
/// steps:
///   - page: ../premiers-pas/livret-accueil-referent.md
///     note: "À lire avant votre premier séjour"
///     duration: 10 min
///   - ../affectations/changer-de-centre.md#etape-2   # a step may be just its page
/// ```
public struct PathStep: Hashable, Sendable {
    /// The page as written, relative to the path's file (`../a/b.md#titre`), like a link.
    public var target: String
    public var note: String?
    /// The estimated duration, in minutes.
    public var minutes: Int?
    /// Where the step is written, for diagnostics.
    public var location: SourceLocation

    public init(target: String, note: String? = nil, minutes: Int? = nil, location: SourceLocation) {
        self.target = target
        self.note = note
        self.minutes = minutes
        self.location = location
    }

    /// A duration as writers type it: `10` (minutes), `10 min`, `1 h`, `1 h 30`, `1h30`,
    /// `45 minutes`; `nil` when it is none of these.
    public static func minutes(in text: String) -> Int? {
        var rest = Substring(text.lowercased()).drop { $0 == " " }
        func number() -> Int? {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            rest = rest.dropFirst(digits.count).drop { $0 == " " }
            return digits.isEmpty || digits.count > 5 ? nil : Int(digits)
        }
        func word(_ words: [String]) -> Bool {
            guard let w = words.first(where: { rest.hasPrefix($0) }) else { return false }
            rest = rest.dropFirst(w.count).drop { $0 == " " }
            return true
        }
        guard let first = number() else { return nil }
        var total = first
        if word(["heures", "heure", "h"]) {
            total = first * 60
            if let more = number() {
                _ = word(["minutes", "minute", "min", "mn"])
                total += more
            }
        } else {
            _ = word(["minutes", "minute", "min", "mn"])
        }
        return rest.isEmpty ? total : nil
    }

    /// `1 h 15 min`, `45 min`: a duration written back for readers.
    public static func written(minutes: Int) -> String {
        let (hours, rest) = minutes.quotientAndRemainder(dividingBy: 60)
        switch (hours, rest) {
        case (0, _): return "\(rest) min"
        case (_, 0): return "\(hours) h"
        default: return "\(hours) h \(rest < 10 ? "0" : "")\(rest)"
        }
    }
}

extension PathStep {
    /// The `steps:` list: each item a path (text) or a mapping of `page`, `note`, `duration`.
    static func decodeList(_ node: Node, reader: inout YAMLReader) -> [PathStep] {
        guard case .sequence(let items) = node else {
            reader.report(Diagnostic(.frontMatterInvalidValue, "'steps' must be a list of pages", at: reader.location(of: node)))
            return []
        }
        return items.compactMap { item in
            let location = reader.location(of: item)
            if case .scalar(let scalar) = item {
                return scalar.string.isEmpty ? nil : PathStep(target: scalar.string, location: location)
            }
            guard case .mapping(let mapping) = item else {
                reader.report(Diagnostic(.frontMatterInvalidValue, "a step must be a page or a mapping with 'page'", at: location))
                return nil
            }
            var step = PathStep(target: "", location: location)
            for (key, value) in mapping {
                let name = key.string ?? ""
                switch name {
                case "page": step.target = reader.string(value, key: "steps.page") ?? ""
                case "note": step.note = reader.string(value, key: "steps.note")
                case "duration":
                    guard let text = reader.string(value, key: "steps.duration") else { continue }
                    step.minutes = minutes(in: text)
                    if step.minutes == nil {
                        reader.report(Diagnostic(.frontMatterInvalidValue,
                            "'steps.duration' must be a duration such as 10, 10 min or 1 h 30, found '\(text)'", at: reader.location(of: value)))
                    }
                default:
                    reader.report(Diagnostic(.frontMatterInvalidValue, "unknown key '\(name)' in a step, expected page, note or duration",
                        at: reader.location(of: key)))
                }
            }
            guard !step.target.isEmpty else {
                reader.report(Diagnostic(.frontMatterInvalidValue, "a step has no 'page'", at: location))
                return nil
            }
            return step
        }
    }
}
