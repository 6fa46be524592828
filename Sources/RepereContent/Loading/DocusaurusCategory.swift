import Foundation
import RepereSupport
import Yams

/// A Docusaurus `_category_.json`: the label, position and description Docusaurus shows for the
/// folder beside it in its sidebar, read as the folder's section title, order and description
/// when the folder has no `_section.md` (which wins). The file itself is not published.
struct DocusaurusCategory: Equatable {
    /// The names Docusaurus reads it from: JSON, or YAML (`_category_.yml`).
    static let fileNames: Set<String> = ["_category_.json", "_category_.yml", "_category_.yaml"]

    var label: String?
    var position: Double?
    var description: String?
    /// The address of the category's generated index page (`link: { type: 'generated-index' }`):
    /// its `slug`, else `/category/` and its label's slug, as Docusaurus gives it. The folder's
    /// section is published at the folder's address instead, and this one redirects there.
    var indexAddress: String?

    /// The category in `bytes`; `nil` when they are neither a JSON object nor a YAML mapping
    /// (Docusaurus reads both with a YAML parser: `{ position: 1, label: "Guide" }`, keys
    /// unquoted, is one). Other keys (`collapsed`, `customProps`…) shape Docusaurus' sidebar only
    /// and are not read.
    init?(bytes: [UInt8]) {
        let parsed = (try? JSONSerialization.jsonObject(with: Data(bytes)))
            ?? { () -> Any? in
                // Read once its aliases' expansion is known to be bounded (an alias bomb is no category).
                let text = String(decoding: bytes, as: UTF8.self)
                guard (try? BoundedYAML.compose(text)) != nil else { return nil }
                return try? Yams.load(yaml: text)
            }()
        guard let object = parsed as? [String: Any] else { return nil }
        func text(_ value: Any?) -> String? {
            guard let value = (value as? String)?.trimmingWhitespace, !value.isEmpty else { return nil }
            return value
        }
        label = text(object["label"])
        // A place out of range (`1e300`, `NaN`) is no place, not a crash.
        let number = (object["position"] as? NSNumber)?.doubleValue ?? (object["position"] as? Int).map(Double.init) ?? object["position"] as? Double
        position = number.flatMap { $0.isFinite && abs($0) < 1_000_000_000 ? $0 : nil }
        description = text((object["link"] as? [String: Any])?["description"]) ?? text(object["description"])
        if let link = object["link"] as? [String: Any], text(link["type"]) == "generated-index" {
            let labelSlug = label.map { Slug.make(from: $0) }.flatMap { $0.isEmpty ? nil : "/category/" + $0 + "/" }
            indexAddress = text(link["slug"]).map { $0.hasPrefix("/") ? $0 : "/" + $0 } ?? labelSlug
        }
    }
}
