import Foundation
import RepereContent
import RepereDiagnostics
import RepereTemplates

/// The templates and static files the site is rendered with.
///
/// The default theme is compiled into the binary; a project's own `templates/` folder
/// overrides it file by file (a file with the same relative path wins). `*.mustache` files are
/// templates, named by their path without the extension (`partials/header`); files under
/// `static/` are copied to `/_repere/` in the site. UI strings (`i18n/fr.yml`) are merged key
/// by key instead: a project's file overrides single strings, missing keys keep the built-in text.
public struct Theme: Sendable {
    package let templates: TemplateRenderer
    /// Static files: path under `static/` → bytes.
    public let staticFiles: [(path: String, bytes: [UInt8])]
    /// UI strings, available to templates as `{{t.key}}`.
    public let strings: [String: String]
    /// ``strings`` as a template value, converted once.
    private let stringsValue: TemplateValue
    /// A hash of every file of the theme (in this process): equal fingerprints, same rendering.
    package let fingerprint: Int
    /// The default search synonyms (`search/synonyms.yml`, in the glossary's format): groups the
    /// site's `content/glossary.yml` extends and overrides (``SearchFiles``).
    public let searchSynonyms: Glossary

    /// The default search synonyms file; a project's own replaces it whole.
    package static let synonymsFile = "search/synonyms.yml"

    /// The UI strings file, built-in and overridable.
    package static let stringsFile = "i18n/fr.yml"

    /// Loads the built-in theme with the overrides found in `overrides` (if it exists).
    ///
    /// - Returns: the theme, or the template syntax errors with their file positions.
    public static func load(overrides: URL?, displayName: String = "templates") -> Result<Theme, DiagnosticFailures> {
        var files: [String: (bytes: [UInt8], display: String)] = [:]
        for (path, base64) in embeddedThemeFiles {
            files[path] = ([UInt8](Data(base64Encoded: base64) ?? Data()), "(built-in theme) \(path)")
        }
        var stringFiles = files[stringsFile].map { [$0] } ?? []
        var problems: [Diagnostic] = []
        for file in overrides.map(projectFiles) ?? [] {
            files[file.path] = (file.bytes, "\(displayName)/\(file.path)")
            if file.path == stringsFile { stringFiles.append(files[file.path]!) }
        }
        var strings: [String: String] = [:]
        for file in stringFiles {
            let (decoded, diagnostics) = UIStrings.decode(yaml: String(decoding: file.bytes, as: UTF8.self), file: file.display)
            strings.merge(decoded) { _, override in override }
            problems += diagnostics
        }
        var templates = TemplateRenderer()
        var statics: [(String, [UInt8])] = []
        var hasher = Hasher()
        for (path, file) in files.sorted(by: { $0.key < $1.key }) {
            hasher.combine(path)
            hasher.combine(file.bytes)
            if path.hasSuffix(".mustache") {
                do {
                    templates.templates[String(path.dropLast(".mustache".count))] = try Template(String(decoding: file.bytes, as: UTF8.self))
                } catch let error as TemplateError {
                    problems.append(
                        Diagnostic(.templateInvalid, "invalid template: \(error.message)",
                            at: SourceLocation(file: file.display, line: error.line, column: error.column)))
                } catch {
                    problems.append(Diagnostic(.templateInvalid, "invalid template: \(error)", at: SourceLocation(file: file.display)))
                }
            } else if path.hasPrefix("static/") {
                statics.append((String(path.dropFirst("static/".count)), file.bytes))
            }
        }
        for (name, template) in templates.templates.sorted(by: { $0.key < $1.key }) {
            for missing in templates.unknownReferences(in: template) {
                problems.append(
                    Diagnostic(.templateInvalid, "invalid template: '\(missing.name)' is not a template",
                        at: SourceLocation(file: files[name + ".mustache"]?.display ?? name, line: missing.line, column: missing.column)))
            }
        }
        for endless in templates.endlessInclusions() {
            let chain = endless.chain.map { "'\($0)'" }.joined(separator: " → ")
            problems.append(
                Diagnostic(.templateInvalid, "invalid template: '\(endless.template)' includes itself outside any section (\(chain)): rendering would never end",
                    at: SourceLocation(file: files[endless.template + ".mustache"]?.display ?? endless.template, line: endless.tag.line, column: endless.tag.column),
                    notes: ["put the inclusion inside a section that ends with the data, as `{{#children}}{{> \(endless.tag.name)}}{{/children}}`"]))
        }
        var synonyms = Glossary()
        if let file = files[synonymsFile] {
            let parsed = Glossary.parse(String(decoding: file.bytes, as: UTF8.self), file: file.display)
            synonyms = parsed.0
            problems += parsed.1
        }
        guard problems.isEmpty else { return .failure(DiagnosticFailures(problems)) }
        return .success(Theme(
            templates: templates, staticFiles: statics, strings: strings, stringsValue: .object(strings.mapValues { .text($0) }),
            fingerprint: hasher.finalize(), searchSynonyms: synonyms))
    }

    /// The files of a project's `templates/` folder (relative path → bytes, sorted), hidden ones
    /// left out, links followed: what ``load(overrides:displayName:)`` reads, and what the build
    /// fingerprint hashes.
    package static func projectFiles(in folder: URL) -> [(path: String, bytes: [UInt8])] {
        var result: [(String, [UInt8])] = []
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        while let relative = walker.nextObject() as? String {
            let url = folder.appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            guard !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }),
                FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                let data = FileManager.default.contents(atPath: url.path)
            else { continue }
            result.append((relative, [UInt8](data)))
        }
        return result.sorted { $0.0 < $1.0 }
    }

    /// Renders the template `name` with `context` and the UI strings as `t`; a missing template
    /// renders nothing. With `fragments`, the items of the lists it keeps come from it when unchanged.
    package func render(_ name: String, _ context: TemplateContext, fragments: FragmentMemo? = nil) -> String {
        var root = context
        root["t"] = stringsValue
        return templates.render(name, .object(root), fragments: fragments)
    }
}

/// Diagnostics that stop a build before it writes anything.
public struct DiagnosticFailures: Error, Sendable {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}
