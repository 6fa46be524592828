import Testing
@testable import RepereCollect

@Suite struct EventValidatorTests {
    let validator = EventValidator(pages: ["/", "/aide/valider/"], siteOrigin: "https://aide.exemple.fr")

    private func validate(_ kind: EventKind, _ values: [String: EventFields.Value]) throws(EventRejection) -> EventValidator.Outcome {
        try validator.validate(kind, EventFields(values))
    }

    private func rejection(_ kind: EventKind, _ values: [String: EventFields.Value]) -> EventRejection? {
        do {
            _ = try validate(kind, values)
            return nil
        } catch {
            return error
        }
    }

    // MARK: - avis

    @Test func acceptsFeedbackByPathOrByAddressOnTheSite() throws {
        #expect(try validate(.feedback, ["page": .text("/aide/valider/"), "helpful": .text("oui")])
            == .event(.feedback(page: "/aide/valider/", helpful: true, comment: nil)))
        #expect(try validate(.feedback, ["page": .text("https://aide.exemple.fr/aide/valider/"), "helpful": .text("non"), "comment": .text("  Trop court.\n")])
            == .event(.feedback(page: "/aide/valider/", helpful: false, comment: "Trop court.")))
        #expect(try validate(.feedback, ["page": .text("/"), "helpful": .text("non"), "comment": .text("   ")])
            == .event(.feedback(page: "/", helpful: false, comment: nil)))
    }

    @Test func refusesAPageTheSiteDoesNotHaveOrOnAnotherSite() {
        for page in ["/aide/inconnue/", "https://ailleurs.fr/aide/valider/", "/aide/valider", "aide/valider/"] {
            #expect(rejection(.feedback, ["page": .text(page), "helpful": .text("oui")]) == EventRejection("page", .unknownPage))
        }
    }

    @Test func takesTheBasePathOffAPageOfASiteBelowItsOriginsRoot() throws {
        let below = EventValidator(pages: ["/", "/a/"], siteOrigin: "https://x.gouv.fr", basePath: "/aide")
        #expect(try below.validate(.view, EventFields(["page": .text("https://x.gouv.fr/aide/a/")])) == .event(.view(page: "/a/")))
        #expect(try below.validate(.view, EventFields(["page": .text("/aide/")])) == .event(.view(page: "/")))
        #expect(throws: EventRejection("page", .unknownPage)) { try below.validate(.view, EventFields(["page": .text("/a/")])) }
        #expect(throws: EventRejection("page", .unknownPage)) { try below.validate(.view, EventFields(["page": .text("/aidea/")])) }
    }

    @Test func refusesFeedbackWithoutPageOrAnswer() {
        #expect(rejection(.feedback, ["helpful": .text("oui")]) == EventRejection("page", .missing))
        #expect(rejection(.feedback, ["page": .text(""), "helpful": .text("oui")]) == EventRejection("page", .missing))
        #expect(rejection(.feedback, ["page": .text("/")]) == EventRejection("helpful", .missing))
    }

    @Test(arguments: ["yes", "Oui", "1", "peut-être"])
    func refusesAnAnswerOtherThanOuiOrNon(_ answer: String) {
        #expect(rejection(.feedback, ["page": .text("/"), "helpful": .text(answer)])
            == EventRejection("helpful", .invalidValue("valeur attendue : non ou oui")))
    }

    @Test func refusesFieldsOfTheWrongType() {
        #expect(rejection(.feedback, ["page": .number(1), "helpful": .text("oui")]) == EventRejection("page", .wrongType("un nombre")))
        #expect(rejection(.feedback, ["page": .text("/"), "helpful": .other("un booléen")]) == EventRejection("helpful", .wrongType("un booléen")))
        #expect(rejection(.feedback, ["page": .text("/"), "helpful": .text("oui"), "comment": .list(["a"])])
            == EventRejection("comment", .wrongType("une liste")))
    }

    @Test func acceptsAComment500CharactersLongAndNotOneMore() throws {
        let longest = String(repeating: "é", count: 500)
        #expect(try validate(.feedback, ["page": .text("/"), "helpful": .text("non"), "comment": .text(longest)])
            == .event(.feedback(page: "/", helpful: false, comment: longest)))
        #expect(rejection(.feedback, ["page": .text("/"), "helpful": .text("non"), "comment": .text(longest + "e")])
            == EventRejection("comment", .tooLong(limit: 500)))
    }

    @Test func keepsLineBreaksInACommentButRefusesOtherControlCharacters() throws {
        #expect(try validate(.feedback, ["page": .text("/"), "helpful": .text("non"), "comment": .text("a\nb\tc")])
            == .event(.feedback(page: "/", helpful: false, comment: "a\nb\tc")))
        #expect(rejection(.feedback, ["page": .text("/"), "helpful": .text("non"), "comment": .text("a\u{0}b")])
            == EventRejection("comment", .invalidValue("caractère de contrôle")))
        #expect(rejection(.search, ["query": .text("a\nb"), "results": .number(0)])
            == EventRejection("query", .invalidValue("caractère de contrôle")))
    }

    @Test func refusesAnyFieldNoRuleTakes() {
        #expect(rejection(.feedback, ["page": .text("/"), "helpful": .text("oui"), "email": .text("a@b.fr")])
            == EventRejection("email", .unknownField))
        #expect(rejection(.search, ["query": .text("a"), "results": .number(0), "ip": .text("1.2.3.4")])
            == EventRejection("ip", .unknownField))
    }

    @Test func takesAFilledHoneypotForSpamAndAnEmptyOneForNothing() throws {
        #expect(try validate(.feedback, ["page": .text("/"), "helpful": .text("oui"), "site_web": .text("http://spam.example")]) == .spam)
        #expect(try validate(.feedback, ["page": .text("/"), "helpful": .text("oui"), "site_web": .text("")])
            == .event(.feedback(page: "/", helpful: true, comment: nil)))
    }

    // MARK: - recherche

    @Test func acceptsASearchWithFiltersAsAListOrAsOneText() throws {
        #expect(try validate(.search, ["query": .text(" inscripton "), "filters": .list(["type=faq", "public=agent"]), "results": .number(0)])
            == .event(.search(query: "inscripton", filters: ["type=faq", "public=agent"], results: 0)))
        #expect(try validate(.search, ["query": .text("mig"), "filters": .text("type=faq"), "results": .text("12")])
            == .event(.search(query: "mig", filters: ["type=faq"], results: 12)))
        #expect(try validate(.search, ["query": .text("mig"), "results": .number(3)]) == .event(.search(query: "mig", filters: [], results: 3)))
    }

    @Test func refusesAQueryThatIsMissingEmptyOrLongerThan200Characters() throws {
        #expect(rejection(.search, ["results": .number(0)]) == EventRejection("query", .missing))
        #expect(rejection(.search, ["query": .text("  "), "results": .number(0)]) == EventRejection("query", .missing))
        let longest = String(repeating: "a", count: 200)
        #expect(try validate(.search, ["query": .text(longest), "results": .number(0)]) == .event(.search(query: longest, filters: [], results: 0)))
        #expect(rejection(.search, ["query": .text(longest + "a"), "results": .number(0)]) == EventRejection("query", .tooLong(limit: 200)))
    }

    @Test func refusesTooManyOrTooLongFilters() {
        #expect(rejection(.search, ["query": .text("a"), "filters": .list(Array(repeating: "type=faq", count: 11)), "results": .number(0)])
            == EventRejection("filters", .tooLong(limit: 10)))
        #expect(rejection(.search, ["query": .text("a"), "filters": .list([String(repeating: "x", count: 101)]), "results": .number(0)])
            == EventRejection("filters", .tooLong(limit: 100)))
        #expect(rejection(.search, ["query": .text("a"), "filters": .number(1), "results": .number(0)])
            == EventRejection("filters", .wrongType("un nombre")))
    }

    @Test(arguments: [EventFields.Value.number(-1), .number(1.5), .number(10_001), .text("douze"), .text("-3"), .text("١٢"), .number(1e300)])
    func refusesAResultCountThatIsNotAWholeNumberFrom0To10000(_ value: EventFields.Value) {
        #expect(rejection(.search, ["query": .text("a"), "results": value])
            == EventRejection("results", .invalidValue("nombre entier attendu, de 0 à 10000")))
    }

    @Test func refusesASearchWithoutResultCount() {
        #expect(rejection(.search, ["query": .text("a")]) == EventRejection("results", .missing))
        #expect(rejection(.search, ["query": .text("a"), "results": .list(["1"])]) == EventRejection("results", .wrongType("une liste")))
    }

    // MARK: - vue

    @Test func acceptsAViewOfAPageOfTheSiteOnly() throws {
        #expect(try validate(.view, ["page": .text("/aide/valider/")]) == .event(.view(page: "/aide/valider/")))
        #expect(rejection(.view, ["page": .text("/nulle-part/")]) == EventRejection("page", .unknownPage))
        #expect(rejection(.view, ["page": .text("/"), "helpful": .text("oui")]) == EventRejection("helpful", .unknownField))
    }

    @Test func saysWhichFieldIsWrongInFrench() {
        #expect(EventRejection("comment", .tooLong(limit: 500)).description == "« comment » : trop long (au plus 500)")
        #expect(EventRejection("page", .unknownPage).description == "« page » : cette page n’existe pas sur le site")
    }
}
