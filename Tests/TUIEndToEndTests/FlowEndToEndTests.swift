import Foundation
import Testing

/// The manager's flows driven through the real binary in tmux: keys in, store content and
/// screen out.
@Suite(.serialized) struct FlowEndToEndTests {
    static func employeeFile(_ store: DemoStore, _ id: String) throws -> String {
        try String(contentsOfFile: "\(store.path)/employees/\(id).json", encoding: .utf8)
    }

    @Test(.enabled(if: Tmux.path != nil, "tmux is not installed (.ci/run installs it)"))
    func sicknessCallThenReturnAreSavedAndShown() throws {
        let store = try DemoStore()
        defer { store.remove() }
        let tmux = try Tmux()
        defer { tmux.killServer() }
        try tmux.startAttend(store: store, width: 120, height: 40)
        try tmux.waitFor("the roster") { $0.contains("[1 Team roster]") && $0.contains("Aisha Begum") }

        // Aisha Begum is first on the roster and at work on 20/11/2026.
        try tmux.sendKeys("c")
        try tmux.waitFor("the call form") { $0.contains("Log a sickness call · Aisha Begum") }
        // A bad first day is marked beside the field and nothing is saved.
        try tmux.sendKeys("BSpace", "BSpace", "BSpace", "BSpace", "BSpace", "BSpace", "BSpace", "BSpace", "BSpace", "BSpace")
        try tmux.sendKeys("-l", "32/11/2026")
        try tmux.sendKeys("Enter")
        try tmux.waitFor("the error beside the field") { $0.contains("✗ not a date") }
        #expect(try !Self.employeeFile(store, "aisha-begum").contains("sickness.call") )
        for _ in 0..<10 { try tmux.sendKeys("BSpace") }
        try tmux.sendKeys("-l", "19/11/2026")
        try tmux.sendKeys("Tab")
        for _ in 0..<5 { try tmux.sendKeys("BSpace") }
        try tmux.sendKeys("-l", "08:30")
        try tmux.sendKeys("Enter")
        try tmux.waitFor("the saved call with its duties") { $0.contains("Saved. Enter or Esc to close.") && $0.contains("What is due:") }
        let afterCall = try Self.employeeFile(store, "aisha-begum")
        #expect(afterCall.contains("\"receivedAt\" : \"2026-11-19T08:30\""))
        try tmux.sendKeys("Enter")
        try tmux.waitFor("the roster shows her off sick") { $0.contains("off sick since 19/11/2026") }

        try tmux.sendKeys("r")
        try tmux.waitFor("the return form") { $0.contains("Record the return to work · Aisha Begum") }
        try tmux.sendKeys("Enter")
        try tmux.waitFor("the saved return") { $0.contains("Saved.") && $0.contains("Next step:") }
        try tmux.sendKeys("Enter")
        try tmux.waitFor("back, interview due") { $0.contains("back 20/11/2026, interview due") }
        let afterReturn = try Self.employeeFile(store, "aisha-begum")
        #expect(afterReturn.contains("\"end\" : \"2026-11-19\""))

        try tmux.sendKeys("q")
        let end = try tmux.waitFor("attend to exit") { $0.contains("EXIT=") && $0.contains("TTY-") }
        #expect(end.contains("EXIT=0"))
        #expect(end.contains("TTY-RESTORED"))
    }
}
