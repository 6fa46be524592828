/// What kind of help content a page is.
public enum PageType: String, Hashable, Sendable, CaseIterable {
    /// A question and its short answer; shown in its section's accordion.
    case faq
    /// Step-by-step instructions; previous/next links follow `order`.
    case tutorial
    /// Anything else (the default).
    case article
    /// An onboarding path (« parcours »): an ordered list of steps, each an existing page
    /// (front-matter `steps:`), with progress kept in the reader's browser.
    case path
    /// A dated event (« webinaire »): `start`, `end`, `timezone`, registration and join links,
    /// `cancelled`, `replay`; listed on `/webinaires/` and published as an `.ics` calendar.
    case event
}

/// Whether and how a page is published.
public enum PageStatus: String, Hashable, Sendable, CaseIterable {
    /// Built and listed (the default).
    case published
    /// Not built unless `--drafts`.
    case draft
    /// Still served at its URL with a banner, left out of navigation and listings.
    case archived
}
