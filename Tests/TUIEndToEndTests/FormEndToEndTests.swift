import Foundation
import Testing

/// Issue 13 in a real terminal: a three-line paste (tmux's bracketed paste) lands in the
/// contact's note with its lines and runs no command; Ctrl-C with a form open asks first.
@Suite(.serialized) struct FormEndToEndTests {
    @Test(.enabled(if: Tmux.path != nil, "tmux is not installed (.ci/run installs it)"))
    func aPastedNoteKeepsItsLinesAndCtrlCAsksBeforeQuitting() throws {
        let store = try DemoStore()
        defer { store.remove() }
        let tmux = try Tmux()
        defer { tmux.killServer() }
        try tmux.startAttend(store: store, width: 80, height: 24)
        try tmux.waitFor("the roster") { $0.contains("[1 Team roster]") }
        try FlowEndToEndTests.select(tmux, RobustnessEndToEndTests.person)
        try tmux.sendKeys("C")
        try tmux.waitFor("the contact form") { $0.contains("Record a contact") }
        // Into a one-line field a paste arrives whole (bracketed): its line break is a space,
        // not an Enter that would move on and type the rest into the next field.
        let oneLine = tmux.work.appendingPathComponent("one.txt")
        try Data(" pasted\nrXYZ".utf8).write(to: oneLine)
        try tmux.tmux(["load-buffer", oneLine.path])
        try tmux.tmux(["paste-buffer", "-p", "-t", tmux.session])
        try tmux.waitFor("the paste in the date field") { $0.contains("20/11/2026 pasted rXYZ▏") }
        for _ in 0..<12 { try tmux.sendKeys("BSpace") }
        try tmux.sendKeys("Tab", "Tab", "Tab")
        let note = tmux.work.appendingPathComponent("note.txt")
        // "r" of "rang" would open the return form if the paste were read as keys.
        try Data("rang at 10\nAgreed a call on Friday\nresting at home".utf8).write(to: note)
        try tmux.tmux(["load-buffer", note.path])
        try tmux.tmux(["paste-buffer", "-p", "-t", tmux.session])
        try tmux.waitFor("the pasted note") { $0.contains("rang at 10") && $0.contains("resting at home") }
        #expect(!(try tmux.capture()).contains("Record the return"))
        try tmux.sendKeys("C-c")
        try tmux.waitFor("the question") { $0.contains("Quit attend? What you typed is kept") }
        try tmux.sendKeys("n")
        try tmux.waitFor("still in the form") { $0.contains("Not quitting") && $0.contains("Record a contact") }
        try tmux.sendKeys("C-s")
        try tmux.waitFor("contact saved") { $0.contains("Saved. Enter or Esc to close.") }
        let file = try FlowEndToEndTests.employeeFile(store, RobustnessEndToEndTests.personId)
        #expect(file.contains("rang at 10\\nAgreed a call on Friday\\nresting at home"))
        try tmux.sendKeys("Enter", "q")
        _ = try tmux.waitFor("attend to exit") { $0.contains("EXIT=") }
    }
}

/// The mouse in a real terminal (issue 13): an X10 mouse report (what xterm and tmux send for
/// a click) selects the roster row under it through ncurses' own mouse decoding.
@Suite(.serialized) struct MouseEndToEndTests {
    @Test(.enabled(if: Tmux.path != nil, "tmux is not installed (.ci/run installs it)"))
    func aClickOnARosterRowSelectsIt() throws {
        let store = try DemoStore()
        defer { store.remove() }
        let tmux = try Tmux()
        defer { tmux.killServer() }
        try tmux.startAttend(store: store, width: 120, height: 40)
        let screen = try tmux.waitFor("the roster") { $0.contains("[1 Team roster]") }
        guard let row = screen.split(separator: "\n", omittingEmptySubsequences: false).firstIndex(where: { $0.contains("Calum Stewart") }),
              let y = Unicode.Scalar(UInt32(row + 33)) else { Issue.record("no row for Calum"); return }
        // ESC [ M, then button 0 pressed, column 13 and the row, each + 32 (1-based); then the release.
        try tmux.sendKeys("-l", "\u{1B}[M -\(Character(y))")
        try tmux.sendKeys("-l", "\u{1B}[M#-\(Character(y))")
        try tmux.waitFor("Calum selected") { $0.contains("▶ Calum Stewart") }
        try tmux.sendKeys("q")
        _ = try tmux.waitFor("attend to exit") { $0.contains("EXIT=0") }
    }
}
