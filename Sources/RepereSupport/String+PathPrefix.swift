/// Path prefixes compared byte by byte. `hasPrefix` compares characters, and for characters a
/// `/` followed by a combining mark (a file named `◌̀x`) is no `/`, while `é` written in one code
/// point equals `e` and U+0301: a path inside a folder could be taken as outside it, or a path
/// in another folder as inside. File systems and URLs compare bytes.
extension String {
    /// Whether the path starts with the bytes of `prefix`.
    package func hasPathPrefix(_ prefix: String) -> Bool {
        utf8.starts(with: prefix.utf8)
    }

    /// Whether the path is `folder` itself or a path inside it.
    package func isPath(inOrAt folder: String) -> Bool {
        utf8.elementsEqual(folder.utf8) || hasPathPrefix(folder + "/")
    }

    /// The rest of the path after `prefix`, or `nil` when it does not start with it.
    package func droppingPathPrefix(_ prefix: String) -> String? {
        guard hasPathPrefix(prefix) else { return nil }
        return String(Substring(utf8.dropFirst(prefix.utf8.count)))
    }
}
