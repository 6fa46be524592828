import Testing
@testable import RepereImport

@Suite struct ImpactHistoryTests {
    typealias R = ExportText

    @Test func emailAddressesAndPhoneNumbersAreRemovedFromFreeText() {
        for (text, expected, count) in [
            ("écrivez à jeanne.dupont@example.com.", "écrivez à [courriel retiré].", 1),
            ("06 12 34 56 78 ou 06.12.34.56.78", "[téléphone retiré] ou [téléphone retiré]", 2),
            ("+33 6 12 34 56 78, 0033612345678", "[téléphone retiré], [téléphone retiré]", 2),
            ("dossier 2024 de 12 volontaires, code 75007", "dossier 2024 de 12 volontaires, code 75007", 0),
            ("a@b, @snu, x@y.z1", "a@b, @snu, x@y.z1", 0),
            ("SNU-0612345678A", "SNU-0612345678A", 0),
        ] {
            let (clean, n) = PersonalData.redact(text)
            #expect(clean == expected)
            #expect(n == count)
        }
    }

    @Test func feedbackKeepsArticleVerdictCommentAndDayOnly() {
        let result = R.run([R.record(1, slug: "valise"), R.record(2, slug: "brouillon", status: "DRAFT")], feedback: """
            {"_id": {"$oid": "\(R.id(50))"}, "knowledgeBaseArticle": {"$oid": "\(R.id(1))"}, "isPositive": false, "comment": "Appelez-moi au 0612345678", "createdAt": {"$date": "2024-03-02T23:59:59Z"}, "createdBy": {"$oid": "\(R.id(80))"}, "treatedBy": {"$oid": "\(R.id(81))"}, "treatedAt": {"$date": "2024-03-05T08:00:00Z"}}
            {"_id": {"$oid": "\(R.id(51))"}, "knowledgeBaseArticle": {"$oid": "\(R.id(2))"}, "isPositive": true, "createdAt": {"$date": {"$numberLong": "1704067200000"}}}
            {"_id": {"$oid": "\(R.id(52))"}, "knowledgeBaseArticle": {"$oid": "\(R.id(99))"}, "isPositive": true}
            """, searches: """
            [{"search": "valise de paul@example.fr", "resultsNumber": {"$numberInt": "3"}, "role": "young", "createdAt": {"$date": "2024-03-01T08:00:00Z"}, "user": "x"},
             {"search": "bus", "createdAt": {"$date": "2024-02-01T08:00:00Z"}}]
            """)
        #expect(!result.hasErrors)
        let feedback = String(decoding: result.feedback!.json, as: UTF8.self)
        #expect(feedback == """
            {"source":"snupport","kind":"feedback","entries":[
            {"article":"brouillon","page":"brouillon.md","date":"2024-01-01","isPositive":true},
            {"article":"valise","page":"valise.md","date":"2024-03-02","isPositive":false,"comment":"Appelez-moi au [téléphone retiré]"}
            ]}

            """)
        for identifier in [R.id(50), R.id(80), R.id(81), "treated", "createdBy", "2024-03-05"] { #expect(!feedback.contains(identifier)) }
        #expect(result.feedback?.leftOut == 1 && result.feedback?.redactions == 1)
        #expect(result.diagnostics.map(\.message) == [
            "feedback entry names the article \(R.id(99)), which is not in the export; it is left out",
        ])
        #expect(String(decoding: result.searches!.json, as: UTF8.self) == """
            {"source":"snupport","kind":"searches","entries":[
            {"search":"bus","resultsNumber":null,"role":null,"date":"2024-02-01"},
            {"search":"valise de [courriel retiré]","resultsNumber":3,"role":"young","date":"2024-03-01"}
            ]}

            """)
    }
}
