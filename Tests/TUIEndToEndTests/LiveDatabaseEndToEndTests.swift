import Foundation
import Testing
import TestSupport

/// Issue 16 in a real terminal: an open UI on a PostgreSQL store hears another writer's save
/// (LISTEN/NOTIFY) within about 2 seconds, shows it, and a form open for that person saves
/// on top of it instead of overwriting it or being refused.
@Suite(.serialized) struct LiveDatabaseEndToEndTests {
    @Test(.enabled(if: Tmux.path != nil, "tmux is not installed (.ci/run installs it)"))
    func aSaveFromAnotherProcessReachesTheOpenUIAndItsOpenFormWithinAboutTwoSeconds() throws {
        let cluster = try PostgresCluster.start()
        defer { cluster.stop() }
        let local = FileManager.default.temporaryDirectory.appendingPathComponent("attend-e2e-local-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: local) }
        let environment = ["XDG_DATA_HOME": local.path]
        let url = cluster.url()
        let made = try AttendBinary.run(["init", "--demo", "--store", url, "--today", TUIEndToEndTests.today], environment: environment)
        #expect(made.status == 0, "\(made.err)")
        // The UI runs as Ruairidh's manager's own role; the other writer is the store's owner.
        try cluster.psql("CREATE ROLE mairi LOGIN")
        let granted = try AttendBinary.run(["store", "grant", "--manager", "mairi-macleod", "--role", "mairi", "--store", url], environment: environment)
        #expect(granted.status == 0, "\(granted.err)")
        let team = try cluster.psql("SELECT count(*) FROM attend.employees e JOIN attend.teams t ON t.id = e.team_id WHERE t.manager_id = 'mairi-macleod'")

        let tmux = try Tmux()
        defer { tmux.killServer() }
        try tmux.startAttend(arguments: ["--store", cluster.url(user: "mairi"), "--today", TUIEndToEndTests.today], width: 120, height: 40,
                             environment: ["XDG_DATA_HOME": local.path])
        // Waits for the whole first frame (tmux may show one half drawn), down to its status line.
        let opened = try tmux.waitFor("the roster and the connection line") { $0.contains("[1 Team roster]") && $0.contains("Connected as") }
        #expect(opened.contains("Connected as mairi: Mairi MacLeod's teams, \(team) people."), "the role and whose people it sees: \(opened)")
        #expect(opened.contains("\(team) people ─"), "the roster holds only that manager's people: \(opened)")
        try FlowEndToEndTests.select(tmux, "Ruairidh")
        try tmux.sendKeys("C")
        try tmux.waitFor("the contact form") { $0.contains("Record a contact") }
        try tmux.sendKeys("Tab", "Tab", "Tab")
        try tmux.sendKeys("-l", "typed in the open UI")
        try tmux.waitFor("the note on screen") { $0.contains("typed in the open UI") }

        let cli = try AttendBinary.run(["contact", "add", "--employee", "ruairidh-macaoidh", "--note", "from another desk",
                                                     "--store", url, "--today", TUIEndToEndTests.today], environment: environment)
        #expect(cli.status == 0, "\(cli.err)")
        // About 2 seconds, with room for a loaded CI machine; the UI checks every 0.5 s.
        let told = try tmux.waitFor("the change shown", timeout: 4) { $0.contains("Ruairidh MacAoidh") && $0.contains("saved elsewhere") }
        #expect(told.contains("typed in the open UI"), "the form keeps what was typed: \(told)")

        try tmux.sendKeys("C-s")
        try tmux.waitFor("contact saved") { $0.contains("Saved. Enter or Esc to close.") }
        let stored = try cluster.psql("SELECT document::text FROM attend.employee_private WHERE id = 'ruairidh-macaoidh'")
        #expect(stored.contains("from another desk") && stored.contains("typed in the open UI"), "both saves kept")
        try tmux.sendKeys("Enter", "q")
        _ = try tmux.waitFor("attend to exit") { $0.contains("EXIT=0") }
    }
}
