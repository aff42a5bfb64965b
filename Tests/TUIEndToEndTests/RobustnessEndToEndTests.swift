#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing

/// Issue 11 in a real terminal: a crash never leaves the manager at the backtracer's prompt
/// and keeps the form being typed; a change saved by another process shows in an open UI, and
/// the UI can still save after it.
@Suite(.serialized) struct RobustnessEndToEndTests {
    static let person = "Ruairidh"
    static let personId = "ruairidh-macaoidh"

    @Test(.enabled(if: Tmux.path != nil, "tmux is not installed (.ci/run installs it)"))
    func aCrashRestoresTheTerminalWithoutThePromptAndKeepsTheTypedForm() throws {
        let store = try DemoStore()
        defer { store.remove() }
        let state = store.directory.appendingPathComponent("state").path
        do {
            let tmux = try Tmux()
            defer { tmux.killServer() }
            // As a manager runs it: no SWIFT_BACKTRACE of our own, so attend must choose the settings.
            try tmux.startAttend(arguments: ["--store", store.path, "--today", TUIEndToEndTests.today], width: 120, height: 40,
                                 environment: ["ATTEND_TEST_CRASH_KEY": "F12", "XDG_STATE_HOME": state], unset: ["SWIFT_BACKTRACE"])
            try tmux.waitFor("the roster") { $0.contains("[1 Team roster]") }
            try FlowEndToEndTests.select(tmux, Self.person)
            try tmux.sendKeys("C")
            try tmux.waitFor("the contact form") { $0.contains("Record a contact") }
            try tmux.sendKeys("Tab", "Tab", "Tab")
            try tmux.sendKeys("-l", "typed before the crash")
            try tmux.waitFor("the note on screen") { $0.contains("typed before the crash") }
            try tmux.sendKeys("F12")
            let end = try tmux.waitFor("attend to exit", timeout: 20) { $0.contains("EXIT=") && $0.contains("TTY-") }
            #expect(!end.contains("Press space"), "\(end)")
            #expect(end.contains("attend stopped because of an internal error"))
            #expect(end.contains("EXIT=132"))
            #expect(end.contains("TTY-RESTORED"))
            // The report went to a private folder, not over the screen.
            let crashes = "\(state)/attend/crashes"
            let reports = (try? FileManager.default.contentsOfDirectory(atPath: crashes)) ?? []
            #expect(!reports.isEmpty, "no crash report in \(crashes)")
            var info = stat()
            #expect(stat(crashes, &info) == 0 && info.st_mode & 0o777 == 0o700)
            #expect(!end.contains("Thread 0"))
        }
        // The next start offers the form back with what was typed.
        let tmux = try Tmux()
        defer { tmux.killServer() }
        try tmux.startAttend(store: store, width: 120, height: 40)
        try tmux.waitFor("the draft offered") { $0.contains("contact form for Ruairidh MacAoidh was not saved last time: press D") }
        try tmux.sendKeys("D")
        try tmux.waitFor("the draft restored") { $0.contains("Record a contact") && $0.contains("typed before the crash") }
        try tmux.sendKeys("C-s")
        try tmux.waitFor("contact saved") { $0.contains("Saved. Enter or Esc to close.") }
        #expect(try FlowEndToEndTests.employeeFile(store, Self.personId).contains("typed before the crash"))
        try tmux.sendKeys("Enter", "q")
        _ = try tmux.waitFor("attend to exit") { $0.contains("EXIT=") }
        // Saved: no draft is left to offer.
        #expect(!FileManager.default.fileExists(atPath: "\(store.path)/draft.json"))
    }

    @Test(.enabled(if: Tmux.path != nil, "tmux is not installed (.ci/run installs it)"))
    func aChangeFromTheCommandLineShowsInTheOpenUIWhichCanStillSave() throws {
        let store = try DemoStore()
        defer { store.remove() }
        let tmux = try Tmux()
        defer { tmux.killServer() }
        try tmux.startAttend(store: store, width: 120, height: 40)
        try tmux.waitFor("the roster") { $0.contains("[1 Team roster]") }
        try FlowEndToEndTests.select(tmux, Self.person)
        let cli = try Attend.run(["contact", "add", "--employee", Self.personId, "--note", "from the command line",
                                  "--store", store.path, "--today", TUIEndToEndTests.today])
        #expect(cli.status == 0, "\(cli.err)")
        try tmux.waitFor("the change shown", timeout: 10) { $0.contains("Updated with changes saved elsewhere: Ruairidh MacAoidh.") }
        // The open UI saves on top of the new revision instead of being refused.
        try tmux.sendKeys("C")
        try tmux.waitFor("the contact form") { $0.contains("Record a contact") }
        try tmux.sendKeys("Tab", "Tab", "Tab")
        try tmux.sendKeys("-l", "from the UI")
        try tmux.sendKeys("C-s")
        try tmux.waitFor("contact saved") { $0.contains("Saved. Enter or Esc to close.") }
        let file = try FlowEndToEndTests.employeeFile(store, Self.personId)
        #expect(file.contains("from the command line") && file.contains("from the UI"))
        try tmux.sendKeys("Enter", "q")
        _ = try tmux.waitFor("attend to exit") { $0.contains("EXIT=") }
    }
}
