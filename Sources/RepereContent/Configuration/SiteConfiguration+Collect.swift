/// Where the site sends what `repere collect` receives (`collect_url`, or the deprecated
/// `feedback_endpoint` for the form alone).
extension SiteConfiguration {
    /// `collect_url` ending with `/`, or empty.
    var collectBase: String {
        collectURL.isEmpty || collectURL.hasSuffix("/") ? collectURL : collectURL + "/"
    }

    /// Where « Cette page vous a-t-elle aidé ? » posts: `collect_url`'s `avis`, else
    /// `feedback_endpoint`; empty: no form.
    public var feedbackAction: String {
        collectURL.isEmpty ? feedbackEndpoint : collectBase + "avis"
    }

    /// Where every page counts its view: `collect_url`'s `vue` with `collect_views`; empty: not counted.
    public var viewReportURL: String {
        collectURL.isEmpty || !collectViews ? "" : collectBase + "vue"
    }

    /// Where the search page reports unanswered searches: `collect_url`'s `recherche`; empty: not reported.
    public var searchReportURL: String {
        collectURL.isEmpty ? "" : collectBase + "recherche"
    }
}
