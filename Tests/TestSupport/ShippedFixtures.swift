import AttendanceData
import AttendanceRules

/// The shipped policies and bank holidays, loaded once for every test target (issue 13: one
/// copy instead of one per target). A shipped file that does not load stops the tests at once:
/// nothing else they check would mean anything.
public enum ShippedFixtures {
    public static let holidays: BankHolidayCalendar = {
        do {
            return try BankHolidayCalendar(files: [(sourceName: "data/bank-holidays.json", data: ShippedData.bankHolidaysJSON())])
        } catch {
            preconditionFailure("shipped bank holidays do not load: \(error)")
        }
    }()

    public static let policies: [PolicyProfile] = {
        do {
            return try PolicyLoader.loadAll(ShippedData.policyFiles())
        } catch {
            preconditionFailure("shipped policies do not load: \(error)")
        }
    }()

    public static func policy(_ id: String) -> PolicyProfile {
        guard let found = policies.first(where: { $0.id == id }) else { preconditionFailure("no policy \(id)") }
        return found
    }

    public static func day(_ text: String) -> CalendarDay {
        guard let day = CalendarDay(iso: text) else { preconditionFailure("bad test date \(text)") }
        return day
    }
}
