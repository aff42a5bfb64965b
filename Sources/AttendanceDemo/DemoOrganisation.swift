import AttendanceRules
import AttendanceStore

/// A realistic demo organisation for `attend init --demo`: three managers, about 35 people in
/// teams in England, Wales, Scotland and Northern Ireland, and two years of absences ending on
/// `today`, so that every screen has something true to show.
///
/// Pure and deterministic: no I/O and no clock. The same `today`, policy, bank holidays and
/// seed always give the same documents.
public enum DemoOrganisation {
    /// The seed `attend init --demo` uses unless told otherwise.
    public static let defaultSeed: UInt64 = 20_161_001
    /// The demo organisation's name unless one is given.
    public static let defaultName = "Riverside Shared Services (demo)"
    /// The normal start of the working day in the demo, 09:00, for judging whether a call was late.
    public static let normalStartMinute = 9 * 60

    /// The managers: one in Stoke-on-Trent, one in Cardiff (who runs the Belfast and Cardiff
    /// team), one in Glasgow.
    public static let managers = [
        Manager(id: "priya-raman", name: "Priya Raman", role: "Team Leader"),
        Manager(id: "rhiannon-evans", name: "Rhiannon Evans", role: "Team Leader"),
        Manager(id: "mairi-macleod", name: "Mairi MacLeod", role: "Team Leader"),
    ]

    public static let teams = [
        Team(id: "customer-contact", name: "Customer Contact (Stoke-on-Trent)", managerId: "priya-raman"),
        Team(id: "revenues-benefits", name: "Revenues and Benefits (Belfast and Cardiff)", managerId: "rhiannon-evans"),
        Team(id: "housing-support", name: "Housing Support (Glasgow)", managerId: "mairi-macleod"),
    ]

    /// Generates the organisation document and one document per employee.
    ///
    /// - Parameters:
    ///   - today: the last day of the two years of history; only meetings lie after it (and
    ///     forward-looking dates: a fit note running on, an expected return, a review period's end).
    ///   - policy: the organisation's policy; stage ids, meeting kinds, certificate rules and
    ///     interview prompts come from it, and meetings are booked so they pass its checks.
    ///   - holidays: the bank holidays, for working days in each nation.
    ///   - seed: varies the background absences, leave, start dates and call times.
    ///   - nation: the organisation's nation; employees elsewhere carry their own.
    ///   - name: the organisation's name.
    public static func generate(today: CalendarDay, policy: PolicyProfile, holidays: BankHolidayCalendar,
                                seed: UInt64 = defaultSeed, nation: Nation = .englandAndWales,
                                name: String = defaultName) -> (OrganisationDocument, [EmployeeDocument]) {
        let context = DemoContext(today: today, policy: policy, holidays: holidays)
        let organisation = OrganisationDocument(name: name, policy: policy.id, nation: nation, workingWeek: .mondayToFriday,
                                                managers: managers, teams: teams)
        let employees = people.map { person in
            let team = teams[person.team]
            let manager = managers.first { $0.id == team.managerId }?.name ?? team.managerId
            var builder = EmployeeBuilder(context: context, person: person, organisationNation: nation, managerName: manager,
                                          place: place(for: person), seed: seed)
            builder.tellStory()
            if !person.role.scriptedSickness {
                builder.addBackgroundSickness(recent: true)
            }
            builder.addAnnualLeave()
            return builder.finish()
        }
        return (organisation, employees)
    }

    /// Where the person's meetings are held.
    static func place(for person: DemoPerson) -> String {
        switch (person.team, person.home) {
        case (_, .scotland): "Bothwell Street office, meeting room 3, Glasgow"
        case (_, .northernIreland): "Lanyon House, room 4.2, Belfast"
        case (1, _): "Cardiff office, Ystafell Taf (room 2)"
        default: "Civic Offices, room 2.14, Stoke-on-Trent"
        }
    }

    /// Everyone, by team. Names reflect the UK's mix: Welsh, Scottish Gaelic, Irish, Polish,
    /// Chinese (as the person writes it), South Asian and West African names among others.
    static let people: [DemoPerson] = [
        // Customer Contact, Stoke-on-Trent (England and Wales): 13.
        DemoPerson("oliver-bennett", "Oliver Bennett", team: 0, home: .englandAndWales, role: .stageTwoWithAppeal),
        DemoPerson("aisha-begum", "Aisha Begum", team: 0, home: .englandAndWales, role: .liveStageOne),
        DemoPerson("wang-xiaoming", "王小明 (Wang Xiaoming)", team: 0, home: .englandAndWales,
                   leave: [DemoLeave(.medicalAppointment, daysAgo: 220, firstDayWorked: 0.5)]),
        DemoPerson("jack-thompson", "Jack Thompson", team: 0, home: .englandAndWales, role: .newlyAtStageOne),
        DemoPerson("harpreet-kaur", "Harpreet Kaur", team: 0, home: .englandAndWales, role: .pregnancy),
        DemoPerson("tomasz-wisniewski", "Tomasz Wiśniewski", team: 0, home: .englandAndWales, role: .industrialInjury),
        DemoPerson("chidi-okafor", "Chidi Okafor", team: 0, home: .englandAndWales, pattern: .mondayToWednesday, role: .disability),
        DemoPerson("grace-oconnor", "Grace O'Connor", team: 0, home: .englandAndWales,
                   leave: [DemoLeave(.juryService, daysAgo: 260, workingDays: 10)]),
        DemoPerson("mohammed-iqbal", "Mohammed Iqbal", team: 0, home: .englandAndWales, role: .backYesterday),
        DemoPerson("sophie-clarke", "Sophie Clarke", team: 0, home: .englandAndWales, pattern: .fourDaysShortFriday, role: .partDayMostly),
        DemoPerson("emily-walsh", "Emily Walsh", team: 0, home: .englandAndWales, startedMonthsAgo: 8),
        DemoPerson("kwame-mensah", "Kwame Mensah", team: 0, home: .englandAndWales, role: .infectiousDisease),
        DemoPerson("amelia-hughes", "Amelia Hughes", team: 0, home: .englandAndWales,
                   leave: [DemoLeave(.bereavement, daysAgo: 160, workingDays: 3)]),
        // Revenues and Benefits, Belfast (Northern Ireland) and Cardiff (Wales): 11.
        DemoPerson("sian-llyr", "Siân Llŷr", team: 1, home: .englandAndWales, pattern: .tuesdayThursday,
                   leave: [DemoLeave(.dependants, daysAgo: 70)]),
        DemoPerson("dafydd-ap-gwilym", "Dafydd ap Gwilym", team: 1, home: .englandAndWales, role: .lapsedStageOne),
        DemoPerson("gwenllian-prys", "Gwenllian Prys", team: 1, home: .englandAndWales, role: .interviewDraft),
        DemoPerson("aoife-ni-bhriain", "Aoife Ní Bhriain", team: 1, home: .northernIreland, role: .longTerm),
        DemoPerson("padraig-o-suilleabhain", "Pádraig Ó Súilleabháin", team: 1, home: .northernIreland, role: .textReport),
        DemoPerson("ciaran-mcaleese", "Ciarán McAleese", team: 1, home: .northernIreland, role: .partDayQuarter),
        DemoPerson("orla-devlin", "Orla Devlin", team: 1, home: .northernIreland, pattern: .shortDays,
                   leave: [DemoLeave(.compassionate, daysAgo: 95, workingDays: 2)]),
        DemoPerson("niamh-gallagher", "Niamh Gallagher", team: 1, home: .northernIreland),
        DemoPerson("ruth-montgomery", "Ruth Montgomery", team: 1, home: .northernIreland,
                   leave: [DemoLeave(.medicalAppointment, daysAgo: 50, firstDayWorked: 0.5)]),
        DemoPerson("connor-doherty", "Connor Doherty", team: 1, home: .northernIreland, startedMonthsAgo: 14),
        DemoPerson("eilis-ni-cheallaigh", "Eilís Ní Cheallaigh", team: 1, home: .northernIreland, pattern: .mondayToWednesday),
        // Housing Support, Glasgow (Scotland): 11.
        DemoPerson("eilidh-nicleoid", "Eilidh NicLeòid", team: 2, home: .scotland),
        DemoPerson("ruairidh-macaoidh", "Ruairidh MacAoidh", team: 2, home: .scotland, role: .offSickToday),
        DemoPerson("catriona-nicdhomhnaill", "Catrìona NicDhòmhnaill", team: 2, home: .scotland, pattern: .fourDaysShortFriday),
        DemoPerson("calum-stewart", "Calum Stewart", team: 2, home: .scotland, role: .longerSpell),
        DemoPerson("fiona-campbell", "Fiona Campbell", team: 2, home: .scotland, leave: [DemoLeave(.specialLeave, daysAgo: 130)]),
        DemoPerson("iain-maciver", "Iain MacIver", team: 2, home: .scotland),
        DemoPerson("morag-fraser", "Morag Fraser", team: 2, home: .scotland, pattern: .mondayToWednesday),
        DemoPerson("rory-paterson", "Rory Paterson", team: 2, home: .scotland),
        DemoPerson("priyanka-sharma", "Priyanka Sharma", team: 2, home: .scotland, leave: [DemoLeave(.dependants, daysAgo: 33)]),
        DemoPerson("kirsty-ferguson", "Kirsty Ferguson", team: 2, home: .scotland),
        DemoPerson("lewis-sinclair", "Lewis Sinclair", team: 2, home: .scotland),
    ]
}
