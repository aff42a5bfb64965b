import Foundation
import Testing

/// The real `attend` binary, run as a script would run it.
@Suite struct AttendCLITests {
    struct Run {
        let status: Int32
        let out: String
        let err: String
    }

    /// Runs the `attend` built next to this test bundle.
    static func attend(_ arguments: [String]) throws -> Run {
        let directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        var binary = directory.appendingPathComponent("attend")
        if !FileManager.default.fileExists(atPath: binary.path) {
            binary = Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("attend")
        }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self), err: String(decoding: errData, as: UTF8.self))
    }

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
}
