import RepereContent
import Testing
@testable import RepereImport

@Suite struct ExtendedJSONTests {
    func json(_ text: String) -> JSONValue {
        var parser = JSONParser(bytes: Array(text.utf8))
        return try! parser.parseValue()
    }

    func day(_ text: String) -> String {
        switch ExtendedJSON.day(json(text)) {
        case .success(let day): day.description
        case .failure(let problem): "error: " + problem.message
        }
    }

    @Test func objectIDs() throws {
        #expect(try ExtendedJSON.objectID(json(#"{"$oid": "65A1B2C3D4E5F6A7B8C90001"}"#)).get() == "65a1b2c3d4e5f6a7b8c90001")
        #expect(try ExtendedJSON.objectID(json(#""custom-id""#)).get() == "custom-id")
        for (text, message) in [
            (#"{"$oid": "65a1"}"#, "'$oid' value '65a1' is not 24 hexadecimal digits"),
            (#"{"$oid": 42}"#, "'$oid' must be a string of 24 hexadecimal digits, found a number"),
            (#"{"$oid": "zza1b2c3d4e5f6a7b8c90001"}"#, "'$oid' value 'zza1b2c3d4e5f6a7b8c90001' is not 24 hexadecimal digits"),
            (#"{"$id": "x"}"#, #"expected an ObjectId ({"$oid": "…"}), found {"$id": …}"#),
            ("12", #"expected an ObjectId ({"$oid": "…"}), found a number"#),
        ] {
            #expect(throws: ExtendedJSON.Problem(message)) { try ExtendedJSON.objectID(json(text)).get() }
        }
    }

    @Test func datesInEveryFormOfMongoexportAreUTCDays() {
        #expect(day(#"{"$date": "2024-01-31T23:30:00.000Z"}"#) == "2024-01-31")
        #expect(day(#"{"$date": "2024-02-01T00:30:00+02:00"}"#) == "2024-01-31")
        #expect(day(#"{"$date": "2024-01-31T23:30:00-0130"}"#) == "2024-02-01")
        #expect(day(#"{"$date": "2024-02-29"}"#) == "2024-02-29")
        #expect(day(#"{"$date": {"$numberLong": "1706745600000"}}"#) == "2024-02-01")
        #expect(day(#"{"$date": 1706745599999}"#) == "2024-01-31")
        #expect(day(#"{"$date": {"$numberLong": "-86400000"}}"#) == "1969-12-31")
        #expect(day(#""2023-03-14T09:30:00Z""#) == "2023-03-14")
    }

    @Test func malformedDatesSayWhy() {
        #expect(day(#"{"$date": "hier"}"#) == "error: '$date' value 'hier' is not an ISO 8601 date")
        #expect(day(#"{"$date": "2024-02-30T10:00:00Z"}"#) == "error: '$date' value '2024-02-30T10:00:00Z' is not an ISO 8601 date")
        #expect(day(#"{"$date": {"$numberLong": "abc"}}"#) == "error: '$date.$numberLong' must be a string of digits (milliseconds since 1970)")
        #expect(day(#"{"$date": true}"#) == #"error: '$date' must be an ISO 8601 string or {"$numberLong": "…"}, found a boolean"#)
        #expect(day(#"{"$date": 1e300}"#).hasPrefix("error: '$date' value"))
        #expect(day("[]") == #"error: expected a date ({"$date": "…"}), found a list"#)
    }

    @Test func numbersPlainOrWrapped() throws {
        #expect(try ExtendedJSON.number(json("3")).get() == 3)
        #expect(try ExtendedJSON.number(json(#"{"$numberInt": "7"}"#)).get() == 7)
        #expect(try ExtendedJSON.number(json(#"{"$numberLong": "12"}"#)).get() == 12)
        #expect(try ExtendedJSON.number(json(#"{"$numberDouble": "1.5"}"#)).get() == 1.5)
        #expect(throws: ExtendedJSON.Problem(#"'$numberInt' must be a string holding a finite number, found a number"#)) {
            try ExtendedJSON.number(json(#"{"$numberInt": 7}"#)).get()
        }
        #expect(throws: ExtendedJSON.Problem("expected a number, found a string")) { try ExtendedJSON.number(json(#""3""#)).get() }
    }
}
