import Testing
@testable import RepereReport

@Suite struct WilsonIntervalTests {
    @Test func matchesTheTextbookValues() {
        // 8 « oui » out of 10: 0.490 to 0.943 (Wilson, 95 %).
        let interval = WilsonInterval(yes: 8, total: 10)
        #expect(interval.low == 0.49 && interval.high == 0.943)
        #expect(WilsonInterval(yes: 0, total: 1).low == 0 && WilsonInterval(yes: 0, total: 1).high == 0.793)
        #expect(WilsonInterval(yes: 0, total: 0).low == 0 && WilsonInterval(yes: 0, total: 0).high == 1)
    }

    @Test func narrowsAsAnswersAccumulate() {
        let few = WilsonInterval(yes: 1, total: 4), many = WilsonInterval(yes: 100, total: 400)
        #expect(many.high - many.low < few.high - few.low)
        #expect(PageFeedback(url: "/a/", title: "A", yes: 0, no: 3, comments: []).isUnhelpful == false)
        #expect(PageFeedback(url: "/a/", title: "A", yes: 0, no: 5, comments: []).isUnhelpful)
    }
}

@Suite struct SearchGroupTests {
    let pages = [
        SearchGroup.Candidate(url: "/inscription/", title: "S’inscrire", text: "Inscription au séjour : les étapes de l’inscription"),
        SearchGroup.Candidate(url: "/transport/", title: "Transport", text: "Le transport vers le centre"),
    ]

    @Test func groupsPluralsAccentsAndTyposTogether() {
        let groups = SearchGroup.group(
            [("inscripton", 0), ("Inscriptions", 0), ("inscription", 3), ("remboursement", 0), ("rembourssement", 0)], pages: pages)
        #expect(groups.map(\.terms) == ["inscript", "rembours"])
        #expect(groups[0].queries == ["Inscriptions", "inscription", "inscripton"])
        #expect(groups[0].count == 3 && groups[0].withoutResult == 2)
        #expect(groups[1].count == 2)
    }

    @Test func suggestsAKeywordForAPageThatMatchesAndAPageOtherwise() {
        let groups = SearchGroup.group([("transports scolaires", 0), ("cantine", 0)], pages: pages)
        #expect(groups.first { $0.terms.hasPrefix("cantin") }?.suggestion == .init(action: "create-page"))
        #expect(groups.first { $0.terms.contains("transport") }?.suggestion == .init(action: "add-keyword", page: "/transport/", pageTitle: "Transport"))
    }

    @Test func suggestsReviewingAPageFoundByItsTitleButNotOpened() {
        let shown = SearchGroup.group([("transport", 4)], pages: pages)
        #expect(shown.first?.suggestion == .init(action: "review-page", page: "/transport/", pageTitle: "Transport"))
        let notFound = SearchGroup.group([("transport", 4), ("transports", 0)], pages: pages)
        #expect(notFound.first?.suggestion.action == "add-keyword")
    }

    @Test func dropsQueriesWithNothingLeftAfterAnalysis() {
        #expect(SearchGroup.group([("le la les", 0)], pages: pages).isEmpty)
    }

    @Test func doesNotCorrectAShortWordOrChangeItsFirstLetter() {
        #expect(SearchGroup.terms(of: "ski", vocabulary: ["sky"]) == ["ski"])
        #expect(SearchGroup.terms(of: "transport", vocabulary: ["cransport"]) == ["transport"])
    }
}
