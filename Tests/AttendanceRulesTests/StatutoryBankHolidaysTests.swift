import AttendanceData
import AttendanceRules
import Foundation
import Testing

@Suite struct StatutoryBankHolidaysTests {
    /// A holiday as comparable text: `YYYY-MM-DD Title`, with ` [substitute]` for substitutes.
    private func line(_ holiday: BankHoliday) -> String {
        "\(holiday.date.iso) \(holiday.title)\(holiday.isSubstitute ? " [substitute]" : "")"
    }

    private func computed(_ year: Int, _ nation: Nation) -> [String] {
        StatutoryBankHolidays.holidays(in: year, nation: nation).map(line)
    }

    /// The only differences between the rules and GOV.UK's file for 2019–2027, the same in all
    /// three nations: VE Day 2020 moved the Early May bank holiday from Monday 4 to Friday 8 May;
    /// the Platinum Jubilee moved the Spring bank holiday from 30 May to 2 June 2022 and added
    /// 3 June; the Queen's state funeral (19 September 2022) and the Coronation (8 May 2023)
    /// were one-off holidays.
    static let onlyInFile = [
        "2020-05-08 Early May bank holiday (VE day)",
        "2022-06-02 Spring bank holiday",
        "2022-06-03 Platinum Jubilee bank holiday",
        "2022-09-19 Bank Holiday for the State Funeral of Queen Elizabeth II",
        "2023-05-08 Bank holiday for the coronation of King Charles III",
    ]
    static let onlyComputed = [
        "2020-05-04 Early May bank holiday",
        "2022-05-30 Spring bank holiday",
    ]

    @Test(arguments: Nation.allCases)
    func computedHolidaysMatchTheShippedFileExceptKnownOneOffs(nation: Nation) throws {
        let file = try GovUKBankHolidayFile.parse(ShippedData.bankHolidaysJSON(), sourceName: "data/bank-holidays.json")
        let official = file.holidays(for: nation, sourceName: "data/bank-holidays.json").map(line)
        let rules = (2019...2027).flatMap { computed($0, nation) }
        #expect(Set(official).count == official.count)
        #expect(Set(rules).count == rules.count)
        // Scotland also has the one-off of Monday 15 June 2026 (Royal Proclamation, D-68).
        let expected = nation == .scotland ? Self.onlyInFile + ["2026-06-15 Bank holiday (Royal Proclamation)"] : Self.onlyInFile
        #expect(Set(official).subtracting(rules).sorted() == expected)
        #expect(Set(rules).subtracting(official).sorted() == Self.onlyComputed)
    }

    @Test(arguments: [
        (2024, "2024-03-31"), (2016, "2016-03-27"), (2019, "2019-04-21"), (2038, "2038-04-25"),
        (2285, "2285-03-22"), (1818, "1818-03-22"), (2008, "2008-03-23"), (2011, "2011-04-24"),
        (2000, "2000-04-23"), (1943, "1943-04-25"), (2026, "2026-04-05"), (2027, "2027-03-28"),
        (2028, "2028-04-16"), (2032, "2032-03-28"), (2033, "2033-04-17"),
    ])
    func easterSundayByTheGregorianComputus(year: Int, expected: String) {
        #expect(StatutoryBankHolidays.easterSunday(year: year).iso == expected)
    }

    @Test func easterMondayIsNotAScottishBankHoliday() {
        #expect(computed(2024, .englandAndWales).contains("2024-04-01 Easter Monday"))
        #expect(computed(2024, .northernIreland).contains("2024-04-01 Easter Monday"))
        #expect(!computed(2024, .scotland).contains { $0.hasSuffix("Easter Monday") })
        #expect(computed(2024, .scotland).contains("2024-03-29 Good Friday"))
    }

    @Test(arguments: [
        (2028, [
            "2028-01-03 New Year’s Day [substitute]", "2028-04-14 Good Friday", "2028-04-17 Easter Monday",
            "2028-05-01 Early May bank holiday", "2028-05-29 Spring bank holiday",
            "2028-08-28 Summer bank holiday", "2028-12-25 Christmas Day", "2028-12-26 Boxing Day",
        ]),
        (2032, [
            "2032-01-01 New Year’s Day", "2032-03-26 Good Friday", "2032-03-29 Easter Monday",
            "2032-05-03 Early May bank holiday", "2032-05-31 Spring bank holiday",
            "2032-08-30 Summer bank holiday", "2032-12-27 Christmas Day [substitute]",
            "2032-12-28 Boxing Day [substitute]",
        ]),
        (2033, [
            "2033-01-03 New Year’s Day [substitute]", "2033-04-15 Good Friday", "2033-04-18 Easter Monday",
            "2033-05-02 Early May bank holiday", "2033-05-30 Spring bank holiday",
            "2033-08-29 Summer bank holiday", "2033-12-26 Boxing Day",
            "2033-12-27 Christmas Day [substitute]",
        ]),
    ])
    func englandAndWalesYearsBeyondTheFile(year: Int, expected: [String]) {
        #expect(computed(year, .englandAndWales) == expected)
    }

    @Test func scotland2028() {
        #expect(computed(2028, .scotland) == [
            "2028-01-03 New Year’s Day [substitute]", "2028-01-04 2nd January [substitute]",
            "2028-04-14 Good Friday", "2028-05-01 Early May bank holiday", "2028-05-29 Spring bank holiday",
            "2028-08-07 Summer bank holiday", "2028-11-30 St Andrew’s Day", "2028-12-25 Christmas Day",
            "2028-12-26 Boxing Day",
        ])
    }

    @Test func scotlandStAndrewsDayOnSundayMovesToMonday() {
        // 30 November 2031 is a Sunday.
        #expect(computed(2031, .scotland).contains("2031-12-01 St Andrew’s Day [substitute]"))
        #expect(!computed(2031, .scotland).contains { $0.hasPrefix("2031-11-30") })
    }

    @Test func northernIrelandBoyneOnSundayMovesToMonday() {
        // 12 July 2037 is a Sunday (as was 12 July 2026: the file has 2026-07-13).
        let titles = "Battle of the Boyne (Orangemen’s Day)"
        #expect(computed(2037, .northernIreland).contains("2037-07-13 \(titles) [substitute]"))
        #expect(computed(2026, .northernIreland).contains("2026-07-13 \(titles) [substitute]"))
        #expect(computed(2026, .northernIreland).contains("2026-03-17 St Patrick’s Day"))
    }

    @Test func christmasOnSaturdayGivesSubstitutesOnMondayAndTuesday() {
        for year in [2021, 2027] {
            let lines = computed(year, .englandAndWales)
            #expect(lines.suffix(2) == ["\(year)-12-27 Christmas Day [substitute]", "\(year)-12-28 Boxing Day [substitute]"])
        }
    }

    @Test func christmasOnSundayKeepsBoxingDayOnMondayAndMovesChristmasToTuesday() {
        #expect(computed(2022, .englandAndWales).suffix(2) == ["2022-12-26 Boxing Day", "2022-12-27 Christmas Day [substitute]"])
    }

    @Test func scotlandNewYearOnSaturdayGivesMondayAndTuesday() {
        #expect(computed(2022, .scotland).prefix(2) == [
            "2022-01-03 New Year’s Day [substitute]", "2022-01-04 2nd January [substitute]",
        ])
    }

    @Test func scotlandNewYearOnSundayMovesSecondJanuaryToTuesdayAsGovUKLabelsIt() {
        // File: 2023-01-02 New Year's Day (substitute), 2023-01-03 2nd January (substitute).
        for year in [2023, 2034] {
            #expect(computed(year, .scotland).prefix(2) == [
                "\(year)-01-02 New Year’s Day [substitute]", "\(year)-01-03 2nd January [substitute]",
            ])
        }
        #expect(computed(2023, .englandAndWales).first == "2023-01-02 New Year’s Day [substitute]")
    }

    @Test(arguments: Nation.allCases)
    func everyComputedHolidayIsADistinctWeekdayInItsYear(nation: Nation) {
        let perYear = [Nation.englandAndWales: 8, .scotland: 9, .northernIreland: 10]
        for year in 1900...2300 {
            let holidays = StatutoryBankHolidays.holidays(in: year, nation: nation)
            #expect(holidays.count == perYear[nation])
            #expect(Set(holidays.map(\.date)).count == holidays.count)
            #expect(holidays.allSatisfy { $0.date.year == year && $0.date.weekday.rawValue <= 5 && $0.origin == .computed })
            #expect(holidays.map(\.date) == holidays.map(\.date).sorted())
        }
    }

    @Test func yearsOutsideTheCalendarRangeHaveNoHolidays() {
        #expect(StatutoryBankHolidays.holidays(in: 0, nation: .englandAndWales).isEmpty)
        #expect(StatutoryBankHolidays.holidays(in: 10_000, nation: .scotland).isEmpty)
    }
}
