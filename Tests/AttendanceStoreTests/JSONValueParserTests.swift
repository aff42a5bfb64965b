import AttendanceRules
@testable import AttendanceStore
import Foundation
import Testing

/// `JSONValueParser` reads what `DocumentDiff` compares: for every document and JSON text it
/// accepts it gives what `JSONDecoder` gives, and it refuses what is not JSON.
@Suite struct JSONValueParserTests {
    private func agrees(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let data = Data(text.utf8)
        let slow = try JSONDecoder().decode(JSONValue.self, from: data)
        #expect(JSONValueParser.parse(data) == slow, "\(text)", sourceLocation: sourceLocation)
    }

    @Test func readsDocumentsAsJSONDecoderDoes() throws {
        var employee = StoreFixtures.fullEmployee()
        employee.name = "Zoë O'Brien-Łukasz 山田 😀"
        employee.contacts[0].note = "said \"fine\"\\ok\n\tnext line / slash \u{1} \u{7F} \u{FEFF} é"
        employee.fte = 1.0 / 3
        for document in [employee, StoreFixtures.fullEmployee(), StoreFixtures.plainEmployee("p1")] {
            let data = try FileStore.encode(document)
            let parsed = try #require(JSONValueParser.parse(data))
            #expect(parsed == (try JSONDecoder().decode(JSONValue.self, from: data)))
        }
    }

    @Test func readsEscapesNumbersAndLiteralsAsJSONDecoderDoes() throws {
        try agrees(#"{"a": "\u00e9\ud83d\ude00\n\t\"\\\/\b\f\r", "b": [1, -0, 2.5e3, 1E-2, 0.1, -12], "c": true, "d": false, "e": null}"#)
        try agrees(#"  [ [], {}, [[["deep"]]], "", " spaced " ]  "#)
        try agrees(#"{"same": 1, "same": 2}"#)
        try agrees("123456789012345678901234567890")
    }

    @Test func refusesWhatIsNotJSON() {
        let bad = [
            "", "{", "[1,]", "{\"a\":}", "{\"a\" 1}", "01", "1.", ".5", "+1", "1e", "tru", "nul", "\"open",
            "\"bad \\x escape\"", "\"lone \\ud83d surrogate\"", "\"low \\ude00 first\"", "\"tab\tinside\"", "[1] 2", "{\"a\":1}}",
        ]
        for text in bad { #expect(JSONValueParser.parse(Data(text.utf8)) == nil, "\(text)") }
    }

    @Test func nestingPastTheLimitIsRefusedNotACrash() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(JSONValueParser.parse(Data(deep.utf8)) == nil)
        let allowed = String(repeating: "[", count: JSONValueParser.depthLimit - 1) + String(repeating: "]", count: JSONValueParser.depthLimit - 1)
        #expect(JSONValueParser.parse(Data(allowed.utf8)) != nil)
    }
}
