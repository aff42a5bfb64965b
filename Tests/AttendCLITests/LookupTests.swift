import Foundation
import Testing

/// One team filter and one way to name a person for every command (issue 13): a team by id or
/// name, an unknown one refused; a person by id, name or a prefix only they have, with the
/// closest suggested otherwise.
@Suite struct LookupTests {
    static func demo() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("attend-lookup-\(UUID().uuidString)").path
        #expect(try AttendCLITests.attend(["init", "--demo", "--store", dir, "--today", "2026-11-20"]).status == 0)
        return dir
    }

    @Test func everyListingCommandTakesATeamByIdOrNameAndRefusesAnUnknownOne() throws {
        let store = try Self.demo()
        defer { try? FileManager.default.removeItem(atPath: store) }
        for command in [["triggers"], ["employee", "list"], ["export", "csv", "--what", "triggers", "--output", "-"]] {
            let named = try StoreCommandTests.attend(store, command + ["--team", "housing support (glasgow)"])
            #expect(named.status == 0 && named.out.contains("Calum Stewart"), "\(command): \(named.err)")
            #expect(!named.out.contains("Mohammed Iqbal"))
            let unknown = try StoreCommandTests.attend(store, command + ["--team", "Housing Suport"])
            #expect(unknown.status == 2 && unknown.err.contains("is not a team in the store") && unknown.err.contains("Housing Support (Glasgow)"), "\(command)")
            #expect(unknown.out.isEmpty)
        }
    }

    @Test func aPersonIsFoundByNameOrAUniquePrefixAndATypoSuggestsTheClosest() throws {
        let store = try Self.demo()
        defer { try? FileManager.default.removeItem(atPath: store) }
        for name in ["Mohammed Iqbal", "mohammed", "MOHAMMED IQBAL", "iqbal"] {
            let show = try StoreCommandTests.attend(store, ["employee", "show", name])
            #expect(show.status == 0 && show.out.hasPrefix("Mohammed Iqbal (mohammed-iqbal)"), "\(name): \(show.err)")
        }
        #expect(try StoreCommandTests.attend(store, ["employee", "show", "sian"]).out.hasPrefix("Siân Llŷr"))
        let typo = try StoreCommandTests.attend(store, ["employee", "show", "mohamed iqbal"])
        #expect(typo.status == 2 && typo.err.contains("the closest: mohammed-iqbal (Mohammed Iqbal)"))
        let several = try StoreCommandTests.attend(store, ["employee", "show", "a"])
        #expect(several.status == 2 && several.err.contains("matches") && several.err.contains("give the id"))
    }
}

/// `--open-on` and the organisation's default manager for the terminal UI (issue 13).
@Suite struct OpeningManagerTests {
    @Test func theUIOpensOnTheManagerAskedForElseTheOrganisationsDefault() throws {
        let store = try LookupTests.demo()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let asked = try StoreCommandTests.attend(store, ["--dump-frame", "120x40", "--open-on", "rhiannon evans"])
        #expect(asked.status == 0 && asked.out.contains("Team roster · Rhiannon Evans"), "\(asked.err)")
        let unknown = try StoreCommandTests.attend(store, ["--dump-frame", "120x40", "--open-on", "nobody"])
        #expect(unknown.status == 2 && unknown.err.contains("--open-on 'nobody' is not a manager") && unknown.err.contains("priya-raman (Priya Raman)"))
        #expect(try StoreCommandTests.attend(store, ["--dump-frame", "120x40"]).out.contains("35 people"))
        let setDefault = try StoreCommandTests.attend(store, ["manager", "edit", "--id", "mairi-macleod", "--ui-default", "yes", "--role", "Housing Manager", "--reason", "Glasgow's own screen"])
        #expect(setDefault.status == 0 && setDefault.out.contains("opens on Mairi MacLeod's people by default"), "\(setDefault.err)")
        #expect(try StoreCommandTests.attend(store, ["--dump-frame", "120x40"]).out.contains("Team roster · Mairi MacLeod"))
        let list = try StoreCommandTests.attend(store, ["manager"]).out
        #expect(list.contains("Mairi MacLeod (UI default)") && list.contains("Housing Manager"))
        #expect(try StoreCommandTests.attend(store, ["validate"]).status == 0)
    }
}
