import Foundation
import Testing

/// Issue 12 in a real terminal: `x` on the timeline voids the record under the cursor with a
/// reason, which the store keeps (voided, with who and why) and the figures follow; `e` opens
/// the correction form and Esc leaves the record as it was.
@Suite(.serialized) struct CorrectionEndToEndTests {
    @Test(.enabled(if: Tmux.path != nil, "tmux is not installed (.ci/run installs it)"))
    func xOnTheTimelineVoidsTheRecordWithItsReasonAndEscOnAnEditChangesNothing() throws {
        let store = try DemoStore()
        defer { store.remove() }
        let id = "aisha-begum"
        let before = try UndoEndToEndTests.records(store, id)
        let tmux = try Tmux()
        defer { tmux.killServer() }
        try tmux.startAttend(store: store, width: 120, height: 40)
        try tmux.waitFor("the roster") { $0.contains("[1 Team roster]") }
        try FlowEndToEndTests.select(tmux, "Aisha")
        try tmux.sendKeys("4")
        try tmux.waitFor("the timeline") { $0.contains("Stage timeline") }
        // `e` opens a correction of whatever is selected; Esc: nothing was changed.
        try tmux.sendKeys("e")
        try tmux.waitFor("a correction form") { $0.contains("Correct an absence") || $0.contains("Move a meeting") || $0.contains("Correct a stage outcome") }
        try tmux.sendKeys("Escape")
        try tmux.waitFor("the form closed") { $0.contains("Nothing was changed") || $0.contains("nothing was changed") }
        #expect(try UndoEndToEndTests.records(store, id) == before)
        try tmux.sendKeys("x")
        let form = try tmux.waitFor("the void form") { $0.contains("Void a record") && $0.contains("Why void it") }
        guard let line = form.split(separator: "\n").first(where: { $0.contains("Void ") && $0.contains(": it stops counting") }),
              let named = line.range(of: #"Void [a-z ]+ [A-Za-z0-9-]+"#, options: .regularExpression) else {
            Issue.record("the form names no record:\n\(form)"); return
        }
        let recordId = String(line[named].split(separator: " ").last ?? "")
        try tmux.sendKeys("-l", "logged for the wrong person")
        try tmux.sendKeys("Enter")
        try tmux.waitFor("the void saved") { $0.contains("Saved, with your reason") }
        let document = try UndoEndToEndTests.document(store, id)
        let voided = document["voided"] as? [[String: Any]] ?? []
        let entry = voided.first { ($0["record"] as? [String: Any])?["id"] as? String == recordId }
        #expect(entry?["reason"] as? String == "logged for the wrong person", "voided: \(voided)")
        #expect(try UndoEndToEndTests.records(store, id) != before)
        let history = try Attend.run(["history", "--employee", id, "--store", store.path, "--today", TUIEndToEndTests.today]).out
        #expect(history.contains("logged for the wrong person") && history.contains(".void"))
        try tmux.sendKeys("Enter", "q")
        _ = try tmux.waitFor("attend to exit") { $0.contains("EXIT=") }
    }
}
