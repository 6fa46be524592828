import RepereContent
import RepereDiagnostics
import RepereSupport

/// The history of SNUpport's feedback (« Cet article vous a été utile ? ») and searches, kept
/// for the impact measures to come, without anything that identifies a person.
///
/// Kept: the article's slug and page, `isPositive`, the comment, the day (feedback); the
/// search text, `resultsNumber`, `role`, the day (searches). Never copied: `_id`, `createdBy`,
/// `treatedBy`, `treatedAt`, or any other field. E-mail addresses and phone numbers typed in a
/// comment or a search are replaced (``PersonalData``). Entries are sorted by day.
package enum ImpactHistory {
    /// What reading one export gave.
    package struct Outcome: Sendable {
        package var json: [UInt8]
        package var entries: Int
        package var redactions: Int
        package var leftOut: Int
        package var diagnostics: [Diagnostic]
    }

    /// `imports/feedback.json` from a `mongoexport` of `feedbacks`.
    package static func feedback(_ bytes: [UInt8], file: String, tree: KnowledgeTree) -> Outcome {
        let (records, readProblems) = ExportReader.read(bytes, file: file)
        var diagnostics = readProblems
        let byID = Dictionary(tree.placed.map { ($0.record.id, $0) }, uniquingKeysWith: { a, _ in a })
        var entries: [(day: String, json: [UInt8])] = []
        var redactions = 0, leftOut = 0
        for exported in records {
            guard let fields = reader(exported, file: file, kind: "feedback entry", diagnostics: &diagnostics) else { continue }
            var f = fields
            let article = f.objectID("knowledgeBaseArticle", required: true)
            let positive = f.flag("isPositive", required: true)
            let comment = f.text("comment")
            let day = f.day("createdAt")
            diagnostics += f.diagnostics
            guard !f.hasErrors, let article, let positive else { continue }
            guard let placed = byID[article] else {
                diagnostics.append(Diagnostic(.importUnknownArticle,
                    "feedback entry names the article \(article), which is not in the export; it is left out", at: f.location))
                leftOut += 1
                continue
            }
            var w = JSONWriter()
            w.raw("{\"article\":")
            w.string(placed.record.slug)
            w.raw(",\"page\":")
            w.string(placed.file)
            w.raw(",\"date\":")
            if let day { w.string(day.description) } else { w.raw("null") }
            w.raw(positive ? ",\"isPositive\":true" : ",\"isPositive\":false")
            if let comment {
                let (clean, n) = PersonalData.redact(comment)
                redactions += n
                w.raw(",\"comment\":")
                w.string(clean)
            }
            w.raw("}")
            entries.append((day?.description ?? "~", w.output))
        }
        return Outcome(json: document("feedback", entries), entries: entries.count, redactions: redactions, leftOut: leftOut,
            diagnostics: diagnostics)
    }

    /// `imports/searches.json` from a `mongoexport` of `kbsearches`.
    package static func searches(_ bytes: [UInt8], file: String) -> Outcome {
        let (records, readProblems) = ExportReader.read(bytes, file: file)
        var diagnostics = readProblems
        var entries: [(day: String, json: [UInt8])] = []
        var redactions = 0
        for exported in records {
            guard var f = reader(exported, file: file, kind: "search", diagnostics: &diagnostics) else { continue }
            let search = f.text("search", required: true)
            let results = f.number("resultsNumber")
            let role = f.text("role")
            let day = f.day("createdAt")
            diagnostics += f.diagnostics
            guard !f.hasErrors, let search else { continue }
            let (clean, n) = PersonalData.redact(search)
            redactions += n
            var w = JSONWriter()
            w.raw("{\"search\":")
            w.string(clean)
            w.raw(",\"resultsNumber\":")
            if let results, abs(results) < 1e15 { w.int(Int(results.rounded())) } else { w.raw("null") }
            w.raw(",\"role\":")
            if let role { w.string(role) } else { w.raw("null") }
            w.raw(",\"date\":")
            if let day { w.string(day.description) } else { w.raw("null") }
            w.raw("}")
            entries.append((day?.description ?? "~", w.output))
        }
        return Outcome(json: document("searches", entries), entries: entries.count, redactions: redactions, leftOut: 0,
            diagnostics: diagnostics)
    }

    /// A reader of one exported document, or `nil` (reported) when it is not an object.
    private static func reader(_ exported: ExportRecord, file: String, kind: String, diagnostics: inout [Diagnostic]) -> FieldReader? {
        let location = SourceLocation(file: file, line: exported.line)
        guard case .object(let object) = exported.value else {
            diagnostics.append(Diagnostic(.importInvalidField,
                "the document at line \(exported.line) is \(exported.value.kindDescription), not a \(kind) (an object)", at: location))
            return nil
        }
        let id = (object["_id"]).flatMap { try? ExtendedJSON.objectID($0).get() }
        return FieldReader(object: object, location: location, name: id.map { "\(kind) \($0)" } ?? "the \(kind) at line \(exported.line)")
    }

    /// `{"source": "snupport", "kind": …, "entries": [` one entry a line `]}`, sorted by day.
    private static func document(_ kind: String, _ entries: [(day: String, json: [UInt8])]) -> [UInt8] {
        let sorted = entries.enumerated().sorted { ($0.element.day, $0.offset) < ($1.element.day, $1.offset) }.map(\.element.json)
        var w = JSONWriter()
        w.raw("{\"source\":\"snupport\",\"kind\":")
        w.string(kind)
        w.raw(",\"entries\":[")
        for (i, entry) in sorted.enumerated() {
            w.raw(i == 0 ? "\n" : ",\n")
            w.raw(entry)
        }
        w.raw(sorted.isEmpty ? "]}\n" : "\n]}\n")
        return w.output
    }
}
