import Testing
@testable import RepereCollect

@Suite struct EventFieldsTests {
    private func parse(_ body: String, _ format: EventFields.Format) throws(EventRejection) -> EventFields {
        try EventFields.parse(Array(body.utf8), as: format)
    }

    @Test func readsAJSONObjectKeepingEachValuesType() throws {
        let fields = try parse(#"{"a": "texte", "b": 3, "c": ["x", "y"], "d": true, "e": null, "f": {}}"#, .json)
        #expect(fields.values["a"] == .text("texte"))
        #expect(fields.values["b"] == .number(3))
        #expect(fields.values["c"] == .list(["x", "y"]))
        #expect(fields.values["d"] == .other("un booléen"))
        #expect(fields.values["e"] == .other("null"))
        #expect(fields.values["f"] == .other("un objet"))
    }

    @Test(arguments: ["", "{", "[1, 2]", "\"texte\"", "{'a': 1}", "nul"])
    func refusesAnythingButAJSONObject(_ body: String) {
        #expect(throws: EventRejection(nil, .malformedBody("un objet JSON est attendu"))) { try parse(body, .json) }
    }

    @Test func readsAFormWithSpacesPercentEncodingAndRepeatedNames() throws {
        let fields = try parse("query=fiche+d%C3%A9part&filters=type%3Dfaq&filters=public%3Dagent&results=0&vide=", .form)
        #expect(fields.values["query"] == .text("fiche départ"))
        #expect(fields.values["filters"] == .list(["type=faq", "public=agent"]))
        #expect(fields.values["results"] == .text("0"))
        #expect(fields.values["vide"] == .text(""))
    }

    @Test func refusesABrokenFormEncodingAndInvalidUTF8() {
        #expect(throws: EventRejection(nil, .malformedBody("encodage de formulaire invalide"))) { try parse("query=100%", .form) }
        #expect(throws: EventRejection(nil, .malformedBody("le corps n’est pas en UTF-8"))) {
            try EventFields.parse([0x71, 0x3D, 0xFF], as: .form)
        }
    }

    @Test func knowsJSONFormAndBeaconTextByContentType() {
        #expect(EventFields.Format(contentType: "application/json") == .json)
        #expect(EventFields.Format(contentType: "text/plain;charset=UTF-8") == .json)
        #expect(EventFields.Format(contentType: "Application/X-WWW-Form-Urlencoded; charset=utf-8") == .form)
        #expect(EventFields.Format(contentType: "multipart/form-data; boundary=x") == nil)
        #expect(EventFields.Format(contentType: nil) == nil)
    }
}
