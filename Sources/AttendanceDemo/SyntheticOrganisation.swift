import AttendanceRules
import AttendanceStore
import Foundation

/// A large, realistic synthetic organisation for `attend init --generate`: managers with teams
/// of 8 to 15 in all three nations, about a fifth part-time, start dates spread over the years,
/// and `years` of history ending on `today` with absence frequencies as seen in practice (many
/// short sickness spells, a few long ones, annual and special leave), calls, fit notes, contacts,
/// return-to-work interviews, stages with warnings, appeals and meetings.
///
/// Pure and deterministic: no I/O and no clock. The same inputs give the same documents, and
/// employee `i` draws from its own random stream (from the seed and `i`), so its document does
/// not depend on the others. Employees are generated in parallel.
public enum SyntheticOrganisation {
    /// The organisation's name unless one is given.
    public static let defaultName = "Synthetic organisation"
    /// The largest organisation `attend init --generate` makes.
    public static let maximumEmployees = 200_000
    /// The longest history, in years.
    public static let maximumYears = 30

    /// Generates the organisation document and one document per employee (ids `e00001` ...).
    ///
    /// - Parameters:
    ///   - employees: how many employees (managers are extra and are not employees).
    ///   - years: the years of history ending on `today`.
    ///   - seed: varies everything; the same seed gives byte-identical documents.
    ///   - today: the last day of the history; only meetings lie after it (and forward-looking
    ///     dates: a fit note running on, an expected return, a review period's end).
    ///   - policy: the organisation's policy: stage ids, meeting kinds, certification and
    ///     interview prompts come from it, and stages follow its triggers.
    ///   - holidays: the bank holidays, for working days in each nation.
    ///   - name: the organisation's name.
    public static func generate(employees: Int, years: Int, seed: UInt64, today: CalendarDay, policy: PolicyProfile,
                                holidays: BankHolidayCalendar, name: String = defaultName) -> (OrganisationDocument, [EmployeeDocument]) {
        let count = max(0, employees)
        let layout = SyntheticLayout(employees: count, seed: seed)
        let organisation = OrganisationDocument(name: name, policy: policy.id, nation: .englandAndWales, workingWeek: .mondayToFriday,
                                                managers: layout.managers, teams: layout.teams)
        let context = SyntheticContext(today: today, years: max(1, years), seed: seed, policy: policy, holidays: holidays,
                                       idWidth: max(5, String(count).count))
        let chunkSize = 256
        let chunks = (count + chunkSize - 1) / chunkSize
        let slots = SyntheticSlots(count: chunks)
        let work = { @Sendable (chunk: Int) in
            let range = (chunk * chunkSize)..<min(count, (chunk + 1) * chunkSize)
            slots.set(chunk, range.map { index in
                let team = layout.teamOf[index]
                var builder = SyntheticEmployeeBuilder(context: context, index: index, team: layout.teams[team],
                                                       nation: layout.teamNations[team], managerName: layout.managerNames[team],
                                                       place: layout.places[team])
                return builder.build()
            })
        }
        if chunks <= 1 {
            for chunk in 0..<chunks { work(chunk) }
        } else {
            DispatchQueue.concurrentPerform(iterations: chunks, execute: work)
        }
        return (organisation, slots.all)
    }
}

/// The teams, their managers and where they are; which team each employee is in. Depends only
/// on the number of employees and the seed.
struct SyntheticLayout: Sendable {
    var managers: [Manager] = []
    var teams: [Team] = []
    var teamNations: [Nation] = []
    var managerNames: [String] = []
    var places: [String] = []
    /// The team index of each employee.
    var teamOf: [Int] = []

    init(employees: Int, seed: UInt64) {
        var rng = SplitMix64(seed: SyntheticContext.streamSeed(seed, 0x7EA4, 0))
        var sizes: [Int] = []
        var remaining = employees
        while remaining > 0 {
            let size = min(remaining, rng.int(in: 8...15))
            sizes.append(size)
            remaining -= size
        }
        // A last team under 8 is shared out among the teams before it, latest first, while they
        // have room: the earlier teams (and so their employees) do not depend on the total.
        if sizes.count > 1, let last = sizes.last, last < 8 {
            sizes.removeLast()
            var extra = last
            var team = sizes.count - 1
            while extra > 0 && team >= 0 {
                let room = min(extra, 15 - sizes[team])
                sizes[team] += room
                extra -= room
                team -= 1
            }
            if extra > 0 { sizes.append(extra) }
        }
        let width = max(4, String(sizes.count).count)
        teamOf.reserveCapacity(employees)
        for (index, size) in sizes.enumerated() {
            var teamRng = SplitMix64(seed: SyntheticContext.streamSeed(seed, 0x7EA5, UInt64(index)))
            let nation = Self.nation(ofTeam: index)
            let town: String = switch nation {
            case .scotland: teamRng.pick(SyntheticNames.scotlandPlaces)
            case .northernIreland: teamRng.pick(SyntheticNames.northernIrelandPlaces)
            case .englandAndWales: teamRng.pick(SyntheticNames.englandAndWalesPlaces)
            }
            let number = String(index + 1).leftPadded(to: width)
            let managerName = SyntheticNames.name(&teamRng)
            let manager = Manager(id: "m\(number)", name: managerName)
            managers.append(manager)
            teams.append(Team(id: "t\(number)", name: "\(teamRng.pick(SyntheticNames.functions)) \(index + 1) (\(town))", managerId: manager.id))
            teamNations.append(nation)
            managerNames.append(managerName)
            places.append("\(town) office, meeting room \(teamRng.int(in: 1...9))")
            teamOf += repeatElement(index, count: size)
        }
    }

    /// Of every 20 teams, 17 in England and Wales, 2 in Scotland and 1 in Northern Ireland.
    static func nation(ofTeam index: Int) -> Nation {
        switch index % 20 {
        case 3, 13: .scotland
        case 7: .northernIreland
        default: .englandAndWales
        }
    }
}

/// Results filled in by chunk from several threads, each chunk written once.
final class SyntheticSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [[EmployeeDocument]]

    init(count: Int) {
        slots = Array(repeating: [], count: count)
    }

    func set(_ index: Int, _ value: [EmployeeDocument]) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var all: [EmployeeDocument] {
        lock.lock()
        defer { lock.unlock() }
        return slots.flatMap { $0 }
    }
}

extension String {
    /// The string with leading zeros up to `width` characters.
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
