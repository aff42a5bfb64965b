import AttendanceRules
import Foundation
import Testing

@Suite struct WorkingPatternTests {
    private func decode(_ json: String) throws -> WorkingPattern {
        try JSONDecoder().decode(WorkingPattern.self, from: Data(json.utf8))
    }

    /// The message of the decoding error `json` gives, or nil when it decodes.
    private func decodingMessage(_ json: String) -> String? {
        do {
            _ = try decode(json)
            return nil
        } catch let DecodingError.dataCorrupted(context) {
            return "\(context.codingPath.map(\.stringValue).joined(separator: ".")): \(context.debugDescription)"
        } catch {
            return "\(error)"
        }
    }

    @Test func decodesDaysAndHoursPerDay() throws {
        let pattern = try decode(#"{"days": ["mon", "wed", "fri"], "hoursPerDay": 7.5}"#)
        #expect(pattern.days == [.monday, .wednesday, .friday])
        #expect(pattern.hoursPerDay == 7.5)
        #expect(pattern.weeklyHours == 22.5)
        #expect(!pattern.worksBankHolidays)
        #expect(pattern.hours(on: .tuesday) == 0)
    }

    @Test func decodesPerDayHoursAndBankHolidayWorking() throws {
        let pattern = try decode(#"{"days": ["mon", "tue", "wed", "thu", "fri"], "hoursPerDay": 8, "hoursByDay": {"fri": 5.5}, "worksBankHolidays": true}"#)
        #expect(pattern.hours(on: .monday) == 8)
        #expect(pattern.hours(on: .friday) == 5.5)
        #expect(pattern.weeklyHours == 37.5)
        #expect(pattern.worksBankHolidays)
    }

    @Test(arguments: [
        (#"{"days": [], "hoursPerDay": 7.5}"#,
         "days: no working days: expected at least one of mon, tue, wed, thu, fri, sat, sun"),
        (#"{"days": ["mon"], "hoursPerDay": 0}"#,
         "hoursPerDay: hoursPerDay 0.0 is out of range: expected more than 0 and at most 24"),
        (#"{"days": ["mon"], "hoursPerDay": 24.5}"#,
         "hoursPerDay: hoursPerDay 24.5 is out of range: expected more than 0 and at most 24"),
        (#"{"days": ["mon"], "hoursPerDay": -3}"#,
         "hoursPerDay: hoursPerDay -3.0 is out of range: expected more than 0 and at most 24"),
        (#"{"days": ["mon", "tue", "mon"], "hoursPerDay": 7}"#,
         "days: mon is listed twice in days: expected each day at most once"),
        (#"{"days": ["mon"], "hoursPerDay": 7, "hoursByDay": {"sat": 4}}"#,
         "hoursByDay: hours are given for sat, which is not in days: expected hours only for days worked"),
        (#"{"days": ["mon"], "hoursPerDay": 7, "hoursByDay": {"mon": 25}}"#,
         "hoursByDay: hours for mon 25.0 is out of range: expected more than 0 and at most 24"),
        (#"{"days": ["mon"], "hoursPerDay": 7, "hoursByDay": {"funday": 4}}"#,
         "hoursByDay: 'funday' is not a weekday: expected one of mon, tue, wed, thu, fri, sat, sun"),
        (#"{"days": ["funday"], "hoursPerDay": 7}"#,
         "days.Index 0: 'funday' is not a weekday: expected one of mon, tue, wed, thu, fri, sat, sun"),
    ])
    func invalidPatternsAreRejectedNamingTheField(json: String, message: String) {
        #expect(decodingMessage(json) == message)
    }

    @Test func twentyFourHoursIsAllowed() throws {
        #expect(try WorkingPattern(days: [.sunday], hoursPerDay: 24).weeklyHours == 24)
        #expect(throws: WorkingPatternError.hoursOutOfRange(hours: 0, weekday: nil)) {
            try WorkingPattern(days: [.sunday], hoursPerDay: 0)
        }
        #expect(throws: WorkingPatternError.noDays) { try WorkingPattern(days: [], hoursPerDay: 7) }
    }

    @Test func mondayToFridayIsSevenAndAHalfHoursADay() {
        let pattern = WorkingPattern.mondayToFriday
        #expect(pattern.sortedDays == [.monday, .tuesday, .wednesday, .thursday, .friday])
        #expect(pattern.hoursPerDay == 7.5)
        #expect(pattern.weeklyHours == 37.5)
        #expect(!pattern.worksBankHolidays)
    }

    @Test func partTimeMeansFewerDaysOrFewerWeeklyHours() throws {
        let organisation = WorkingPattern.mondayToFriday
        #expect(try WorkingPattern(days: [.monday, .wednesday, .friday], hoursPerDay: 7.5).isPartTime(relativeTo: organisation))
        #expect(try WorkingPattern(days: [.monday, .tuesday, .wednesday, .thursday, .friday], hoursPerDay: 6)
            .isPartTime(relativeTo: organisation))
        #expect(try WorkingPattern(days: [.monday, .tuesday, .wednesday, .thursday], hoursPerDay: 9.375)
            .isPartTime(relativeTo: organisation))
        #expect(!organisation.isPartTime(relativeTo: organisation))
        #expect(try !WorkingPattern(days: [.monday, .tuesday, .wednesday, .thursday, .friday], hoursPerDay: 8)
            .isPartTime(relativeTo: organisation))
    }

    @Test func encodesTheShortFormAndRoundTrips() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let plain = try WorkingPattern(days: [.friday, .monday], hoursPerDay: 7.5)
        #expect(String(decoding: try encoder.encode(plain), as: UTF8.self) == #"{"days":["mon","fri"],"hoursPerDay":7.5}"#)
        let full = try WorkingPattern(days: [.saturday, .sunday], hoursPerDay: 10, hoursByWeekday: [.sunday: 6],
                                      worksBankHolidays: true)
        #expect(try JSONDecoder().decode(WorkingPattern.self, from: encoder.encode(full)) == full)
    }
}
