import Foundation
import RepereSupport

/// A Docusaurus `_category_.json`: the label, position and description Docusaurus shows for the
/// folder beside it in its sidebar, read as the folder's section title, order and description
/// when the folder has no `_section.md` (which wins). The file itself is not published.
struct DocusaurusCategory: Equatable {
    static let fileName = "_category_.json"

    var label: String?
    var position: Double?
    var description: String?
    /// The address of the category's generated index page (`link: { type: 'generated-index' }`):
    /// its `slug`, else `/category/` and its label's slug, as Docusaurus gives it. The folder's
    /// section is published at the folder's address instead, and this one redirects there.
    var indexAddress: String?

    /// The category in `bytes`; `nil` when they are not a JSON object. Other keys (`collapsed`,
    /// `customProps`…) shape Docusaurus' sidebar only and are not read.
    init?(json bytes: [UInt8]) {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: Any] else { return nil }
        func text(_ value: Any?) -> String? {
            guard let value = (value as? String)?.trimmingWhitespace, !value.isEmpty else { return nil }
            return value
        }
        label = text(object["label"])
        // A place out of range (`1e300`, `NaN`) is no place, not a crash.
        position = (object["position"] as? NSNumber).map(\.doubleValue).flatMap { $0.isFinite && abs($0) < 1_000_000_000 ? $0 : nil }
        description = text((object["link"] as? [String: Any])?["description"]) ?? text(object["description"])
        if let link = object["link"] as? [String: Any], text(link["type"]) == "generated-index" {
            let labelSlug = label.map(Slug.make).flatMap { $0.isEmpty ? nil : "/category/" + $0 + "/" }
            indexAddress = text(link["slug"]).map { $0.hasPrefix("/") ? $0 : "/" + $0 } ?? labelSlug
        }
    }
}
