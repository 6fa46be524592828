import RepereDiagnostics
import RepereSupport

/// The site as the render stage leaves it: every file's path, checked, with what makes its
/// content, but nothing made yet.
///
/// The write stage makes each file as it writes it and lets it go, so a build never holds the
/// whole site in memory (2 GB of files at 100,000 articles); ``made()`` makes them all into an
/// ``OutputTree`` for `serve`. Every diagnostic a site's files can have (a path leaving the
/// site, two files at one path) is known here, before anything is made.
public struct OutputPlan: Sendable {
    /// One file of the site.
    public struct File: Sendable {
        public var path: String
        /// What produced it, for collision messages.
        public var origin: String
        /// A long job (a site-wide file such as the link graph or the feed): made before the
        /// others, so that it does not keep one core busy after they are done.
        public var isLong: Bool
        /// Makes the file's content; may run on any thread, more than once.
        public var make: @Sendable () -> OutputTree.Content
    }

    /// The files, in the order they were added.
    public private(set) var files: [File] = []
    private var claims = OutputPaths()
    private var clashes: [Diagnostic] = []
    public var diagnostics: [Diagnostic] { claims.diagnostics + clashes }

    public init() {}

    /// Adds the file `make` makes at `path`; `origin` names what produced it, for collision
    /// messages. A path that leaves the site or is taken already is refused with a diagnostic.
    public mutating func add(
        _ path: String, origin: String, isLong: Bool = false, at location: SourceLocation? = nil,
        _ make: @escaping @Sendable () -> OutputTree.Content
    ) {
        if claims.claim(path, origin: origin, at: location) {
            files.append(File(path: path, origin: origin, isLong: isLong, make: make))
        }
    }

    /// Adds the file `make` makes at `path` unless a file of the site is there already: then the
    /// file is left out, and `clash`, told what produced the other, says so.
    public mutating func add(
        _ path: String, origin: String, unlessTaken clash: (String) -> Diagnostic, _ make: @escaping @Sendable () -> OutputTree.Content
    ) {
        if let other = claims.origin(of: path) {
            clashes.append(clash(other))
        } else {
            add(path, origin: origin, make)
        }
    }

    /// Output paths in a stable order.
    public var paths: [String] { files.map(\.path).sorted() }

    /// The files in the order to make them in on all cores: the long ones first, then the
    /// others in `order`.
    package func inMakingOrder(_ order: ([File]) -> [File] = { $0 }) -> [File] {
        files.filter(\.isLong) + order(files.filter { !$0.isLong })
    }

    /// Every file made, on all cores: the whole site in memory.
    public func made() -> OutputTree {
        let ordered = inMakingOrder()
        var tree = OutputTree()
        for (file, content) in zip(ordered, ordered.parallelMap { $0.make() }) { tree.add(file.path, content, origin: file.origin) }
        return tree
    }
}
