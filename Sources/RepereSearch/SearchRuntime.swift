import Foundation

/// The browser modules of `Runtime/` (`search.mjs`, `analysis.mjs`), compiled into the binary by
/// the `EmbedTheme` plugin: sites serve them beside their index, from this one copy.
public enum SearchRuntime {
    /// File name → bytes, sorted by name.
    public static let files: [(name: String, bytes: [UInt8])] = embeddedRuntimeFiles
        .map { ($0.key, [UInt8](Data(base64Encoded: $0.value) ?? Data())) }
        .sorted { $0.name < $1.name }
}
