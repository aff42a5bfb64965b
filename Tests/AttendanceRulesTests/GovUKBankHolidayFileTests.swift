import AttendanceData
import AttendanceRules
import Foundation
import Testing

@Suite struct GovUKBankHolidayFileTests {
    /// A malformed file and the exact message it must give.
    struct Malformed: Sendable, CustomTestStringConvertible {
        let name: String
        let json: String
        let message: String
        var testDescription: String { name }
    }

    private func parse(_ json: String) throws -> GovUKBankHolidayFile {
        try GovUKBankHolidayFile.parse(Data(json.utf8), sourceName: "test.json")
    }

    @Test func shippedFileHasAllThreeDivisions() throws {
        let file = try GovUKBankHolidayFile.parse(ShippedData.bankHolidaysJSON(), sourceName: "data/bank-holidays.json")
        #expect(Set(file.divisions.keys) == Set(Nation.allCases))
        #expect(file.unknownDivisions.isEmpty)
        #expect(file.divisions[.englandAndWales]?.events.count == 75)
        // 84 from GOV.UK plus the one-off of 15 June 2026 (D-68).
        #expect(file.divisions[.scotland]?.events.count == 85)
        #expect(file.divisions[.northernIreland]?.events.count == 93)
        for (nation, division) in file.divisions {
            #expect(division.division == nation.id)
            let years = Set(division.events.map(\.date.year))
            #expect(years == Set(2019...2027))
        }
    }

    @Test func shippedEventsBecomeOfficialHolidaysWithSubstituteFlags() throws {
        let file = try GovUKBankHolidayFile.parse(ShippedData.bankHolidaysJSON(), sourceName: "data/bank-holidays.json")
        let holidays = file.holidays(for: .northernIreland, sourceName: "data/bank-holidays.json")
        let boyne = try #require(holidays.first { $0.date.iso == "2026-07-13" })
        #expect(boyne.title == "Battle of the Boyne (Orangemen\u{2019}s Day)")
        #expect(boyne.isSubstitute)
        #expect(boyne.origin == .official(source: "data/bank-holidays.json"))
        let first = try #require(holidays.first)
        #expect(first.date.iso == "2019-01-01")
        #expect(first.title == "New Year\u{2019}s Day")
        #expect(!first.isSubstitute)
        #expect(holidays.map(\.date) == holidays.map(\.date).sorted())
    }

    @Test func notesAndBuntingAreOptional() throws {
        let file = try parse(#"{"scotland": {"division": "scotland", "events": [{"title": "St Andrew’s Day", "date": "2026-11-30"}]}}"#)
        let event = try #require(file.divisions[.scotland]?.events.first)
        #expect(event.notes == nil)
        #expect(event.bunting == nil)
        #expect(!event.isSubstitute)
        #expect(file.divisions[.englandAndWales] == nil)
    }

    @Test func unknownDivisionsAreIgnoredButListed() throws {
        let file = try parse("""
            {"england-and-wales": {"division": "england-and-wales", "events": []},
             "isle-of-man": {"whatever": 1}}
            """)
        #expect(Set(file.divisions.keys) == [.englandAndWales])
        #expect(file.unknownDivisions == ["isle-of-man"])
    }

    static let malformed: [Malformed] = [
        Malformed(
            name: "impossible date",
            json: #"{"england-and-wales": {"division": "england-and-wales", "events": [{"title": "New Year’s Day", "date": "2026-01-01"}, {"title": "Leap", "date": "2026-02-30"}]}}"#,
            message: "test.json: division 'england-and-wales', events[1], field 'date': '2026-02-30' is not a real date: expected YYYY-MM-DD"),
        Malformed(
            name: "date in UK order",
            json: #"{"scotland": {"division": "scotland", "events": [{"title": "Christmas Day", "date": "25/12/2026"}]}}"#,
            message: "test.json: division 'scotland', events[0], field 'date': '25/12/2026' is not a date: expected YYYY-MM-DD"),
        Malformed(
            name: "date as a number",
            json: #"{"scotland": {"division": "scotland", "events": [{"title": "Christmas Day", "date": 20261225}]}}"#,
            message: "test.json: division 'scotland', events[0], field 'date': has the wrong type: expected a date string YYYY-MM-DD"),
        Malformed(
            name: "missing date",
            json: #"{"northern-ireland": {"division": "northern-ireland", "events": [{"title": "Boxing Day"}]}}"#,
            message: "test.json: division 'northern-ireland', events[0], field 'date': is missing: expected a date string YYYY-MM-DD"),
        Malformed(
            name: "missing title",
            json: #"{"northern-ireland": {"division": "northern-ireland", "events": [{"date": "2026-12-26"}]}}"#,
            message: "test.json: division 'northern-ireland', events[0], field 'title': is missing: expected a string, the holiday's name"),
        Malformed(
            name: "empty title",
            json: #"{"northern-ireland": {"division": "northern-ireland", "events": [{"title": " ", "date": "2026-12-26"}]}}"#,
            message: "test.json: division 'northern-ireland', events[0], field 'title': is empty: expected the holiday's name"),
        Malformed(
            name: "bunting as a string",
            json: #"{"scotland": {"division": "scotland", "events": [{"title": "Christmas Day", "date": "2026-12-25", "bunting": "yes"}]}}"#,
            message: "test.json: division 'scotland', events[0], field 'bunting': has the wrong type: expected true or false, or no bunting"),
        Malformed(
            name: "missing events",
            json: #"{"scotland": {"division": "scotland"}}"#,
            message: "test.json: division 'scotland', field 'events': is missing: expected an array of events"),
        Malformed(
            name: "events not an array",
            json: #"{"scotland": {"division": "scotland", "events": {}}}"#,
            message: "test.json: division 'scotland', field 'events': has the wrong type: expected an array of events"),
        Malformed(
            name: "null event",
            json: #"{"scotland": {"division": "scotland", "events": [null]}}"#,
            message: "test.json: division 'scotland', events[0]: is null: expected an event object with \"title\", \"date\" and optional \"notes\" and \"bunting\""),
        Malformed(
            name: "division copied under the wrong key",
            json: #"{"scotland": {"division": "england-and-wales", "events": []}}"#,
            message: "test.json: division 'scotland', field 'division': 'england-and-wales' does not match the key 'scotland' it is stored under: expected \"scotland\""),
        Malformed(
            name: "no known division",
            json: #"{"wales": {"division": "wales", "events": []}, "england": {}}"#,
            message: "test.json: no known division (found only england, wales): expected at least one of england-and-wales, scotland, northern-ireland"),
        Malformed(
            name: "no division at all",
            json: "{}",
            message: "test.json: no known division (it has no divisions): expected at least one of england-and-wales, scotland, northern-ireland"),
        Malformed(
            name: "top level is an array",
            json: "[]",
            message: "test.json: has the wrong type: expected a JSON object keyed by division (england-and-wales, scotland, northern-ireland)"),
    ]

    @Test(arguments: malformed)
    func malformedFilesNameSourceDivisionEventAndField(_ example: Malformed) throws {
        let error = try #require(throws: BankHolidayFileError.self) { try parse(example.json) }
        #expect(error.description == example.message)
    }

    @Test func errorCarriesStructuredLocation() throws {
        let json = #"{"england-and-wales": {"division": "england-and-wales", "events": [{"title": "A", "date": "2026-01-01"}, {"title": "B", "date": "2026-02-30"}]}}"#
        let error = try #require(throws: BankHolidayFileError.self) { try parse(json) }
        #expect(error.sourceName == "test.json")
        #expect(error.division == "england-and-wales")
        #expect(error.eventIndex == 1)
        #expect(error.field == "date")
        #expect(error.path == ".england-and-wales.events[1].date")
    }

    @Test func invalidJSONSaysSo() throws {
        let error = try #require(throws: BankHolidayFileError.self) { try parse(#"{"scotland": "#) }
        #expect(error.division == nil)
        #expect(error.description == "test.json: is not valid JSON: expected the GOV.UK bank-holidays.json format")
    }
}
