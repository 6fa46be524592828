import Foundation
@testable import RepereSearch
import RepereSupport
import Testing

@Suite struct IndexBuilderTests {
    typealias Files = [(path: String, bytes: [UInt8])]

    func decode<T: Decodable>(_ type: T.Type, _ files: Files, _ path: String) throws -> T {
        let file = try #require(files.first { $0.path == path }, "no \(path)")
        return try JSONDecoder().decode(T.self, from: Data(file.bytes))
    }

    /// The term shard holding `term`, found the way `search.mjs` finds it: by the term's hash.
    func shard(of term: String, in files: Files) throws -> IndexFormat.TermShard? {
        let manifest = try decode(IndexFormat.Manifest.self, files, "index.json")
        guard manifest.termShards > 0 else { return nil }
        return try decode(IndexFormat.TermShard.self, files, "t/\(IndexFormat.termShard(of: term, count: manifest.termShards)).json")
    }

    func postings(_ term: String, in files: Files) throws -> [[Int]]? {
        try shard(of: term, in: files)?.terms[term].map(Self.decode)
    }

    /// Postings `[doc, tf, section, count…]` from their flat form in a shard.
    static func decode(_ flat: [Int]) -> [[Int]] {
        var postings: [[Int]] = []
        var i = 0, doc = 0
        while i < flat.count {
            doc += flat[i]
            postings.append([doc, flat[i + 1]] + flat[i + 3..<i + 3 + 2 * flat[i + 2]])
            i += 3 + 2 * flat[i + 2]
        }
        return postings
    }

    /// The committed fixture the Node tests read must be what the builder writes today.
    /// `REPERE_RECORD=1 swift test --filter fixtureIndexIsUpToDate` rewrites it (and fails).
    @Test func fixtureIndexIsUpToDate() throws {
        let files = try IndexFixture.load().build()
        let folder = TestData.repositoryRoot.appendingPathComponent("Tests/Fixtures/search-index")
        if ProcessInfo.processInfo.environment["REPERE_RECORD"] != nil {
            try? FileManager.default.removeItem(at: folder)
            for file in files {
                let url = folder.appendingPathComponent(file.path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.bytes).write(to: url)
            }
            Issue.record("recorded \(files.count) files into Tests/Fixtures/search-index; review and commit them")
            return
        }
        let committed = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        #expect(committed == files.map(\.path))
        for file in files {
            #expect(try Data(contentsOf: folder.appendingPathComponent(file.path)) == Data(file.bytes), "\(file.path) differs")
        }
    }

    @Test func outputIsDeterministicAndIndependentOfInputOrder() throws {
        let fixture = try IndexFixture.load()
        let a = IndexBuilder().build(fixture.documents, synonyms: fixture.synonyms)
        let b = IndexBuilder().build(fixture.documents.reversed(), synonyms: fixture.synonyms)
        #expect(a.map(\.path) == b.map(\.path))
        #expect(a.map(\.bytes) == b.map(\.bytes))
    }

    /// A build written to disk spills the stored documents and the files: same bytes, none held
    /// but the manifest and the facets.
    @Test func aSpilledIndexIsTheIndexHeldInMemory() throws {
        let fixture = try IndexFixture.load()
        let spill = try #require(SpillFile())
        let spilled = IndexBuilder().build(fixture.documents, synonyms: fixture.synonyms, audiences: [], memo: nil, spill: spill)
        let held = IndexBuilder().build(fixture.documents, synonyms: fixture.synonyms)
        #expect(spilled.map(\.path) == held.map(\.path))
        #expect(spilled.map(\.content.bytes) == held.map(\.bytes))
        let kept = spilled.filter { if case .held = $0.content { true } else { false } }.map(\.path)
        #expect(kept == ["facets.json", "index.json"])
    }

    @Test func titleWeighsMoreThanBody() throws {
        let files = IndexBuilder().build([
            SearchDocument(id: "a", url: "/a/", title: "Inscription", sections: [SearchSection(text: "Rien à voir.")]),
            SearchDocument(id: "b", url: "/b/", title: "Autre page", sections: [SearchSection(text: "Une inscription.")]),
        ])
        let list = try #require(try postings("inscript", in: files))
        #expect(list.map { $0[0] } == [0, 1])
        #expect(list[0][1] > 3 * list[1][1])
    }

    @Test func aWholeTitleIsATermOfItsOwnOutsideTheLexicons() throws {
        let files = IndexBuilder().build([
            SearchDocument(id: "a", url: "/a/", title: "Comment changer de centre ?", sections: [SearchSection(text: "Changer de centre.")]),
            SearchDocument(id: "b", url: "/b/", title: "Changer", sections: [SearchSection(text: "Changer de centre, de centre.")]),
        ])
        #expect(try postings("=centr chang", in: files)?.map { $0[0] } == [0])
        #expect(try postings("=chang", in: files)?.map { $0[0] } == [1])
        #expect(!files.contains { $0.path == "l/3d.json" }, "no lexicon of '=': title keys are not words")
        #expect(try decode(IndexFormat.Lexicon.self, files, "l/63.json").terms.keys.sorted() == ["centr", "chang"])
    }

    /// A heading of one to four terms is a term of its own too (`#=` and its title key), not a
    /// heading that is a link alone nor a longer one.
    @Test func aShortHeadingIsATermOfItsOwn() throws {
        let files = IndexBuilder().build([
            SearchDocument(id: "a", url: "/a/", title: "Le webmail", sections: [
                SearchSection(text: "Intro."), SearchSection(anchor: "q", heading: "Qu'est-ce que Roundcube ?", text: "Un webmail."),
                SearchSection(anchor: "s", heading: "Signets", text: "Voir.", headingIsLink: true),
                SearchSection(anchor: "l", heading: "Un titre de section bien trop long", text: "x"),
            ]),
        ])
        #expect(try postings("#=roundcub", in: files)?.map { $0[0] } == [0])
        #expect(try postings("#=signet", in: files) == nil)
        #expect(try postings("#=" + "bien long section titr trop", in: files) == nil)
        #expect(!files.contains { $0.path == "l/23.json" }, "no lexicon of '#': heading keys are not words")
    }

    @Test func aLexiconListsItsTermsFoundInTitles() throws {
        let files = IndexBuilder().build([
            SearchDocument(id: "a", url: "/a/", title: "Changer de centre", sections: [SearchSection(text: "Un choix du chef.")]),
            SearchDocument(id: "b", url: "/b/", title: "Le chef", sections: [SearchSection(text: "Changer.")]),
        ])
        #expect(try decode(IndexFormat.Lexicon.self, files, "l/63.json").titled == ["centr", "chang", "chef"])
    }

    /// The acronyms titles and headings spell out, stop words counted or not, of three to six
    /// letters: in the term shard of `~` and their initials.
    @Test func titlesSpellOutAcronyms() throws {
        #expect(SpeltOut.acronyms(of: "Notes de frais").map(\.initials) == ["ndf"])
        #expect(SpeltOut.acronyms(of: "Relevé d'identité bancaire").map { "\($0.initials) \($0.terms)" } == ["rdib [\"relev\", \"ident\", \"bancair\"]", "rib [\"relev\", \"ident\", \"bancair\"]"])
        #expect(SpeltOut.acronyms(of: "Phase 1 du séjour").isEmpty, "digits spell nothing")
        #expect(SpeltOut.acronyms(of: "Œuvres sociales du comité").map(\.initials) == ["osc", "osdc"], "one letter each, as the reader folds it")
        #expect(SpeltOut.acronyms(of: "Un titre bien trop long pour un acronyme").isEmpty && SpeltOut.acronyms(of: "Deux mots").isEmpty)
        let files = IndexBuilder().build([SearchDocument(id: "a", url: "/a/", title: "Notes de frais"), SearchDocument(id: "b", url: "/b/", title: "Nos deux fiches")])
        let manifest = try decode(IndexFormat.Manifest.self, files, "index.json")
        let shard = try decode(IndexFormat.TermShard.self, files, "t/\(IndexFormat.termShard(of: "~ndf", count: manifest.termShards)).json")
        #expect(shard.spelt?["ndf"] == [["deux", "fich"], ["not", "frais"]], "as many pages each: in code point order")
    }

    /// A lexicon lists its terms written as acronyms at least half of the times (`BNC`, `C2S`),
    /// not a word a heading writes in capitals once (`FRAIS`), nor a capital alone.
    @Test func aLexiconListsItsAcronyms() throws {
        let files = IndexBuilder().build([
            SearchDocument(id: "a", url: "/a/", title: "Gestion des BNC", sections: [SearchSection(anchor: "f", heading: "FRAIS", text: "Les frais et les BNC, la C2S, un bnc.")]),
            SearchDocument(id: "b", url: "/b/", title: "Frais", sections: [SearchSection(text: "Des frais, des Bnc, un B, la CAF.")]),
        ])
        #expect(try decode(IndexFormat.Lexicon.self, files, "l/62.json").acronyms == ["bnc"])
        #expect(try decode(IndexFormat.Lexicon.self, files, "l/63.json").acronyms == ["c2s", "caf"])
        #expect(try decode(IndexFormat.Lexicon.self, files, "l/66.json").acronyms == nil)
    }

    @Test func postingsCountOccurrencesPerSection() throws {
        let files = IndexBuilder().build([
            SearchDocument(id: "a", url: "/a/", title: "Page", sections: [
                SearchSection(text: "Introduction."),
                SearchSection(anchor: "centre", heading: "Le centre", text: "Choisir un centre."),
                SearchSection(anchor: "autre", heading: "Autre", text: "Un centre, deux centres."),
            ])
        ])
        #expect(try postings("centr", in: files)?.first?.dropFirst(2) == [1, 4, 2, 2])
    }

    @Test func adjacentWordsOfShortFieldsArePhraseTerms() throws {
        let files = IndexBuilder().build([
            SearchDocument(id: "a", url: "/a/", title: "Changer de centre", keywords: ["plan de transport"], sections: [
                SearchSection(text: "Changer de séjour."),
                SearchSection(anchor: "h", heading: "Choisir le centre", text: "Texte."),
            ])
        ])
        #expect(try postings("chang centr", in: files)?.first?.prefix(1) == [0])
        #expect(try postings("plan transport", in: files) != nil)
        #expect(try postings("chois centr", in: files)?.first?.dropFirst(2) == [1, 3])  // deep link to its heading
        #expect(try postings("chang sejour", in: files) == nil, "no phrase terms from the text")
        _ = try decode(IndexFormat.Manifest.self, files, "index.json")
        let lexicon = try decode(IndexFormat.Lexicon.self, files, "l/63.json")
        #expect(lexicon.terms.keys.sorted() == ["centr", "chang", "chois"], "phrase terms are neither prefixes nor typos")
    }

    @Test func termsAreSpreadOverShardsOfAboutTheGivenSizeAndEveryTermStaysFindable() throws {
        let fixture = try IndexFixture.load()
        let files = IndexBuilder(shardBytes: 100).build(fixture.documents)
        let manifest = try decode(IndexFormat.Manifest.self, files, "index.json")
        let shards = files.filter { $0.path.hasPrefix("t/") }
        #expect(shards.count == manifest.termShards && manifest.termShards > 20)
        #expect(shards.map(\.bytes.count).reduce(0, +) / shards.count < 200)
        #expect(manifest.docs.count > 3)
        var all: [String: Int] = [:]
        for first in manifest.lexicons {
            all.merge(try decode(IndexFormat.Lexicon.self, files, "l/\(IndexBuilder.hex(first)).json").terms) { a, _ in a }
        }
        for (term, df) in all { #expect(try postings(term, in: files)?.count == df, "\(term)") }
        #expect(all["東京"] == 1 && all["changer"] == nil && all["chang"] != nil)
    }

    @Test func commonTermsKeepTheirBestPostingsAndTheirFrequency() throws {
        let documents = (0..<5).map { i in
            SearchDocument(id: "\(i)", url: "/\(i)/", title: i == 3 ? "Centre" : "Page \(i)", sections: [SearchSection(text: "Le centre.")])
        }
        let files = IndexBuilder(maxPostings: 2).build(documents)
        let shard = try #require(try shard(of: "centr", in: files))
        #expect(shard.terms["centr"].map(Self.decode)?.map { $0[0] } == [0, 3])  // the title match, then the first of equals
        #expect(shard.terms.keys.contains("0"))  // one shard for this small index
        #expect(shard.df == ["centr": 5, "pag": 4], "only terms whose list was cut")
    }

    /// `serve` keeps each chunk's analysis: an edit analyses its own chunk again, nothing else,
    /// and the index is the one a build without the memo writes.
    @Test func aMemoAnalysesOnlyTheChangedChunkAgain() {
        var documents = (0..<300).map { i in
            SearchDocument(id: String(format: "%03d", i), url: "/\(i)/", title: "Page \(i)", sections: [SearchSection(text: "Le centre \(i).")])
        }
        let memo = IndexMemo()
        #expect(IndexBuilder().build(documents, memo: memo).elementsEqual(IndexBuilder().build(documents), by: ==))
        #expect(memo.analysedChunkCount == 3)  // 128 documents a chunk
        _ = IndexBuilder().build(documents, memo: memo)
        #expect(memo.analysedChunkCount == 0)
        documents[200].sections[0].text = "Le séjour de cohésion."
        let memoised = IndexBuilder().build(documents, memo: memo)
        #expect(memo.analysedChunkCount == 1)
        #expect(memoised.elementsEqual(IndexBuilder().build(documents), by: ==))
    }

    /// File names stay put from build to build (a rebuild rewrites only changed files); the
    /// manifest's hash, which readers put in their URLs, changes with any file.
    @Test func fileNamesStayAndTheManifestHashChangesWithContent() throws {
        let one = IndexBuilder().build([SearchDocument(id: "a", url: "/a/", title: "Un")])
        let two = IndexBuilder().build([SearchDocument(id: "a", url: "/a/", title: "Deux")])
        #expect(one.allSatisfy { $0.path == "index.json" || $0.path.wholeMatch(of: /([tld]\/[0-9a-f]+|facets)\.json/) != nil })
        #expect(one.contains { $0.path == "d/0.json" } && two.contains { $0.path == "d/0.json" })
        let hashes = try [one, two].map { try decode(IndexFormat.Manifest.self, $0, "index.json").hash }
        #expect(hashes[0] != hashes[1] && hashes[0].count == 16)
    }

    @Test func emptyInputGivesAValidIndex() throws {
        let files = IndexBuilder().build([])
        let manifest = try decode(IndexFormat.Manifest.self, files, "index.json")
        #expect(manifest.docCount == 0 && manifest.termShards == 0 && manifest.docs.count == 0)
        #expect(manifest.version == IndexFormat.version)
    }

    @Test func facetsAndSynonymsAreIndexed() throws {
        let fixture = try IndexFixture.load()
        let files = fixture.build()
        let manifest = try decode(IndexFormat.Manifest.self, files, "index.json")
        #expect(manifest.sections.map(\.id) == ["affectations", "inscriptions", "missions", "premiers-pas", "sejour-de-cohesion", "webinaires"])
        #expect(manifest.types == ["article", "faq", "tutorial"])
        #expect(manifest.audiences.map(\.id) == ["referent", "structure"])
        #expect(manifest.synonyms.first == [["snu"], ["servic", "national", "universel"], ["servic", "national"]])
        let ids = fixture.documents.map(\.id).sorted()
        #expect(manifest.sectionPages.map { ids[$0] } == ["/affectations/"])
        let facets = try decode(IndexFormat.FacetTable.self, files, "facets.json")
        #expect(facets.docs.first == [-1, 0])  // /a-propos/: no section, article, every audience
        #expect(facets.docs.count == manifest.docCount)
        // "car" is a stop word and "Bus" repeats "bus": that group keeps two phrases of three.
        #expect(IndexBuilder.analyseSynonyms([["SNU"], ["le", "la"], ["bus", "car", "Bus", "navette"]])
            == [[TextAnalyzer.analyze("bus"), TextAnalyzer.analyze("navette")]])
    }

    @Test func excerptsAreCutAtWordBoundaries() {
        #expect(IndexBuilder.excerpt("  un\n\tdeux  ") == "un deux")
        let long = IndexBuilder.excerpt(String(repeating: "mot ", count: 200))
        #expect(long.hasSuffix(" …") && long.count <= IndexBuilder.excerptLength + 2)
        #expect(IndexBuilder.excerpt(String(repeating: "x", count: 1000)).count == IndexBuilder.excerptLength + 1)
    }
}
