import Foundation

/// Compares a produced file tree with a golden folder checked into the repository.
///
/// With `REPERE_RECORD=1` in the environment, the golden folder is rewritten from `actual`
/// and the comparison fails, so a recording is never mistaken for a passing run.
public enum Golden {
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["REPERE_RECORD"] == "1" }

    /// Returns `nil` when the trees are identical, else a description of the first differences.
    public static func compare(actual: [String: Data], goldenFolder: URL) -> String? {
        if isRecording {
            try? FileManager.default.removeItem(at: goldenFolder)
            for (path, data) in actual {
                let url = goldenFolder.appendingPathComponent(path)
                try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try? data.write(to: url)
            }
            return "recorded \(actual.count) golden files in \(goldenFolder.path); run the tests again without REPERE_RECORD"
        }
        let expected = FileTree.read(goldenFolder)
        var problems: [String] = []
        for path in Set(expected.keys).union(actual.keys).sorted() {
            switch (expected[path], actual[path]) {
            case (nil, _): problems.append("unexpected file \(path) (not in the golden folder)")
            case (_, nil): problems.append("missing file \(path)")
            case (let e?, let a?) where e != a:
                problems.append("\(path) differs:\n" + firstDifference(String(decoding: e, as: UTF8.self), String(decoding: a, as: UTF8.self)))
            default: break
            }
            if problems.count >= 5 { break }
        }
        return problems.isEmpty ? nil : problems.joined(separator: "\n") + "\n(re-record with REPERE_RECORD=1 swift test if the change is intended)"
    }

    package static func firstDifference(_ expected: String, _ actual: String) -> String {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(e.count, a.count) {
            let el = i < e.count ? String(e[i]) : "<end of file>"
            let al = i < a.count ? String(a[i]) : "<end of file>"
            if el != al { return "  line \(i + 1):\n  - \(el)\n  + \(al)" }
        }
        return "  (same lines, different bytes)"
    }
}

/// A file of the repository that is generated from code (a reference page), compared with what
/// the code generates now: `nil` when they agree. With `REPERE_RECORD=1` the file is rewritten
/// and the check fails, as for golden folders.
public enum GeneratedFile {
    public static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static func compare(_ generated: String, with path: String) -> String? {
        let url = repositoryRoot.appendingPathComponent(path)
        if Golden.isRecording {
            try? Data(generated.utf8).write(to: url)
            return "recorded \(path); run the tests again without REPERE_RECORD"
        }
        guard let data = FileManager.default.contents(atPath: url.path) else { return "\(path) is missing" }
        let current = String(decoding: data, as: UTF8.self)
        guard current != generated else { return nil }
        return "\(path) is stale:\n" + Golden.firstDifference(current, generated)
            + "\n(regenerate with REPERE_RECORD=1 swift test)"
    }
}
