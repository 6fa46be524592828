/// How long `serve` waits on a connection, and how many pages may listen for reloads.
///
/// FlyingFox reads requests with no time limit: a connection that sends nothing, or its request
/// a byte at a time, would hold its socket forever. These bounds close such connections; they
/// are documented in `Documentation/Guide/serve.md`.
public struct ServerLimits: Sendable {
    /// A connection must deliver a whole request head within this time of the server starting to
    /// wait for it (after connecting, or after the previous response on a kept-alive connection).
    public var requestTimeout: Duration = .seconds(10)
    /// A response that makes no progress (the client reads nothing) for this long is dropped.
    public var writeTimeout: Duration = .seconds(30)
    /// At most this many pages listen for reloads at once; more get 503 (their script retries).
    public var liveReloadClients = 1_000
    /// How often an idle event stream gets a comment line, so that pages gone away are noticed
    /// (a write to a closed connection fails) and their connections closed.
    public var heartbeat: Duration = .seconds(10)

    public init() {}
}
