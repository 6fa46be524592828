import Foundation

/// The files of a search index, as `Documentation/Reference/search-index-format.md` describes
/// them. Written by ``IndexBuilder``, read by `Runtime/search.mjs`: change both, the document and
/// ``version`` together.
public enum IndexFormat {
    /// Bumped on any change a reader must know about.
    public static let version = 11

    /// `index.json`, the only file with a fixed name: every other file's name ends with `hash`.
    public struct Manifest: Codable, Sendable {
        public var version: Int
        public var docCount: Int
        public var ranking: Ranking
        /// The hash of every other file of the index; readers fetch them with `?v=<hash>`.
        public var hash: String
        /// The number of term shards: a term's postings are in shard `termShard(of:count:)`.
        public var termShards: Int
        /// First characters that have a lexicon (the terms starting with it and their frequency).
        public var lexicons: [String]
        public var docs: DocShards
        public var sections: [SearchFacet]
        public var types: [String]
        public var audiences: [SearchFacet]
        /// Glossary groups: each is a list of analysed phrases that mean the same thing.
        public var synonyms: [[[String]]]
        /// The documents that are sections' landing pages, ascending (version 5).
        public var sectionPages: [Int]
    }

    /// BM25F parameters. `tf` values in postings are already normalised with them.
    public struct Ranking: Codable, Sendable {
        public var k1: Double
        public var fields: [Field]
    }

    public struct Field: Codable, Sendable {
        public var name: String
        public var weight: Double
        public var b: Double
        /// Average length in tokens over the documents.
        public var avgLength: Double
    }

    /// Document shards: shard `i` holds documents `i × perShard ..< (i + 1) × perShard`.
    public struct DocShards: Codable, Sendable {
        public var count: Int
        public var perShard: Int
    }

    /// A term shard: term → postings, and the document frequency of the terms whose postings
    /// were cut to the best. A term's postings are one flat list, by document: for each, the
    /// difference from the previous document (the first: its number), `tf`, the number `n` of
    /// sections holding the term, then `n` pairs `section, count`.
    public struct TermShard: Codable, Sendable {
        public var df: [String: Int]
        public var terms: [String: [Int]]
        /// The acronyms titles and headings spell out whose `~` key is in this shard → the terms
        /// of those phrases (version 11; absent when none).
        public var spelt: [String: [[String]]]?
    }

    /// A lexicon: the terms starting with one character → their document frequency, those of
    /// them in some page's title (version 6), and those written as acronyms (`PAI`) at least half
    /// of the times (version 11; absent when none), sorted.
    public struct Lexicon: Codable, Sendable {
        public var terms: [String: Int]
        public var titled: [String]
        public var acronyms: [String]?
    }

    /// A document shard.
    public struct DocShardFile: Codable, Sendable {
        public var docs: [StoredDocument]
    }

    /// What a result shows of a page.
    public struct StoredDocument: Codable, Sendable {
        public var url: String
        public var title: String
        /// The top-level section's label, or empty.
        public var section: String
        public var type: String
        public var description: String
        public var sections: [StoredSection]
    }

    /// A section's anchor, heading and the start of its text, for deep links and snippets.
    public struct StoredSection: Codable, Sendable {
        public var anchor: String
        public var heading: String
        public var excerpt: String
    }

    /// Filter values of each document: `[section index or -1, type index, audience indexes…]`
    /// (no audience index: every audience).
    public struct FacetTable: Codable, Sendable {
        public var docs: [[Int]]
    }

    /// Deterministic JSON: sorted keys, no escaped slashes, UTF-8.
    static func encode(_ value: some Encodable) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding these plain values cannot fail.
        return [UInt8](try! encoder.encode(value))
    }

    /// The term shard holding `term`: the 32-bit FNV-1a hash of its UTF-8 bytes modulo `count`.
    static func termShard(of term: String, count: Int) -> Int {
        var hash: UInt32 = 0x811c_9dc5
        for byte in term.utf8 {
            hash = (hash ^ UInt32(byte)) &* 0x0100_0193
        }
        return Int(hash % UInt32(count))
    }

    /// 64-bit FNV-1a of the chunks' bytes, in 16 hex digits: names files by content (cache busting, not
    /// security).
    static func hash(_ chunks: some Sequence<[UInt8]>) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for chunk in chunks {
            for byte in chunk {
                hash ^= UInt64(byte)
                hash &*= 0x100_0000_01b3
            }
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
