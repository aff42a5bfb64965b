import Foundation
import Testing

/// `attend report` from the outside: JSON with stable names, CSV for spreadsheets, the small
/// group rule in every output, and bad options refused.
@Suite struct ReportCommandTests {
    @Test func theReportPrintsJSONAndCSVAndSuppressesSmallGroups() throws {
        let store = try LookupTests.demo()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let json = try StoreCommandTests.attend(store, ["report", "--json"])
        #expect(json.status == 0, "\(json.err)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        #expect(object["from"] as? String == "2025-11-21" && object["to"] as? String == "2026-11-20", "the last 12 months by default")
        let organisation = try #require(object["organisation"] as? [String: Any])
        let lost = try #require(organisation["workingDaysLost"] as? Int)
        let available = try #require(organisation["workingDaysAvailable"] as? Int)
        #expect(lost > 0 && available > lost)
        let teams = try #require(object["teams"] as? [[String: Any]])
        #expect(teams.reduce(0) { $0 + (($1["workingDaysLost"] as? Int) ?? 0) } == lost, "the teams add up to the organisation")
        let reasons = try #require(object["reasons"] as? [[String: Any]])
        for reason in reasons where reason["suppressed"] as? Bool == true {
            #expect(reason["workingDaysLost"] == nil || reason["workingDaysLost"] is NSNull, "a suppressed reason has no figure")
        }
        #expect(!json.out.contains("Mohammed Iqbal"), "no names in the report")
        let csv = try StoreCommandTests.attend(store, ["report", "--csv", "--by", "reason"])
        #expect(csv.status == 0)
        #expect(csv.out.hasPrefix("\u{FEFF}reason,label,working_days_lost,spells,suppressed\r\n"))
        let team = try StoreCommandTests.attend(store, ["report", "--team", "Housing Support (Glasgow)", "--by", "month"])
        #expect(team.status == 0 && team.out.contains("MONTH") && team.out.contains("2026-11"))
        let bad = try StoreCommandTests.attend(store, ["report", "--by", "colour"])
        #expect(bad.status == 2 && bad.err.contains("--by 'colour' is not allowed; expected one of team, manager, month, reason, weekday"))
        let backwards = try StoreCommandTests.attend(store, ["report", "--from", "2026-12-01", "--to", "2026-01-01"])
        #expect(backwards.status == 2 && backwards.err.contains("is after --to"))
    }

    @Test func dutiesCasesAndLongTermCasesAreTablesOfTheirOwn() throws {
        let store = try LookupTests.demo()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let json = try StoreCommandTests.attend(store, ["report", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        let cases = try #require(object["cases"] as? [String: Any])
        #expect(cases["on"] as? String == "2026-11-20")
        let bands = try #require(cases["bradfordBands"] as? [[String: Any]])
        #expect(bands.map { $0["key"] as? String } == ["0", "150", "500", "875"], "the shipped policy's Bradford triggers")
        #expect(bands.reduce(0) { $0 + (($1["people"] as? Int) ?? 0) } == cases["people"] as? Int, "everyone employed is in one band")
        let duties = try #require((object["organisation"] as? [String: Any])?["duties"] as? [String: Any])
        let interviews = try #require(duties["returnToWorkInterviews"] as? [String: Int])
        #expect(interviews["due"] == (interviews["onTime"] ?? 0) + (interviews["late"] ?? 0) + (interviews["notDone"] ?? 0))

        let csv = try StoreCommandTests.attend(store, ["report", "--csv", "--by", "duties"])
        #expect(csv.status == 0)
        #expect(csv.out.hasPrefix("\u{FEFF}key,name,rtw_interviews_due,rtw_interviews_on_time,rtw_interviews_late,rtw_interviews_not_done,rtw_interviews_on_time_share,"))
        #expect(csv.out.contains("\r\norganisation,"), "the organisation's row first")
        let caseRows = try StoreCommandTests.attend(store, ["report", "--csv", "--by", "cases"])
        #expect(caseRows.out.contains("stage,newcastle-2016,stage1,Stage 1 formal meeting,"))
        #expect(caseRows.out.contains("warnings,,lapsing,Warnings lapsing within 30 days,"))
        let longTerm = try StoreCommandTests.attend(store, ["report", "--by", "long-term"])
        #expect(longTerm.status == 0 && longTerm.out.contains("NEXT MILESTONE"))
        #expect(longTerm.out.contains("Aoife Ní Bhriain") && longTerm.out.contains("12-week review"))
        let row = try #require(longTerm.out.split(separator: "\n").first { $0.contains("Aoife") }).lowercased()
        for reason in ["musculoskeletal", "mental", "stress", "cold", "flu", "injury", "surgery", "pregnancy", "gastro", "back"] {
            #expect(!row.contains(reason), "never a reason beside a name: \(row)")
        }
    }
}
