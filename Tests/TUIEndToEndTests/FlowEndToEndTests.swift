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
        try tmux.sendKeys("C-s")
        try tmux.waitFor("the error beside the field") { $0.contains("✗ not a date") }
        #expect(try !Self.employeeFile(store, "aisha-begum").contains("sickness.call") )
        for _ in 0..<10 { try tmux.sendKeys("BSpace") }
        try tmux.sendKeys("-l", "19/11/2026")
        try tmux.sendKeys("Tab")
        for _ in 0..<5 { try tmux.sendKeys("BSpace") }
        try tmux.sendKeys("-l", "08:30")
        try tmux.sendKeys("C-s")
        try tmux.waitFor("the saved call with its duties") { $0.contains("Saved. Enter or Esc to close.") && $0.contains("What is due:") }
        let afterCall = try Self.employeeFile(store, "aisha-begum")
        #expect(afterCall.contains("\"receivedAt\" : \"2026-11-19T08:30\""))
        try tmux.sendKeys("Enter")
        try tmux.waitFor("the roster shows her off sick") { $0.contains("off sick since 19/11/2026") }

        try tmux.sendKeys("r")
        try tmux.waitFor("the return form") { $0.contains("Record the return to work · Aisha Begum") }
        try tmux.sendKeys("C-s")
        try tmux.waitFor("the saved return") { $0.contains("Saved.") && $0.contains("Next step:") }
        try tmux.sendKeys("Enter")
        try tmux.waitFor("back, interview due") { $0.contains("back 20/11/2026, interv") }
        let afterReturn = try Self.employeeFile(store, "aisha-begum")
        #expect(afterReturn.contains("\"end\" : \"2026-11-19\""))

        try tmux.sendKeys("q")
        let end = try tmux.waitFor("attend to exit") { $0.contains("EXIT=") && $0.contains("TTY-") }
        #expect(end.contains("EXIT=0"))
        #expect(end.contains("TTY-RESTORED"))
    }
}

extension FlowEndToEndTests {
    /// Types a filter on the roster so one person is selected.
    static func select(_ tmux: Tmux, _ name: String) throws {
        try tmux.sendKeys("Escape", "/")
        try tmux.sendKeys("-l", name)
        try tmux.sendKeys("Enter")
        try tmux.waitFor("\(name) selected") { $0.contains("filter: \(name)") && $0.contains("· 1 person") }
    }

    @Test(.enabled(if: Tmux.path != nil, "tmux is not installed (.ci/run installs it)"))
    func interviewDraftSurvivesQuittingAndIsOfferedAgain() throws {
        let store = try DemoStore()
        defer { store.remove() }
        let tmux = try Tmux()
        defer { tmux.killServer() }
        try tmux.startAttend(store: store, width: 120, height: 40)
        try tmux.waitFor("the roster") { $0.contains("[1 Team roster]") }
        try Self.select(tmux, "Mohammed")
        try tmux.sendKeys("i")
        try tmux.waitFor("prompt 1") { $0.contains("Prompt 1 of") && $0.contains("in private") }
        try tmux.sendKeys("-l", "Welcomed back warmly")
        try tmux.sendKeys("Enter")
        try tmux.waitFor("prompt 2") { $0.contains("Prompt 2 of") }
        #expect(try Self.employeeFile(store, "mohammed-iqbal").contains("Welcomed back warmly"))
        // Quit in the middle (Esc keeps the draft; it is already in the store).
        try tmux.sendKeys("Escape", "q")
        _ = try tmux.waitFor("attend to exit") { $0.contains("EXIT=") }

        let again = try Tmux()
        defer { again.killServer() }
        try again.startAttend(store: store, width: 120, height: 40)
        try again.waitFor("the roster") { $0.contains("[1 Team roster]") }
        try Self.select(again, "Mohammed")
        try again.sendKeys("i")
        try again.waitFor("the draft offered again") { $0.contains("Resuming the draft") && $0.contains("Prompt 2 of") }
        try again.sendKeys("Escape", "q")
        let end = try again.waitFor("attend to exit") { $0.contains("EXIT=") && $0.contains("TTY-") }
        #expect(end.contains("TTY-RESTORED"))
    }

    @Test(.enabled(if: Tmux.path != nil, "tmux is not installed (.ci/run installs it)"))
    func thisWeekActsOnANewTriggerByBookingTheMeetingAtTheEarliestValidTime() throws {
        let store = try DemoStore()
        defer { store.remove() }
        let tmux = try Tmux()
        defer { tmux.killServer() }
        try tmux.startAttend(store: store, width: 120, height: 40)
        try tmux.waitFor("the roster") { $0.contains("[1 Team roster]") }
        try tmux.sendKeys("6")
        try tmux.waitFor("this week") { $0.contains("Newly hit a trigger") && $0.contains("Mohammed Iqbal") }
        try tmux.sendKeys("Enter")
        try tmux.waitFor("the meeting form with its checks") { $0.contains("Schedule a meeting · Mohammed Iqbal") && $0.contains("Earliest valid") }
        try tmux.sendKeys("F2")
        // A formal invitation needs a specific place (D-62): the seventh field.
        try tmux.sendKeys("Tab", "Tab", "Tab", "Tab", "Tab", "Tab")
        try tmux.sendKeys("-l", "Civic Offices, room 2.14")
        try tmux.sendKeys("C-s")
        try tmux.waitFor("the saved meeting and its letter") { $0.contains("Saved") && $0.contains("kept in the record") }
        let file = try Self.employeeFile(store, "mohammed-iqbal")
        #expect(file.contains("\"kind\" : \"stage1\""))
        #expect(file.contains("Civic Offices, room 2.14"))
        #expect(file.contains("\"kind\" : \"invitation\""), "the letter is in the same document")
        // The letter's copies are written into the store, and L reads it back.
        let letters = "\(store.path)/letters/mohammed-iqbal"
        try tmux.waitFor("the letter's files") { _ in FileManager.default.fileExists(atPath: "\(letters)/letter-1.docx") }
        let text = try String(contentsOfFile: "\(letters)/letter-1.txt", encoding: .utf8)
        #expect(text.contains("Dear Mohammed Iqbal,") && text.contains("Civic Offices, room 2.14"))
        try tmux.sendKeys("Enter", "L")
        try tmux.waitFor("the letters list") { $0.contains("Letters · Mohammed Iqbal") && $0.contains("letter-1") }
        try tmux.sendKeys("Enter")
        try tmux.waitFor("the letter as written") { $0.contains("Dear Mohammed Iqbal,") }
        try tmux.sendKeys("Escape", "Escape", "q")
        _ = try tmux.waitFor("attend to exit") { $0.contains("EXIT=") }
    }

    @Test(.enabled(if: Tmux.path != nil, "tmux is not installed (.ci/run installs it)"))
    func contactAndFitNoteAreRecordedDuringAnAbsence() throws {
        let store = try DemoStore()
        defer { store.remove() }
        let tmux = try Tmux()
        defer { tmux.killServer() }
        try tmux.startAttend(store: store, width: 120, height: 40)
        try tmux.waitFor("the roster") { $0.contains("[1 Team roster]") }
        try Self.select(tmux, "Ruairidh")
        try tmux.sendKeys("C")
        try tmux.waitFor("the contact form") { $0.contains("Record a contact · Ruairidh MacAoidh") }
        try tmux.sendKeys("Tab", "Tab", "Tab")
        try tmux.sendKeys("-l", "spoke briefly")
        try tmux.sendKeys("C-s")
        try tmux.waitFor("contact saved") { $0.contains("Saved. Enter or Esc to close.") }
        try tmux.sendKeys("Enter", "f")
        try tmux.waitFor("the fit note form") { $0.contains("Record a fit note · Ruairidh MacAoidh") }
        try tmux.sendKeys("-l", "25/11/2026")
        try tmux.sendKeys("Tab")
        try tmux.sendKeys("-l", "08/12/2026")
        try tmux.sendKeys("C-s")
        try tmux.waitFor("fit note saved") { $0.contains("Saved. Enter or Esc to close.") }
        let file = try Self.employeeFile(store, "ruairidh-macaoidh")
        #expect(file.contains("spoke briefly"))
        #expect(file.contains("\"from\" : \"2026-11-25\""))
        try tmux.sendKeys("Enter", "q")
        _ = try tmux.waitFor("attend to exit") { $0.contains("EXIT=") }
    }

    @Test(.enabled(if: Tmux.path != nil, "tmux is not installed (.ci/run installs it)"))
    func stageOutcomeIsRecordedAndShownOnTheTimeline() throws {
        let store = try DemoStore()
        defer { store.remove() }
        let tmux = try Tmux()
        defer { tmux.killServer() }
        try tmux.startAttend(store: store, width: 120, height: 40)
        try tmux.waitFor("the roster") { $0.contains("[1 Team roster]") }
        try Self.select(tmux, "Jack")
        let before = try Self.employeeFile(store, "jack-thompson").components(separatedBy: "\"decidedOn\"").count
        try tmux.sendKeys("o")
        try tmux.waitFor("the outcome form") { $0.contains("Record a stage outcome · Jack Thompson") }
        try tmux.sendKeys("C-s")
        try tmux.waitFor("outcome saved") { $0.contains("Saved") }
        let saved = try Self.employeeFile(store, "jack-thompson")
        #expect(saved.components(separatedBy: "\"decidedOn\"").count == before + 1)
        #expect(saved.contains("\"kind\" : \"outcome\""), "the outcome letter is saved with it")
        try tmux.sendKeys("Enter", "4")
        try tmux.waitFor("the timeline with a live warning") { $0.contains("[4 Stage timeline]") && $0.contains("lapses") }
        try tmux.sendKeys("q")
        _ = try tmux.waitFor("attend to exit") { $0.contains("EXIT=") }
    }
}
