import RepereDiagnostics

/// The theme's UI strings (`templates/i18n/fr.yml`): a flat mapping of keys to French text.
public enum UIStrings {
    /// Decodes one strings file (shown as `file` in diagnostics); non-string values are errors.
    public static func decode(yaml: String, file: String) -> ([String: String], [Diagnostic]) {
        var reader = YAMLReader(yaml: yaml, file: file, lineOffset: 0, problems: .uiStrings)
        var strings: [String: String] = [:]
        for (key, node, _) in reader.entries {
            if let text = reader.string(node, key: key) { strings[key] = text }
        }
        return (strings, reader.diagnostics)
    }
}
