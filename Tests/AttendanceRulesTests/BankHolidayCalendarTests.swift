import AttendanceData
import AttendanceRules
import Foundation
import Testing

@Suite struct BankHolidayCalendarTests {
    private func day(_ iso: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> CalendarDay {
        try #require(CalendarDay(iso: iso), "test date \(iso) does not parse", sourceLocation: sourceLocation)
    }

    private func shipped() throws -> BankHolidayCalendar {
        try BankHolidayCalendar(files: [(sourceName: "data/bank-holidays.json", data: ShippedData.bankHolidaysJSON())])
    }

    /// A GOV.UK-format file with one division and the given (date, title) events.
    private func file(_ nation: Nation, _ events: [(String, String)]) -> Data {
        let list = events.map { #"{"title": "\#($0.1)", "date": "\#($0.0)", "notes": "", "bunting": true}"# }
        return Data(#"{"\#(nation.id)": {"division": "\#(nation.id)", "events": [\#(list.joined(separator: ","))]}}"#.utf8)
    }

    /// England and Wales 2026 as in the shipped file, plus a one-off holiday on Monday 15 June.
    private var englandAndWales2026WithOneOff: [(String, String)] {
        [
            ("2026-01-01", "New Year’s Day"), ("2026-04-03", "Good Friday"), ("2026-04-06", "Easter Monday"),
            ("2026-05-04", "Early May bank holiday"), ("2026-05-25", "Spring bank holiday"),
            ("2026-06-15", "One-off bank holiday"), ("2026-08-31", "Summer bank holiday"),
            ("2026-12-25", "Christmas Day"), ("2026-12-28", "Boxing Day"),
        ]
    }

    @Test func shippedFileSuppliesTheYearsItCovers() throws {
        let calendar = try shipped()
        for nation in Nation.allCases {
            #expect(calendar.officialYears(nation: nation) == Array(2019...2027))
            #expect(calendar.coverage(nation: nation) == 2019...2027)
            #expect(calendar.origin(ofYear: 2022, nation: nation) == .official(source: "data/bank-holidays.json"))
        }
        let jubilee = try #require(calendar.holiday(on: day("2022-06-03"), nation: .scotland))
        #expect(jubilee.title == "Platinum Jubilee bank holiday")
        #expect(jubilee.origin == .official(source: "data/bank-holidays.json"))
        #expect(try !calendar.isBankHoliday(day("2022-05-30"), nation: .englandAndWales))
        #expect(try calendar.isBankHoliday(day("2022-06-02"), nation: .englandAndWales))
    }

    @Test func yearsNoFileCoversAreComputed() throws {
        let calendar = try shipped()
        #expect(calendar.origin(ofYear: 2018, nation: .englandAndWales) == .computed)
        #expect(calendar.origin(ofYear: 2028, nation: .englandAndWales) == .computed)
        let newYear = try #require(calendar.holiday(on: day("2028-01-03"), nation: .englandAndWales))
        #expect(newYear.title == "New Year’s Day")
        #expect(newYear.isSubstitute)
        #expect(newYear.origin == .computed)
        #expect(try calendar.isBankHoliday(day("2018-12-26"), nation: .northernIreland))
        #expect(try calendar.isBankHoliday(day("2028-08-07"), nation: .scotland))
        #expect(try !calendar.isBankHoliday(day("2028-08-07"), nation: .englandAndWales))
    }

    @Test func computedOnlyCalendarHasNoCoverage() throws {
        let calendar = BankHolidayCalendar.computedOnly
        for nation in Nation.allCases {
            #expect(calendar.coverage(nation: nation) == nil)
            #expect(calendar.officialYears(nation: nation).isEmpty)
        }
        // Without the file the 2022 Jubilee is unknown and Spring is on its standing date.
        #expect(try !calendar.isBankHoliday(day("2022-06-03"), nation: .englandAndWales))
        #expect(try calendar.isBankHoliday(day("2022-05-30"), nation: .englandAndWales))
    }

    @Test(arguments: [
        (Nation.englandAndWales, "2021-12-27", "Christmas Day"), (.englandAndWales, "2021-12-28", "Boxing Day"),
        (.scotland, "2022-01-03", "New Year’s Day"), (.scotland, "2022-01-04", "2nd January"),
        (.northernIreland, "2026-07-13", "Battle of the Boyne (Orangemen’s Day)"),
        (.englandAndWales, "2027-12-27", "Christmas Day"), (.englandAndWales, "2027-12-28", "Boxing Day"),
        (.scotland, "2027-01-04", "2nd January"), (.englandAndWales, "2026-12-28", "Boxing Day"),
    ])
    func substituteDaysFromTheShippedFile(nation: Nation, date: String, title: String) throws {
        let holiday = try #require(try shipped().holiday(on: day(date), nation: nation))
        #expect(holiday.title == title)
        #expect(holiday.isSubstitute)
    }

    @Test func weekendDayReplacedByASubstituteIsNotABankHoliday() throws {
        let calendar = try shipped()
        #expect(try !calendar.isBankHoliday(day("2026-12-26"), nation: .englandAndWales))
        #expect(try calendar.holiday(on: day("2026-07-12"), nation: .northernIreland) == nil)
    }

    @Test func userFileFor2028OverridesTheComputation() throws {
        // The user's file moves Early May to the 8th and adds a one-off on 5 June 2028.
        let user = file(.englandAndWales, [
            ("2028-01-03", "New Year’s Day"), ("2028-04-14", "Good Friday"), ("2028-04-17", "Easter Monday"),
            ("2028-05-08", "Early May bank holiday"), ("2028-05-29", "Spring bank holiday"),
            ("2028-06-05", "One-off bank holiday"), ("2028-08-28", "Summer bank holiday"),
            ("2028-12-25", "Christmas Day"), ("2028-12-26", "Boxing Day"),
        ])
        let calendar = try BankHolidayCalendar(files: [
            (sourceName: "data/bank-holidays.json", data: ShippedData.bankHolidaysJSON()),
            (sourceName: "user/2028.json", data: user),
        ])
        #expect(calendar.origin(ofYear: 2028, nation: .englandAndWales) == .official(source: "user/2028.json"))
        #expect(calendar.holidays(in: 2028, nation: .englandAndWales).count == 9)
        #expect(try calendar.isBankHoliday(day("2028-06-05"), nation: .englandAndWales))
        #expect(try calendar.isBankHoliday(day("2028-05-08"), nation: .englandAndWales))
        #expect(try !calendar.isBankHoliday(day("2028-05-01"), nation: .englandAndWales))
        #expect(calendar.coverage(nation: .englandAndWales) == 2019...2028)
        // Other nations and other years are untouched.
        #expect(calendar.origin(ofYear: 2028, nation: .scotland) == .computed)
        #expect(try !calendar.isBankHoliday(day("2028-06-05"), nation: .scotland))
        #expect(try calendar.isBankHoliday(day("2028-05-01"), nation: .scotland))
        #expect(calendar.origin(ofYear: 2029, nation: .englandAndWales) == .computed)
    }

    @Test func laterFileWinsForTheNationYearsItCovers() throws {
        let calendar = try BankHolidayCalendar(files: [
            (sourceName: "data/bank-holidays.json", data: ShippedData.bankHolidaysJSON()),
            (sourceName: "overrides.json", data: file(.englandAndWales, englandAndWales2026WithOneOff)),
        ])
        let holidays2026 = calendar.holidays(in: 2026, nation: .englandAndWales)
        #expect(holidays2026.count == 9)
        #expect(holidays2026.allSatisfy { $0.origin == .official(source: "overrides.json") })
        let oneOff = try #require(calendar.holiday(on: day("2026-06-15"), nation: .englandAndWales))
        #expect(oneOff.title == "One-off bank holiday")
        // The shipped file still supplies the other nations' 2026 and England and Wales 2027.
        #expect(try !calendar.isBankHoliday(day("2026-06-15"), nation: .northernIreland))
        #expect(calendar.origin(ofYear: 2026, nation: .scotland) == .official(source: "data/bank-holidays.json"))
        #expect(calendar.origin(ofYear: 2027, nation: .englandAndWales) == .official(source: "data/bank-holidays.json"))
    }

    @Test func earlierFileLosesToALaterOne() throws {
        let calendar = try BankHolidayCalendar(files: [
            (sourceName: "overrides.json", data: file(.englandAndWales, englandAndWales2026WithOneOff)),
            (sourceName: "data/bank-holidays.json", data: ShippedData.bankHolidaysJSON()),
        ])
        #expect(try !calendar.isBankHoliday(day("2026-06-15"), nation: .englandAndWales))
        #expect(calendar.origin(ofYear: 2026, nation: .englandAndWales) == .official(source: "data/bank-holidays.json"))
    }

    @Test func aBadFileIsReportedUnderItsOwnName() throws {
        let bad = Data(#"{"scotland": {"division": "scotland", "events": [{"title": "X", "date": "2026-13-01"}]}}"#.utf8)
        let shippedData = try ShippedData.bankHolidaysJSON()
        let error = try #require(throws: BankHolidayFileError.self) {
            try BankHolidayCalendar(files: [
                (sourceName: "data/bank-holidays.json", data: shippedData),
                (sourceName: "overrides/bad.json", data: bad),
            ])
        }
        #expect(error.description == "overrides/bad.json: division 'scotland', events[0], field 'date': '2026-13-01' is not a real date: expected YYYY-MM-DD")
    }

    @Test func holidaysFromThroughIncludesBothEnds() throws {
        let list = try shipped().holidays(from: day("2026-12-25"), through: day("2027-01-04"), nation: .scotland)
        #expect(list.map(\.date.iso) == ["2026-12-25", "2026-12-28", "2027-01-01", "2027-01-04"])
        #expect(try shipped().holidays(from: day("2027-01-04"), through: day("2026-12-25"), nation: .scotland).isEmpty)
    }

    @Test(arguments: Nation.allCases)
    func lookupsAgreeWithHolidayListsAtTheEdgesOfThePrecomputedYears(nation: Nation) throws {
        let calendar = try shipped()
        var mismatches: [String] = []
        for years in [1960...1980, 2015...2030, 2190...2210] {
            let listed = Set(years.flatMap { calendar.holidays(in: $0, nation: nation).map(\.date) })
            var current = try day("\(years.lowerBound)-01-01")
            while current.year <= years.upperBound {
                let expected = listed.contains(current)
                if calendar.isBankHoliday(current, nation: nation) != expected
                    || (calendar.holiday(on: current, nation: nation) != nil) != expected {
                    mismatches.append(current.iso)
                }
                current = current.next
            }
        }
        #expect(mismatches.isEmpty)
    }
}
