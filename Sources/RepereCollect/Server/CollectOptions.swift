import Foundation

/// How `repere collect` runs.
public struct CollectOptions: Sendable {
    /// The SQLite database file (created when missing).
    public var database: URL
    /// The built site, whose `graph.json` lists the pages an event may name.
    public var site: URL
    public var host: String
    /// `0` picks a free port.
    public var port: UInt16
    /// The site's origin, `https://aide.exemple.gouv.fr`: the only `Origin` accepted.
    public var siteOrigin: String
    /// The site's path on its origin when `base_url` has one (`/aide`); empty at the root.
    public var basePath = ""
    /// Whether `/vue` counts page views (off by default).
    public var views = false
    /// The largest request body, in bytes.
    public var bodyLimit = 4096
    /// Seconds a client may stay silent (while sending its request, or between two requests on
    /// one connection) before it is disconnected; also the most a request may take.
    public var clientTimeout: Double = 10
    public var rateLimiter = RateLimiter()

    public init(database: URL, site: URL, host: String = "127.0.0.1", port: UInt16 = 8090, siteOrigin: String) {
        self.database = database
        self.site = site
        self.host = host
        self.port = port
        self.siteOrigin = siteOrigin
    }
}
