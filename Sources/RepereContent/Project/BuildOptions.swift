import Foundation

/// What to build and how: the resolved options the pipeline consumes (configuration file,
/// then command-line flags over it).
public struct BuildOptions: Sendable {
    /// The project folder (holding `content/`, optionally `repere.yml` and `templates/`).
    public var projectDirectory: URL
    public var configuration: SiteConfiguration
    /// Where the site is written; default `<project>/<output_dir>`.
    public var outputDirectory: URL
    /// Build draft pages too.
    public var includeDrafts = false
    /// Build the content as it is at this Git revision (branch, tag, commit) instead of the
    /// working tree, read from the object database without a checkout.
    public var revision: String?
    /// Where caches are kept between builds (`<project>/.repere-cache`); `nil` disables them.
    public var cacheDirectory: URL?
    /// The day `review_by` dates are compared with (the only use of the date in a build).
    public var today = CalendarDate.today()
    /// `SOURCE_DATE_EPOCH` when set: the build's reference time (Unix time), which decides which
    /// events are upcoming. Without it the build takes the commit time of the built revision
    /// (HEAD), and only without a commit the current time.
    public var referenceTime: Int64? = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(Int64.init)

    public init(projectDirectory: URL, configuration: SiteConfiguration, outputDirectory: URL? = nil) {
        self.projectDirectory = projectDirectory.standardizedFileURL
        self.configuration = configuration
        self.cacheDirectory = projectDirectory.appendingPathComponent(".repere-cache").standardizedFileURL
        self.outputDirectory =
            outputDirectory?.standardizedFileURL
            ?? projectDirectory.appendingPathComponent(configuration.outputDirectory).standardizedFileURL
    }

    public var contentDirectory: URL {
        projectDirectory.appendingPathComponent(configuration.contentDirectory)
    }

    /// The static folders (`static_dir`) but the project and the content folder, by their paths
    /// in the project (``SiteConfiguration/staticFolders``).
    public var staticDirectories: [(path: String, url: URL)] {
        configuration.staticFolders.map { ($0, projectDirectory.appendingPathComponent($0)) }
    }

    public var templatesDirectory: URL {
        projectDirectory.appendingPathComponent(configuration.templatesDirectory)
    }
}
