import RepereDiagnostics
import Testing
@testable import RepereImport

/// Every bad export is reported against its record (`_id`, line), never a crash; errors mark
/// the result as not to be written.
@Suite struct BadInputTests {
    typealias R = ExportText

    func problems(_ lines: [String]) -> [String] {
        R.run(lines).diagnostics.map { "\($0.location?.line ?? 0) \($0.severity.rawValue) \($0.id) \($0.message)" }
    }

    @Test func notJSON() {
        let result = R.run(["Ceci n'est pas un export."])
        #expect(result.hasErrors && result.tree.placed.isEmpty)
        #expect(problems(["Ceci n'est pas un export."]) == ["1 error import.invalid-json not JSON: expected a value, found 'C'"])
        #expect(problems(["[", #"{"a": 1},"#, "]"]) == [
            "2 error import.missing-field the record at line 2 has no '_id', 'type', 'title', 'slug', 'position' or 'status'",
            "3 error import.invalid-json not JSON: expected a value, found ']'",
        ])
    }

    @Test func aDocumentThatIsNotAnObject() {
        #expect(problems(["1", "[2]"]) == [
            "1 error import.invalid-field the document at line 1 is a number, not a record (an object)",
            "2 error import.invalid-field the document at line 2 is a list, not a record (an object)",
        ])
    }

    @Test func wrongExtendedJSON() {
        let id = R.id(1)
        #expect(problems([R.record(1, extra: #""updatedAt": {"$date": "hier"}"#)]) == [
            "1 error import.invalid-extended-json record \(id) 'fiche-1': 'updatedAt': '$date' value 'hier' is not an ISO 8601 date",
        ])
        #expect(problems([#"{"_id": {"$oid": "123"}, "type": "article", "title": "T", "slug": "t", "position": 1, "status": "DRAFT"}"#]) == [
            "1 error import.invalid-extended-json the record 't': '_id': '$oid' value '123' is not 24 hexadecimal digits",
        ])
        #expect(problems([R.record(1, parent: nil, extra: #""parentId": {"$oid": 7}"#)]) == [
            "1 error import.invalid-extended-json record \(id) 'fiche-1': 'parentId': '$oid' must be a string of 24 hexadecimal digits, found a number",
        ])
        #expect(problems([R.record(1, extra: #""createdAt": {"$date": {"$numberLong": "demain"}}"#)]) == [
            "1 error import.invalid-extended-json record \(id) 'fiche-1': 'createdAt': '$date.$numberLong' must be a string of digits (milliseconds since 1970)",
        ])
    }

    @Test func missingOrInvalidRequiredFields() {
        let id = R.id(1)
        let noSlug = #"{"_id": {"$oid": "\#(id)"}, "type": "article", "title": "Sans slug", "position": 1, "status": "PUBLISHED"}"#
        #expect(problems([noSlug]) == ["1 error import.missing-field record \(id) has no 'slug'"])
        let noID = #"{"type": "article", "title": "T", "slug": "t", "position": 1, "status": "PUBLISHED"}"#
        #expect(problems([noID]) == ["1 error import.missing-field the record 't' has no '_id'"])
        #expect(problems([R.record(1, title: "  ")]) == ["1 error import.missing-field record \(id) 'fiche-1': 'title' is empty"])
        #expect(problems([R.record(1, "page")]) == [
            "1 error import.invalid-field record \(id) 'fiche-1': 'type' is 'page', expected section or article",
        ])
        #expect(problems([R.record(1, status: "ONLINE")]) == [
            "1 error import.invalid-field record \(id) 'fiche-1': 'status' is 'ONLINE', expected DRAFT, PUBLISHED or ARCHIVED",
        ])
        #expect(problems([R.record(1, extra: #""allowedRoles": "young""#)]) == [
            "1 error import.invalid-field record \(id) 'fiche-1': 'allowedRoles' must be a list of strings, found a string",
        ])
        #expect(problems([R.record(1, extra: #""description": 12"#)]) == [
            "1 error import.invalid-field record \(id) 'fiche-1': 'description' must be a string, found a number",
        ])
        let noPosition = #"{"_id": {"$oid": "\#(id)"}, "type": "article", "title": "T", "slug": "t", "status": "PUBLISHED"}"#
        #expect(problems([noPosition]) == ["1 error import.missing-field record \(id) 't' has no 'position'"])
    }

    @Test func aCycleInParentIDs() {
        let result = R.run([
            R.record(1, "section", slug: "a", parent: 3), R.record(2, "section", slug: "b", parent: 1),
            R.record(3, "section", slug: "c", parent: 2), R.record(4, slug: "dessous", parent: 3), R.record(5, slug: "ailleurs"),
        ])
        #expect(result.hasErrors)
        #expect(result.diagnostics.map { "\($0.location!.line) \($0.id) \($0.message)" } == [
            "1 import.parent-cycle record \(R.id(1)) 'a' is its own ancestor: \(R.id(1)) → \(R.id(3)) → \(R.id(2)) → \(R.id(1))",
        ])
        #expect(result.tree.placed.map(\.file) == ["ailleurs.md"])
        #expect(problems([R.record(1, "section", parent: 1)]) == [
            "1 error import.parent-cycle record \(R.id(1)) 'fiche-1' is its own parent",
        ])
    }

    @Test func duplicateSlugsAndIDs() {
        #expect(problems([R.record(1, slug: "meme"), R.record(2, slug: "meme")]) == [
            "2 error import.duplicate-slug record \(R.id(2)) 'meme' has the slug of record \(R.id(1)) 'meme' (line 1)",
        ])
        #expect(problems([R.record(1), R.record(1, slug: "autre")]) == [
            "2 error import.duplicate-id record \(R.id(1)) appears twice (also at line 1)",
        ])
    }

    @Test func anUnknownRoleIsAWarningAndAnAudience() {
        let result = R.run([R.record(1, roles: ["young", "parent_eleve"])])
        #expect(!result.hasErrors)
        #expect(result.diagnostics.map { "\($0.severity.rawValue) \($0.id) \($0.message)" } == [
            "warning import.unknown-role record \(R.id(1)) 'fiche-1': unknown role 'parent_eleve'; it becomes the audience 'parent-eleve', labelled with its id",
        ])
        #expect(result.audiences.map(\.id) == ["young", "parent-eleve"])
        #expect(result.audiences.last?.label == "parent-eleve")

        // Below a section that lacks it, the unknown role is cut like any other, and not declared.
        let cut = R.run([R.record(1, "section", roles: ["young"]), R.record(2, parent: 1, roles: ["young", "parent_eleve"])])
        #expect(cut.diagnostics.map(\.message).contains(
            "record \(R.id(2)) 'fiche-2': unknown role 'parent_eleve'; its parent does not have it either, so it is cut"))
        #expect(cut.audiences.map(\.id) == ["young"])
    }

    @Test func anArticleInsideAnArticleOrAMissingParentGoesToAClasser() {
        let result = R.run([
            R.record(1, slug: "parent-article"), R.record(2, slug: "enfant", parent: 1), R.record(3, slug: "orpheline", parent: 99),
            R.record(4, "section", slug: "rubrique-orpheline", parent: 98), R.record(5, slug: "dedans", parent: 4),
        ])
        #expect(!result.hasErrors)
        #expect(result.diagnostics.map { "\($0.location!.line) \($0.severity.rawValue) \($0.id) \($0.message)" } == [
            "2 warning import.parent-is-article record \(R.id(2)) 'enfant' is inside the article record \(R.id(1)) 'parent-article', not a section; it goes to a-classer/",
            "3 warning import.orphan record \(R.id(3)) 'orpheline' names the parent \(R.id(99)), which is not in the export; it goes to a-classer/",
            "4 warning import.orphan record \(R.id(4)) 'rubrique-orpheline' names the parent \(R.id(98)), which is not in the export; it goes to a-classer/",
        ])
        #expect(result.pages.map(\.path).sorted() == [
            "_index.md", "a-classer/_section.md", "a-classer/enfant.md", "a-classer/orpheline.md",
            "a-classer/rubrique-orpheline/_section.md", "a-classer/rubrique-orpheline/dedans.md", "parent-article.md",
        ])
    }

    @Test func badFeedbackAndSearchesAreReportedToo() {
        let result = R.run([R.record(1)], feedback: """
            {"_id": {"$oid": "\(R.id(50))"}, "knowledgeBaseArticle": {"$oid": "\(R.id(1))"}, "isPositive": "oui"}
            {"_id": {"$oid": "\(R.id(51))"}, "isPositive": true}
            pas du JSON
            """, searches: #"{"search": "valise", "createdAt": {"$date": "2024-13-01"}}"#)
        #expect(result.hasErrors)
        #expect(result.diagnostics.map { "\($0.location!.file):\($0.location!.line) \($0.id) \($0.message)" } == [
            "feedbacks.json:1 import.invalid-field feedback entry \(R.id(50)): 'isPositive' must be true or false, found a string",
            "feedbacks.json:2 import.missing-field feedback entry \(R.id(51)) has no 'knowledgeBaseArticle'",
            "feedbacks.json:3 import.invalid-json not JSON: expected a value, found 'p'",
            "kbsearches.json:1 import.invalid-extended-json the search at line 1: 'createdAt': '$date' value '2024-13-01' is not an ISO 8601 date",
        ])
    }
}
