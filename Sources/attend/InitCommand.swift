import AttendanceDemo
import AttendanceRules
import AttendanceStore
import ArgumentParser
import Foundation

/// `attend init`: creates a store, empty, filled with the demo organisation, or (`--generate`)
/// with a large synthetic one.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a store: an empty organisation, or with --demo a realistic one to explore.",
        discussion: """
            Creates the store folder (--store, else $ATTEND_STORE, else $XDG_DATA_HOME/attend, \
            else ~/.local/share/attend) with the organisation's policy and nation. Refuses, \
            changing nothing, if a store is already there.

            --demo fills it with a made-up organisation: three managers (Stoke-on-Trent, \
            Cardiff, Glasgow) and about 35 people in England, Wales, Scotland and Northern \
            Ireland, some part-time, with two years of absences ending today (or --today): \
            short and long spells, part days, pregnancy- and disability-related absences, \
            annual and special leave, a long-term case, live and lapsed warnings, an appeal, \
            meetings booked with valid notice and return-to-work interviews. The same --seed \
            and --today always give the same store.

            --generate N builds a large synthetic organisation instead (for scale and speed): N \
            employees (1 to 200000) in teams of 8 to 15 in all three nations, about a fifth \
            part-time, with --years of history (1 to 30, default 10) ending today (or --today): \
            many short sickness spells and a few long ones, annual and special leave, calls, fit \
            notes, interviews, stages with warnings, appeals and meetings. The same --seed, \
            --years and --today always give the same store. --generate and --demo cannot be \
            used together.

            Running attend with no store suggests creating the demo one: \
            attend init --demo --store DIR.
            """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: ArgumentHelp("The organisation's policy profile (`attend policies` lists them).", valueName: "id"))
    var policy = "newcastle-2016"

    @Option(help: ArgumentHelp("The organisation's nation, for bank holidays: england-and-wales, scotland or northern-ireland.", valueName: "nation"))
    var nation = Nation.englandAndWales.id

    @Option(help: ArgumentHelp("The organisation's name (default: \"My organisation\", or the demo's name with --demo).", valueName: "name"))
    var name: String?

    @Flag(help: "Fill the store with a realistic demo organisation.")
    var demo = false

    @Option(help: ArgumentHelp("Fill the store with a synthetic organisation of this many employees (1 to 200000).", valueName: "employees"))
    var generate: Int?

    @Option(help: ArgumentHelp("With --generate: the years of history (1 to 30).", valueName: "n"))
    var years: Int?

    @Option(help: ArgumentHelp("The seed for --demo's background absences or --generate's organisation (the same seed and --today give the same store).", valueName: "n"))
    var seed: UInt64?

    func validate() throws {
        if generate != nil && demo {
            throw ValidationError("--generate and --demo cannot be used together; choose one")
        }
        if let generate, !(1...SyntheticOrganisation.maximumEmployees).contains(generate) {
            throw ValidationError("--generate \(generate) is out of range; give a number of employees from 1 to \(SyntheticOrganisation.maximumEmployees)")
        }
        if let years {
            guard generate != nil else { throw ValidationError("--years goes with --generate") }
            guard (1...SyntheticOrganisation.maximumYears).contains(years) else {
                throw ValidationError("--years \(years) is out of range; give a number of years from 1 to \(SyntheticOrganisation.maximumYears)")
            }
        }
    }

    func run() throws {
        try Parsing.checkText(name, option: "--name", limit: TextRules.nameLimit)
        if let generate {
            try runGenerate(employees: generate)
            return
        }
        let created = try Self.createStore(storeOptions: storeOptions, policy: policy, nation: nation, name: name, demo: demo,
                                           seed: seed ?? DemoOrganisation.defaultSeed)
        print(report(organisation: created.organisation, employees: created.employees, profile: created.profile, today: created.today))
    }

    /// `--generate`: builds the synthetic organisation, writes the store and says how long each took.
    func runGenerate(employees count: Int) throws {
        let store = try Self.placeToCreate(storeOptions)
        let profile = try storeOptions.data.policy(policy)
        let today = try storeOptions.day()
        if let name, name.trimmingCharacters(in: .whitespaces).isEmpty {
            throw BadInput("--name is empty; give the organisation's name")
        }
        if nation != Nation.englandAndWales.id {
            _ = try Parsing.nation(nation)
        }
        let holidays = try storeOptions.data.holidays()
        let years = self.years ?? 10
        let seed = self.seed ?? DemoOrganisation.defaultSeed
        let started = DispatchTime.now().uptimeNanoseconds
        var (organisation, employees) = SyntheticOrganisation.generate(
            employees: count, years: years, seed: seed, today: today, policy: profile, holidays: holidays,
            name: name ?? "\(SyntheticOrganisation.defaultName) (\(count) employees, seed \(seed))")
        let generated = DispatchTime.now().uptimeNanoseconds
        organisation.nation = try Parsing.nation(nation)
        if organisation.nation != .englandAndWales {
            // Employees carry their nation only when it differs from the organisation's.
            for index in employees.indices {
                let own: Nation = employees[index].nation ?? .englandAndWales
                employees[index].nation = own == organisation.nation ? nil : own
            }
        }
        do {
            try store.create(organisation, employees: employees, actor: storeOptions.who)
            SavedChanges.shared.note("a new store at \(store.location)")
        } catch {
            throw BadInput("\(error)")
        }
        let written = DispatchTime.now().uptimeNanoseconds
        func seconds(_ from: UInt64, _ to: UInt64) -> String { String(format: "%.2f s", Double(to - from) / 1e9) }
        var absences = 0, sickness = 0, calls = 0, fitNotes = 0, contacts = 0, interviews = 0, stages = 0, meetings = 0, partTime = 0
        var nations: [String: Int] = [:]
        for employee in employees {
            absences += employee.absences.count
            sickness += employee.absences.lazy.filter { $0.type == .sickness }.count
            calls += employee.sicknessCalls.count
            fitNotes += employee.fitNotes.count
            contacts += employee.contacts.count
            interviews += employee.interviews.count
            stages += employee.stages.count
            meetings += employee.meetings.count
            if employee.pattern.isPartTime(relativeTo: organisation.workingWeek) { partTime += 1 }
            nations[(employee.nation ?? organisation.nation).name, default: 0] += 1
        }
        let nationText = nations.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        let storeFlag = storeOptions.store.map { " --store \(Self.shellQuoted($0))" } ?? ""
        let asOf = storeOptions.today.map { " --today \($0)" } ?? ""
        let plural = years == 1 ? "" : "s"
        let lines: [String] = [
            "Created a synthetic store at \(store.location)",
            "  organisation: \(organisation.name)",
            "  policy: \(profile.id) (\(profile.name))",
            "  \(employees.count) employees (\(partTime) part-time) in \(organisation.teams.count) teams under \(organisation.managers.count) managers, \(years) year\(plural) of history to \(today.iso)",
            "  nations: \(nationText)",
            "  records: \(absences) absences (\(sickness) sickness), \(calls) calls, \(fitNotes) fit notes, \(contacts) contacts, \(interviews) interviews, \(stages) stages, \(meetings) meetings",
            "  generated in \(seconds(started, generated)), written in \(seconds(generated, written)) (\(seconds(started, written)) in all)",
            "",
            "Next: attend triggers\(storeFlag)\(asOf)",
        ]
        print(lines.joined(separator: "\n"))
    }

    /// What `createStore` made.
    struct CreatedStore {
        let organisation: OrganisationDocument
        let employees: [EmployeeDocument]
        let profile: PolicyProfile
        let today: CalendarDay
    }

    /// Creates the store at `storeOptions`' location, empty or (`demo`) with the demo
    /// organisation; refuses, changing nothing, if a store is already there. Shared by
    /// `attend init` and the terminal UI's offer to create the demo.
    static func createStore(storeOptions: StoreOptions, policy: String = "newcastle-2016", nation: String = Nation.englandAndWales.id,
                            name: String? = nil, demo: Bool, seed: UInt64 = DemoOrganisation.defaultSeed) throws -> CreatedStore {
        let store = try placeToCreate(storeOptions)
        let profile = try storeOptions.data.policy(policy)
        let organisationNation = try Parsing.nation(nation)
        let today = try storeOptions.day()
        if let name, name.trimmingCharacters(in: .whitespaces).isEmpty {
            throw BadInput("--name is empty; give the organisation's name")
        }

        let organisation: OrganisationDocument
        let employees: [EmployeeDocument]
        if demo {
            let holidays = try storeOptions.data.holidays()
            (organisation, employees) = DemoOrganisation.generate(
                today: today, policy: profile, holidays: holidays, seed: seed, nation: organisationNation,
                name: name ?? DemoOrganisation.defaultName)
        } else {
            organisation = OrganisationDocument(name: name ?? "My organisation", policy: profile.id, nation: organisationNation)
            employees = []
        }
        do {
            try store.create(organisation, employees: employees, actor: storeOptions.who)
            SavedChanges.shared.note("a new store at \(store.location)")
        } catch {
            throw BadInput("\(error)")
        }
        return CreatedStore(organisation: organisation, employees: employees, profile: profile, today: today)
    }

    /// The store to create, checked first: a folder only where it is missing or empty (never a
    /// damaged store, someone's files or a link); a database only where it holds no attend
    /// store (its schema is applied first, as `attend store migrate` would).
    static func placeToCreate(_ storeOptions: StoreOptions) throws -> any RecordStore {
        let store = try storeOptions.recordStore()
        if storeOptions.isServer {
            if try storeOptions.storeExists() {
                throw BadInput("the database at \(store.location) already holds an attend store; nothing was changed (`attend store copy` refuses a store that is not empty too)")
            }
        } else if let refusal = StorePlace.refusalToCreate(at: storeOptions.location) {
            throw BadInput(refusal)
        }
        return store
    }

    /// Where the store is and what to do next.
    func report(organisation: OrganisationDocument, employees: [EmployeeDocument], profile: PolicyProfile, today: CalendarDay) -> String {
        let store = storeOptions.store.map { " --store \(Self.shellQuoted($0))" } ?? ""
        let asOf = storeOptions.today.map { " --today \($0)" } ?? ""
        var lines = [
            "Created \(demo ? "the demo store" : "a store") at \(storeOptions.location)",
            "  organisation: \(organisation.name)",
            "  policy: \(profile.id) (\(profile.name))",
            "  nation: \(organisation.nation.name)",
        ]
        if demo {
            let nations = Set(employees.map { ($0.nation ?? organisation.nation).name }).sorted().joined(separator: ", ")
            lines.append("  \(employees.count) employees in \(organisation.teams.count) teams (\(nations)), with two years of history to \(today.iso)")
            lines += [
                "",
                "Next: who is in it, who has reached a trigger point and why, what is due this week:",
                "  attend employee list\(store)",
                "  attend triggers\(store)\(asOf)",
                "  attend triggers --week\(store)\(asOf)",
                "  attend validate\(store)",
            ]
            if storeOptions.today != nil {
                lines.append("The demo is as of \(today.iso): pass --today \(today.iso) to see it as it was made.")
            }
        } else {
            lines += [
                "",
                "Next:",
                "  attend employee add\(store) --id ID --name NAME [--works mon,tue,...] [--start DATE]",
                "  attend sickness call\(store) --employee ID --first-day DATE",
                "  attend triggers\(store)",
                "Or explore a made-up organisation first: attend init --demo --store DIR (another folder).",
            ]
        }
        return lines.joined(separator: "\n")
    }

    /// A path as it can be pasted into a POSIX shell: unchanged when it has only safe
    /// characters, else in single quotes.
    static func shellQuoted(_ text: String) -> String {
        let safe = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/._-+:,@%=")
        if !text.isEmpty, text.allSatisfy({ safe.contains($0) }) { return text }
        return "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
