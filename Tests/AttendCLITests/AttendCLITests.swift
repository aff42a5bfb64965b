import Foundation
import TestSupport
import Testing

/// The real `attend` binary, run as a script would run it.
@Suite struct AttendCLITests {
    typealias Run = AttendBinary.Run

    /// The `attend` built next to this test bundle.
    static func binary() -> URL { AttendBinary.url() }

    /// Runs the `attend` built next to this test bundle.
    static func attend(_ arguments: [String]) throws -> Run { try AttendBinary.run(arguments) }

    @Test func workdaysCountsAcrossChristmasBothEndsIncluded() throws {
        let run = try Self.attend(["workdays", "--from", "2026-12-21", "--to", "2027-01-04"])
        #expect(run.status == 0)
        #expect(run.out == "8\n")
    }

    @Test func workdaysAddsAcrossEasterPerNation() throws {
        // From Wed 24 Mar 2027, 3 working days: E&W skips Good Friday and Easter Monday → Wed 31 Mar; Scotland only Good Friday → Tue 30 Mar.
        #expect(try Self.attend(["workdays", "--from", "2027-03-24", "--add", "3"]).out == "2027-03-31\n")
        #expect(try Self.attend(["workdays", "--from", "2027-03-24", "--add", "3", "--nation", "scotland"]).out == "2027-03-30\n")
    }

    @Test func impossibleDateIsBadInputNamingTheOption() throws {
        let run = try Self.attend(["workdays", "--from", "2026-02-30", "--to", "2026-03-02"])
        #expect(run.status == 2)
        #expect(run.err.contains("--from '2026-02-30' is not a date; expected YYYY-MM-DD"))
    }

    @Test func unknownNationIsBadInputListingTheNations() throws {
        let run = try Self.attend(["workdays", "--from", "2026-01-05", "--to", "2026-01-09", "--nation", "wales"])
        #expect(run.status == 2)
        #expect(run.err.contains("england-and-wales, scotland, northern-ireland"))
    }

    @Test func missingOptionIsExitTwoNotSixtyFour() throws {
        #expect(try Self.attend(["workdays", "--to", "2026-01-09"]).status == 2)
    }

    @Test func meetingCheckExitsOneWhenNoticeIsShortAndPrintsTheJSONShape() throws {
        let run = try Self.attend(["meeting", "check", "--policy", "newcastle-2016", "--kind", "stage1",
                                   "--notice-given", "2026-11-23T10:00", "--meeting", "2026-11-25T09:00", "--json"])
        #expect(run.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any]
        #expect(object?["ok"] as? Bool == false)
        #expect(object?["earliestValid"] as? String == "2026-11-25T10:00")
        let checks = object?["checks"] as? [[String: Any]]
        #expect(checks?.first?["source"] as? String == "NUL16 s21.2.1 [002:1270]")
        let keys = Set(checks?.first?.keys.map { $0 } ?? [])
        #expect(keys.isSuperset(of: ["rule", "source", "ok", "required", "actual"]))
    }

    @Test func meetingCheckExitsZeroWhenEveryCheckPasses() throws {
        let run = try Self.attend(["meeting", "check", "--policy", "cafcass-2017", "--kind", "stage1",
                                   "--notice-given", "2026-11-02T09:00", "--meeting", "2026-11-12T10:00"])
        #expect(run.status == 0, "\(run.out)")
        #expect(run.out.contains("PASS"))
    }

    @Test func unknownMeetingKindNamesTheKindsThePolicyHas() throws {
        let run = try Self.attend(["meeting", "check", "--policy", "cafcass-2017", "--kind", "asm",
                                   "--notice-given", "2026-11-02T09:00", "--meeting", "2026-11-12T10:00"])
        #expect(run.status == 2)
        #expect(run.err.contains("stage1") && run.err.contains("appeal"))
    }

    @Test func unknownPolicyNamesThePolicies() throws {
        let run = try Self.attend(["policy", "show", "newcastle"])
        #expect(run.status == 2)
        #expect(run.err.contains("newcastle-2016") && run.err.contains("police-asm"))
    }

    @Test func policiesJSONListsTheFiveProfilesAndTheirTriggerIds() throws {
        let run = try Self.attend(["policies", "--json"])
        let rows = try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [[String: Any]] ?? []
        let byId = Dictionary(uniqueKeysWithValues: rows.compactMap { row in (row["id"] as? String).map { ($0, row) } })
        #expect(Set(byId.keys) == ["newcastle-2016", "newcastle-2008", "notts-police-2019", "police-asm", "cafcass-2017"])
        #expect(byId["newcastle-2016"]?["triggers"] as? [String] == ["bradford-150", "bradford-500", "bradford-875", "long-term"])
        #expect(byId["notts-police-2019"]?["triggers"] as? [String] == ["asm-occasions-2", "asm-period-10", "stage1-occasions-3"])
    }

    @Test func aNewerBankHolidayFileWinsForTheYearsItCovers() throws {
        // A user file that declares 2027-06-07 a one-off England-and-Wales holiday (and keeps the rest of 2027).
        let shipped = try Self.attend(["bank-holidays", "--year", "2027"]).out
        #expect(!shipped.contains("2027-06-07"))
        var events = shipped.split(separator: "\n").map { line -> String in
            let parts = line.split(separator: " ", maxSplits: 1)
            return "{\"title\":\"x\",\"date\":\"\(parts[0])\",\"notes\":\"\",\"bunting\":true}"
        }
        events.append("{\"title\":\"One-off\",\"date\":\"2027-06-07\",\"notes\":\"\",\"bunting\":true}")
        let json = "{\"england-and-wales\":{\"division\":\"england-and-wales\",\"events\":[\(events.joined(separator: ","))]}}"
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("attend-bh-\(UUID().uuidString).json")
        try Data(json.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try Self.attend(["workdays", "--from", "2027-06-07", "--to", "2027-06-11", "--bank-holidays", file.path])
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out == "4\n")
    }

    @Test func evaluateExplainsTriggersAndRefusesOverlaps() throws {
        let dir = FileManager.default.temporaryDirectory
        let good = dir.appendingPathComponent("attend-eval-\(UUID().uuidString).json")
        try Data("""
            {"absences":[{"type":"sickness","from":"2026-06-01","to":"2026-06-04"},{"type":"sickness","from":"2026-07-06","to":"2026-07-07"},
            {"type":"sickness","from":"2026-09-07","to":"2026-09-08"},{"type":"sickness","from":"2026-10-05","to":"2026-10-06"}]}
            """.utf8).write(to: good)
        defer { try? FileManager.default.removeItem(at: good) }
        let run = try Self.attend(["evaluate", "--policy", "newcastle-2016", "--input", good.path, "--as-of", "2026-11-20", "--json"])
        #expect(run.status == 0, "\(run.err)")
        let object = try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any]
        #expect(object?["bradford"] as? Double == 160)
        #expect(object?["triggersHit"] as? [String] == ["bradford-150"])

        let bad = dir.appendingPathComponent("attend-eval-\(UUID().uuidString).json")
        try Data(#"{"absences":[{"type":"sickness","from":"2026-03-02","to":"2026-03-05"},{"type":"sickness","from":"2026-03-04"}]}"#.utf8).write(to: bad)
        defer { try? FileManager.default.removeItem(at: bad) }
        let refused = try Self.attend(["evaluate", "--policy", "newcastle-2016", "--input", bad.path])
        #expect(refused.status == 2)
        #expect(refused.err.contains("overlap"))
    }

    /// Writes `json` to a temporary file and runs `attend evaluate` on it.
    static func evaluate(_ json: String, _ extra: [String]) throws -> Run {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("attend-eval-\(UUID().uuidString).json")
        try Data(json.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return try Self.attend(["evaluate", "--input", file.path] + extra)
    }

    @Test func evaluateCountsAnUncountedFridayPartDayAsNothing() throws {
        let run = try Self.evaluate(#"{"absences":[{"type":"sickness","from":"2026-11-06","to":"2026-11-09","firstDayWorkedFraction":0.75}]}"#,
                                    ["--policy", "newcastle-2016", "--as-of", "2026-11-20"])
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.contains("1 spell, 1 calendar days, 1 working days, Bradford 1"), "\(run.out)")
        #expect(run.out.contains("1 day not counted: part day: 75% of the day worked, at least 50%"))
    }

    @Test func evaluateDatesTheSelfCertificateFromTheFirstDayBackAndChecksFitNoteCover() throws {
        let json = #"{"absences":[{"type":"sickness","from":"2026-11-02"}],"facts":{"fitNotes":[{"from":"2026-11-11","to":"2026-11-20","received":"2026-11-11"}]}}"#
        let run = try Self.evaluate(json, ["--policy", "notts-police-2019", "--as-of", "2026-11-20", "--json"])
        #expect(run.status == 0, "\(run.err)")
        let object = try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any]
        let duties = object?["duties"] as? [[String: Any]] ?? []
        #expect(duties.first { $0["id"] as? String == "fit-note" }?["status"] as? String == "overdue")
        #expect(duties.contains { ($0["title"] as? String) == "No fit note covers 09/11/2026 to 10/11/2026" })
        let refused = try Self.evaluate(#"{"absences":[{"type":"sickness","from":"2026-11-02"}],"facts":{"fitNoteReceivedOn":"2026-11-11"}}"#,
                                        ["--policy", "notts-police-2019"])
        #expect(refused.status == 2)
        #expect(refused.err.contains("facts.fitNotes"))
    }

    @Test func aMeetingOnChristmasDayNeverPassesBesideALaterEarliestTime() throws {
        let run = try Self.attend(["meeting", "check", "--policy", "newcastle-2016", "--kind", "stage1", "--place", "Room 2",
                                   "--notice-given", "2026-12-23T16:00", "--meeting", "2026-12-25T16:00"])
        #expect(run.status == 1)
        #expect(!run.out.contains("All checks pass"))
        #expect(run.out.contains("29/12/2026 09:00"), "\(run.out)")
        let tbc = try Self.attend(["meeting", "check", "--policy", "newcastle-2016", "--kind", "stage1", "--place", "TBC",
                                   "--notice-given", "2026-11-23T09:00", "--meeting", "2026-11-26T10:00"])
        #expect(tbc.status == 1)
        let rtw = try Self.attend(["meeting", "check", "--policy", "cafcass-2017", "--kind", "rtw", "--notice-given", "2026-11-16T09:00",
                                   "--meeting", "2026-11-18T10:00", "--returned", "2026-11-18", "--json"])
        let object = try JSONSerialization.jsonObject(with: Data(rtw.out.utf8)) as? [String: Any]
        #expect(object?["earliestValid"] as? String == "2026-11-18T09:00")
    }
}

/// The store commands, driven as a script would drive them, on a fresh store each time.
@Suite struct StoreCommandTests {
    /// A new empty store folder with an organisation document (as `attend init` writes it).
    static func newStore() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("attend-cli-\(UUID().uuidString)").path
        let run = try AttendCLITests.attend(["init", "--store", dir, "--today", "2026-11-20"])
        #expect(run.status == 0, "\(run.err)")
        return dir
    }

    static func attend(_ store: String, _ arguments: [String]) throws -> AttendCLITests.Run {
        try AttendCLITests.attend(arguments + ["--store", store, "--today", "2026-11-20"])
    }

    @Test func sicknessCallFlagsALateTextAndReturnClosesIt() throws {
        let store = try Self.newStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        #expect(try Self.attend(store, ["employee", "add", "--id", "e1", "--name", "Siân Llŷr"]).status == 0)
        let call = try Self.attend(store, ["sickness", "call", "--employee", "e1", "--first-day", "2026-11-18",
                                           "--received", "2026-11-18T10:30", "--via", "text", "--note", "private words"])
        #expect(call.status == 0, "\(call.err)")
        #expect(call.out.contains("Late call") && call.out.contains("[002:1113-1115]"))
        #expect(call.out.contains("Reported by text"))
        let back = try Self.attend(store, ["sickness", "return", "--employee", "e1", "--on", "2026-11-20"])
        #expect(back.status == 0, "\(back.err)")
        #expect(back.out.contains("18/11/2026–19/11/2026"))
        // The private note is in its own field, never in the history.
        let history = try Self.history(store, "e1")
        #expect(history.map(\.action) == ["employee.add", "sickness.call", "sickness.return"])
        #expect(!history.contains { $0.summary.contains("private words") })
        #expect(try String(contentsOfFile: "\(store)/employees/e1.json", encoding: .utf8).contains("private words"))
    }

    @Test func badInputChangesNothing() throws {
        let store = try Self.newStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        #expect(try Self.attend(store, ["employee", "add", "--id", "e1", "--name", "Ann"]).status == 0)
        #expect(try Self.attend(store, ["absence", "add", "--employee", "e1", "--type", "sickness", "--from", "2026-09-07", "--to", "2026-09-08"]).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: "\(store)/employees/e1.json"))
        let cases: [([String], String)] = [
            (["absence", "add", "--employee", "e1", "--type", "sickness", "--from", "2026-09-08", "--to", "2026-09-09"], "overlaps"),
            (["absence", "add", "--employee", "e1", "--type", "sickness", "--from", "2026-10-09", "--to", "2026-10-08"], "before start"),
            (["absence", "add", "--employee", "e1", "--type", "holiday", "--from", "2026-10-09"], "expected one of"),
            (["absence", "add", "--employee", "e1", "--type", "sickness", "--from", "2026-02-30"], "not a date"),
            (["absence", "add", "--employee", "nobody", "--type", "sickness", "--from", "2026-10-01"], "no employee 'nobody'"),
            (["sickness", "return", "--employee", "e1", "--on", "2026-11-20"], "not off sick"),
            (["sickness", "call", "--employee", "e1", "--first-day", "2026-11-25"], "future"),
        ]
        for (arguments, message) in cases {
            let run = try Self.attend(store, arguments)
            #expect(run.status == 2, "\(arguments)")
            #expect(run.err.contains(message), "\(arguments): \(run.err)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: "\(store)/employees/e1.json")) == before)
        // A return in the future is refused too.
        #expect(try Self.attend(store, ["sickness", "call", "--employee", "e1", "--first-day", "2026-11-19"]).status == 0)
        let future = try Self.attend(store, ["sickness", "return", "--employee", "e1", "--on", "2026-11-23"])
        #expect(future.status == 2)
        #expect(future.err.contains("future"))
    }

    /// One saved change as the employee file's history records it.
    struct Change: Decodable { let revision: Int; let actor: String; let action: String; let summary: String }

    /// The history kept inside an employee's file.
    static func history(_ store: String, _ employee: String) throws -> [Change] {
        struct File: Decodable { let history: [Change] }
        return try JSONDecoder().decode(File.self, from: Data(contentsOf: URL(fileURLWithPath: "\(store)/employees/\(employee).json"))).history
    }

    /// The status of each duty `attend employee show --json` lists, by duty id.
    static func dutyStatuses(_ store: String, _ employee: String) throws -> [String: String] {
        let run = try attend(store, ["employee", "show", employee, "--json"])
        #expect(run.status == 0, "\(run.err)")
        let object = try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any]
        let duties = (object?["evaluation"] as? [String: Any])?["duties"] as? [[String: Any]] ?? []
        return Dictionary(duties.compactMap { d in (d["id"] as? String).map { ($0, d["status"] as? String ?? "") } }, uniquingKeysWith: { a, _ in a })
    }

    @Test func anOHReferralMarksTheLongAbsenceReferralDutyDone() throws {
        let store = try Self.newStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        #expect(try Self.attend(store, ["employee", "add", "--id", "e1", "--name", "Ann"]).status == 0)
        // Off sick since 1 October: past newcastle-2016's 20 working days by 20 November.
        #expect(try Self.attend(store, ["absence", "add", "--employee", "e1", "--type", "sickness", "--from", "2026-10-01"]).status == 0)
        let before = try Self.dutyStatuses(store, "e1")
        #expect(before["oh-referral"] == "overdue" || before["oh-referral"] == "due", "\(before)")
        let text = try Self.attend(store, ["employee", "show", "e1"])
        #expect(text.out.contains("Occupational health referral"))

        let run = try Self.attend(store, ["oh-referral", "--employee", "e1", "--on", "2026-11-02", "--note", "very private words",
                                          "--actor", "priya"])
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.contains("02/11/2026") && run.out.contains("by priya") && run.out.contains("oh-1"))
        #expect(run.out.contains("Completes duty: Occupational health referral"))
        #expect(!run.out.contains("very private words"))
        #expect(try Self.dutyStatuses(store, "e1")["oh-referral"] == "done")
        let shown = try Self.attend(store, ["employee", "show", "e1"])
        #expect(shown.out.contains("[done] Occupational health referral"), "\(shown.out)")
        #expect(!shown.out.contains("very private words"))
        #expect(!(try Self.attend(store, ["employee", "show", "e1", "--json"])).out.contains("very private words"))
        // The note stays in its own field; the history has only the action and ids.
        let history = try Self.history(store, "e1")
        #expect(history.last?.action == "oh.referral")
        #expect(history.last?.actor == "priya")
        #expect(!history.contains { $0.summary.contains("very private words") })
        #expect(try String(contentsOfFile: "\(store)/employees/e1.json", encoding: .utf8).contains("very private words"))
        #expect(try Self.attend(store, ["validate"]).status == 0)
    }

    @Test func aBadOHReferralIsExitTwoAndChangesNothing() throws {
        let store = try Self.newStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        #expect(try Self.attend(store, ["employee", "add", "--id", "e1", "--name", "Ann"]).status == 0)
        #expect(try Self.attend(store, ["employee", "add", "--id", "e2", "--name", "Bob"]).status == 0)
        #expect(try Self.attend(store, ["absence", "add", "--employee", "e1", "--type", "sickness", "--from", "2026-10-01"]).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: "\(store)/employees/e1.json"))
        let cases: [([String], String)] = [
            (["oh-referral", "--employee", "e1", "--on", "2026-02-30"], "--on"),
            (["oh-referral", "--employee", "e1", "--on", "2026-02-30"], "not a date"),
            (["oh-referral", "--employee", "nobody", "--on", "2026-11-02"], "no employee 'nobody'"),
            (["oh-referral", "--employee", "e1", "--on", "2026-11-23"], "future"),
            (["oh-referral", "--employee", "e1", "--on", "2026-09-30"], "expected 2026-10-01 or later"),
            (["oh-referral", "--employee", "e1", "--absence", "a9", "--on", "2026-11-02"], "--absence 'a9'"),
            (["oh-referral", "--employee", "e2", "--on", "2026-11-02"], "no sickness absence"),
        ]
        for (arguments, message) in cases {
            let run = try Self.attend(store, arguments)
            #expect(run.status == 2, "\(arguments)")
            #expect(run.err.contains(message), "\(arguments): \(run.err)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: "\(store)/employees/e1.json")) == before)
    }

    @Test func triggersJSONHasTheFiguresAndTheWeekShowsNewHits() throws {
        let store = try Self.newStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        #expect(try Self.attend(store, ["employee", "add", "--id", "e1", "--name", "Ann"]).status == 0)
        for (from, to) in [("2026-06-01", "2026-06-04"), ("2026-07-06", "2026-07-07"), ("2026-09-07", "2026-09-08"), ("2026-11-16", "2026-11-17")] {
            #expect(try Self.attend(store, ["absence", "add", "--employee", "e1", "--type", "sickness", "--from", from, "--to", to]).status == 0)
        }
        let run = try Self.attend(store, ["triggers", "--json"])
        let rows = try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [[String: Any]] ?? []
        #expect(rows.first?["bradford"] as? Double == 160)
        #expect(rows.first?["spells"] as? Int == 4)
        #expect(rows.first?["calendarDays"] as? Int == 10)
        #expect(rows.first?["workingDays"] as? Int == 10)
        #expect(rows.first?["triggersHit"] as? [String] == ["bradford-150"])
        let week = try Self.attend(store, ["triggers", "--week", "--json"])
        let object = try JSONSerialization.jsonObject(with: Data(week.out.utf8)) as? [String: Any]
        let hits = object?["newlyHit"] as? [[String: Any]] ?? []
        #expect(hits.first?["trigger"] as? String == "bradford-150")
        #expect(hits.first?["on"] as? String == "2026-11-17")
    }

    @Test func validateReportsEveryProblemAndChangesNothing() throws {
        let store = try Self.newStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        #expect(try Self.attend(store, ["employee", "add", "--id", "e1", "--name", "Ann"]).status == 0)
        #expect(try Self.attend(store, ["employee", "add", "--id", "e2", "--name", "Bob"]).status == 0)
        try Data("{ not json".utf8).write(to: URL(fileURLWithPath: "\(store)/employees/e2.json"))
        let run = try Self.attend(store, ["validate"])
        #expect(run.status == 1)
        #expect(run.out.contains("employees/e2.json"))
        // The rest of the store still works.
        #expect(try Self.attend(store, ["employee", "show", "e1"]).status == 0)
    }

    @Test func interviewDraftSurvivesBetweenCommandsAndFinishesWithSignOff() throws {
        let store = try Self.newStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        #expect(try Self.attend(store, ["employee", "add", "--id", "e1", "--name", "Ann"]).status == 0)
        #expect(try Self.attend(store, ["absence", "add", "--employee", "e1", "--type", "sickness", "--from", "2026-11-16", "--to", "2026-11-18"]).status == 0)
        let start = try Self.attend(store, ["interview", "start", "--employee", "e1", "--json"])
        #expect(start.status == 0, "\(start.err)")
        let object = try JSONSerialization.jsonObject(with: Data(start.out.utf8)) as? [String: Any]
        let prompts = (object?["prompts"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        // The discussion is held in private before anything else is asked (issue 13).
        #expect(prompts.first == "privacy" && prompts.dropFirst().first == "welcome")
        #expect(prompts.contains("bradford-score"))
        #expect(try Self.attend(store, ["interview", "answer", "--employee", "e1", "--prompt", "welcome", "--text", "Welcomed back"]).status == 0)
        // Not every prompt answered: finishing is refused and the draft is kept.
        #expect(try Self.attend(store, ["interview", "finish", "--employee", "e1", "--signed-off-by", "M"]).status == 2)
        let resumed = try Self.attend(store, ["interview", "start", "--employee", "e1", "--include-private"])
        #expect(resumed.out.contains("Resuming") && resumed.out.contains("Welcomed back"))
        for id in prompts where id != "welcome" {
            #expect(try Self.attend(store, ["interview", "answer", "--employee", "e1", "--prompt", id, "--text", "done"]).status == 0)
        }
        let badAck = try Self.attend(store, ["interview", "finish", "--employee", "e1", "--signed-off-by", "M", "--acknowledged", "maybe"])
        #expect(badAck.status == 2 && badAck.err.contains("expected yes or no"))
        #expect(try Self.attend(store, ["interview", "finish", "--employee", "e1", "--signed-off-by", "M", "--held-on", "2026-11-19", "--acknowledged", "yes"]).status == 0)
        let file = try String(contentsOfFile: "\(store)/employees/e1.json", encoding: .utf8)
        #expect(file.contains("\"employeeAcknowledged\" : true") && file.contains("\"heldOn\" : \"2026-11-19\""))
        let list = try Self.attend(store, ["employee", "list", "--json"])
        #expect(list.out.contains("at work"))
    }

    @Test func meetingScheduleRefusesShortNoticeUnlessOverriddenWithAReason() throws {
        let store = try Self.newStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        #expect(try Self.attend(store, ["employee", "add", "--id", "e1", "--name", "Ann"]).status == 0)
        let refused = try Self.attend(store, ["meeting", "schedule", "--employee", "e1", "--kind", "stage1-review",
                                               "--at", "2026-11-24T10:00", "--notice-given", "2026-11-20T09:00"])
        #expect(refused.status == 1)
        #expect(refused.out.contains("Earliest valid: 30/11/2026 09:00"))
        #expect(!(try String(contentsOfFile: "\(store)/employees/e1.json", encoding: .utf8)).contains("stage1-review"))
        let booked = try Self.attend(store, ["meeting", "schedule", "--employee", "e1", "--kind", "stage1-review", "--at", "2026-11-24T10:00",
                                              "--notice-given", "2026-11-20T09:00", "--override-reason", "Employee asked for an early date"])
        #expect(booked.status == 0, "\(booked.err)")
        #expect(try String(contentsOfFile: "\(store)/employees/e1.json", encoding: .utf8).contains("Employee asked for an early date"))
        let ics = try Self.attend(store, ["export", "ics", "--employee", "e1"])
        #expect(ics.out.contains("BEGIN:VEVENT") && ics.out.contains("DTSTART;TZID=Europe/London:20261124T100000"))
    }

    @Test func stageWarningRecordsTheScoreAndRefusesAReviewPeriodOutsideThePolicy() throws {
        let store = try Self.newStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        #expect(try Self.attend(store, ["employee", "add", "--id", "e1", "--name", "Ann"]).status == 0)
        for (from, to) in [("2026-06-01", "2026-06-04"), ("2026-07-06", "2026-07-07"), ("2026-09-07", "2026-09-08"), ("2026-11-16", "2026-11-17")] {
            #expect(try Self.attend(store, ["absence", "add", "--employee", "e1", "--type", "sickness", "--from", from, "--to", to]).status == 0)
        }
        let tooLong = try Self.attend(store, ["stage", "record", "--employee", "e1", "--stage", "stage1", "--outcome", "warning", "--review-until", "2027-06-01"])
        #expect(tooLong.status == 2)
        #expect(tooLong.err.contains("--review-until: longer than the maximum of 3 months"))
        let ok = try Self.attend(store, ["stage", "record", "--employee", "e1", "--stage", "stage1", "--outcome", "warning", "--review-until", "2027-01-20"])
        #expect(ok.status == 0, "\(ok.err)")
        #expect(ok.out.contains("lapses on 20/05/2027") && ok.out.contains("score at issue 160"))
    }

    @Test func demoStoreIsValidAndShowsTriggers() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("attend-demo-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(try AttendCLITests.attend(["init", "--demo", "--store", dir, "--today", "2026-11-20"]).status == 0)
        #expect(try AttendCLITests.attend(["init", "--store", dir]).status == 2)
        #expect(try Self.attend(dir, ["validate"]).status == 0)
        let triggers = try Self.attend(dir, ["triggers", "--hit-only", "--json"])
        let rows = try JSONSerialization.jsonObject(with: Data(triggers.out.utf8)) as? [[String: Any]] ?? []
        let hit = Set(rows.flatMap { $0["triggersHit"] as? [String] ?? [] })
        #expect(hit.isSuperset(of: ["bradford-150", "bradford-500", "long-term"]))
        var info = stat()
        #expect(stat("\(dir)/organisation.json", &info) == 0)
        #expect(info.st_mode & 0o777 == 0o600)
        #expect(stat(dir, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o700)
    }

    @Test func benchOnAStoreMeasuresEveryScreenAndChangesNothing() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("attend-bench-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(try AttendCLITests.attend(["init", "--demo", "--store", dir, "--today", "2026-11-20"]).status == 0)
        let before = try Self.contents(of: dir)
        let run = try Self.attend(dir, ["bench", "--runs", "2", "--json"])
        #expect(run.status == 0, "\(run.err)")
        let result = try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any] ?? [:]
        #expect(result["employees"] as? Int == 35)
        let frames = result["keypressToFrameMs"] as? [String: Double] ?? [:]
        #expect(Set(frames.keys) == ["roster", "teamCalendar", "personYear", "timeline", "personDetail", "weekly", "reports"])
        #expect((result["peakMemoryMB"] as? Double ?? 0) > 0)
        #expect(try Self.contents(of: dir) == before)
    }

    @Test func benchGeneratesEachSizeMeasuresItAndRemovesIt() throws {
        let run = try AttendCLITests.attend(["bench", "--employees", "12,24", "--years", "2", "--runs", "1", "--json"])
        #expect(run.status == 0, "\(run.err)")
        let results = try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [[String: Any]] ?? []
        #expect(results.compactMap { $0["employees"] as? Int } == [12, 24])
        #expect(results.allSatisfy { ($0["open"] as? [String: Any])?["employees"] as? Int == $0["employees"] as? Int })
        #expect(results.allSatisfy { ($0["saveCallMs"] as? Double ?? 0) > 0 })
        let left = try FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path)
        #expect(!left.contains { $0.hasPrefix("attend-bench-") && $0.hasSuffix("-12-2") })
        #expect(try AttendCLITests.attend(["bench", "--employees", "0"]).status == 2)
    }

    /// Every file under a folder with its bytes.
    static func contents(of dir: String) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for path in FileManager.default.subpaths(atPath: dir) ?? [] {
            if let data = FileManager.default.contents(atPath: "\(dir)/\(path)") { out[path] = data }
        }
        return out
    }

    @Test func missingStoreSaysHowToCreateOne() throws {
        let run = try AttendCLITests.attend(["employee", "list", "--store", "/nonexistent/attend-store"])
        #expect(run.status == 2)
        #expect(run.err.contains("attend init --demo --store"))
    }
}
