import Foundation

/// The bank holidays of every nation and year: official files where they exist, the standing
/// rules (`StatutoryBankHolidays`) elsewhere.
///
/// Files are given in increasing priority. For each (nation, year) the last file that
/// *covers* it — has at least one event for that nation in that year — supplies that
/// nation's whole list for that year; earlier files and the computation are ignored for it.
/// So a newer GOV.UK download, or a user's file listing a late-announced one-off holiday,
/// dropped in after the shipped file wins for the years it lists, and years no file lists are
/// computed. Because a covering file replaces the whole year, an override file must list
/// every holiday of each nation-year it mentions, as GOV.UK's own file does.
///
/// `isBankHoliday` is on the hot path of evaluations (thousands of employees over years), so
/// the holiday days of 1970...2200 are precomputed into a bit set per nation at `init`;
/// other years are computed on each call.
public struct BankHolidayCalendar: Sendable {
    /// The years whose holiday days are precomputed at `init`.
    static let precomputedYears = 1970...2200

    /// A calendar with no files: every year is computed from the standing rules.
    public static let computedOnly = BankHolidayCalendar(parsedFiles: [])

    /// Holiday days of one nation over `precomputedYears`: a bit per day for membership and
    /// the sorted day numbers for range queries.
    private struct DayIndex: Sendable {
        /// Day number of 1 January of the first precomputed year.
        let firstDayNumber: Int
        /// Number of days covered.
        let dayCount: Int
        /// Bit `n` set when day `firstDayNumber + n` is a holiday.
        let bits: [UInt64]
        /// The holiday day numbers, ascending, without duplicates.
        let sortedDays: [Int]

        init(dayNumbers: [Int], firstDayNumber: Int, dayCount: Int) {
            self.firstDayNumber = firstDayNumber
            self.dayCount = dayCount
            var bits = [UInt64](repeating: 0, count: (dayCount + 63) / 64)
            for dayNumber in dayNumbers {
                let offset = dayNumber - firstDayNumber
                bits[offset >> 6] |= 1 << UInt64(offset & 63)
            }
            self.bits = bits
            sortedDays = Array(Set(dayNumbers)).sorted()
        }

        /// Whether the day is a holiday, or nil when it is outside the precomputed years.
        func contains(_ dayNumber: Int) -> Bool? {
            let offset = dayNumber - firstDayNumber
            guard offset >= 0, offset < dayCount else { return nil }
            return bits[offset >> 6] & (1 << UInt64(offset & 63)) != 0
        }

        /// Position of the first holiday on or after `dayNumber` in `sortedDays`.
        func firstPosition(onOrAfter dayNumber: Int) -> Int {
            var low = 0
            var high = sortedDays.count
            while low < high {
                let middle = (low + high) / 2
                if sortedDays[middle] < dayNumber { low = middle + 1 } else { high = middle }
            }
            return low
        }
    }

    /// Official holidays by nation and year, each list sorted by date.
    let official: [Nation: [Int: [BankHoliday]]]
    private let englandAndWalesDays: DayIndex
    private let scotlandDays: DayIndex
    private let northernIrelandDays: DayIndex

    /// Parses the files (bytes, with a name for messages such as the path), lowest priority
    /// first; throws the first file's error, naming that file, division, event and field.
    public init(files: [(sourceName: String, data: Data)]) throws(BankHolidayFileError) {
        var parsed: [(sourceName: String, file: GovUKBankHolidayFile)] = []
        for entry in files {
            parsed.append((entry.sourceName, try GovUKBankHolidayFile.parse(entry.data, sourceName: entry.sourceName)))
        }
        self.init(parsedFiles: parsed)
    }

    /// Builds the calendar from files already parsed (e.g. after warning about their
    /// `unknownDivisions`), lowest priority first.
    public init(parsedFiles: [(sourceName: String, file: GovUKBankHolidayFile)]) {
        var official: [Nation: [Int: [BankHoliday]]] = [:]
        for entry in parsedFiles {
            for nation in Nation.allCases {
                let byYear = Dictionary(grouping: entry.file.holidays(for: nation, sourceName: entry.sourceName),
                                        by: \.date.year)
                for (year, holidays) in byYear { official[nation, default: [:]][year] = holidays }
            }
        }
        self.official = official

        let years = Self.precomputedYears
        let first = CalendarDay.dayNumber(year: years.lowerBound, month: 1, day: 1)
        let end = CalendarDay.dayNumber(year: years.upperBound + 1, month: 1, day: 1)
        func index(_ nation: Nation) -> DayIndex {
            let days = years.flatMap { year in
                Self.holidays(in: year, nation: nation, official: official).map(\.date.dayNumber)
            }
            return DayIndex(dayNumbers: days, firstDayNumber: first, dayCount: end - first)
        }
        englandAndWalesDays = index(.englandAndWales)
        scotlandDays = index(.scotland)
        northernIrelandDays = index(.northernIreland)
    }

    /// The nation's bank holidays in `year`, sorted by date: from the highest-priority file
    /// covering that year, or computed when none does.
    public func holidays(in year: Int, nation: Nation) -> [BankHoliday] {
        Self.holidays(in: year, nation: nation, official: official)
    }

    /// The nation's bank holidays from `start` through `end`, both included, sorted by date;
    /// empty when `start` is after `end`.
    public func holidays(from start: CalendarDay, through end: CalendarDay, nation: Nation) -> [BankHoliday] {
        guard start <= end else { return [] }
        return (start.year...end.year).flatMap { year in
            holidays(in: year, nation: nation).filter { $0.date >= start && $0.date <= end }
        }
    }

    /// The bank holiday observed on `day` in the nation, or nil; for a substitute day, the
    /// holiday it replaces (e.g. 2026-12-28 in England and Wales → "Boxing Day", substitute).
    public func holiday(on day: CalendarDay, nation: Nation) -> BankHoliday? {
        if dayIndex(nation).contains(day.dayNumber) == false { return nil }
        return holidays(in: day.year, nation: nation).first { $0.date == day }
    }

    /// Whether `day` is a bank holiday in the nation (a substitute day is; the weekend day it
    /// replaces is not). Constant time for 1970...2200.
    public func isBankHoliday(_ day: CalendarDay, nation: Nation) -> Bool {
        if let known = dayIndex(nation).contains(day.dayNumber) { return known }
        return holidays(in: day.year, nation: nation).contains { $0.date == day }
    }

    /// The years whose holidays for the nation come from a file, ascending.
    public func officialYears(nation: Nation) -> [Int] {
        (official[nation] ?? [:]).keys.sorted()
    }

    /// The span from the first to the last year a file covers for the nation, or nil when
    /// every year is computed; years inside it that no file lists are still computed
    /// (`officialYears(nation:)` lists exactly which come from files).
    public func coverage(nation: Nation) -> ClosedRange<Int>? {
        let years = officialYears(nation: nation)
        guard let first = years.first, let last = years.last else { return nil }
        return first...last
    }

    /// Where the nation's holidays for `year` come from: the winning file, or `.computed`.
    public func origin(ofYear year: Int, nation: Nation) -> BankHoliday.Origin {
        official[nation]?[year]?.first?.origin ?? .computed
    }

    /// Calls `body` with the day number of each distinct holiday day from `start` through
    /// `end` (day numbers, both included), in ascending order, without building holiday values
    /// inside the precomputed years; for counting working days in O(holidays in range).
    func forEachHolidayDayNumber(from start: Int, through end: Int, nation: Nation, _ body: (Int) -> Void) {
        guard start <= end else { return }
        let index = dayIndex(nation)
        let indexEnd = index.firstDayNumber + index.dayCount
        var last = Int.min
        func computed(from low: Int, through high: Int) {
            let years = CalendarDay(dayNumber: low).year...CalendarDay(dayNumber: high).year
            for year in years {
                for holiday in holidays(in: year, nation: nation) {
                    let dayNumber = holiday.date.dayNumber
                    if dayNumber >= low, dayNumber <= high, dayNumber != last {
                        last = dayNumber
                        body(dayNumber)
                    }
                }
            }
        }
        if start < index.firstDayNumber {
            computed(from: start, through: min(end, index.firstDayNumber - 1))
        }
        let low = max(start, index.firstDayNumber)
        let high = min(end, indexEnd - 1)
        if low <= high {
            var position = index.firstPosition(onOrAfter: low)
            while position < index.sortedDays.count, index.sortedDays[position] <= high {
                body(index.sortedDays[position])
                position += 1
            }
        }
        if end >= indexEnd {
            computed(from: max(start, indexEnd), through: end)
        }
    }

    /// The precomputed days of a nation.
    private func dayIndex(_ nation: Nation) -> DayIndex {
        switch nation {
        case .englandAndWales: englandAndWalesDays
        case .scotland: scotlandDays
        case .northernIreland: northernIrelandDays
        }
    }

    /// The official list for the nation-year if a file covers it, else the computed one.
    private static func holidays(in year: Int, nation: Nation, official: [Nation: [Int: [BankHoliday]]]) -> [BankHoliday] {
        official[nation]?[year] ?? StatutoryBankHolidays.holidays(in: year, nation: nation)
    }
}
