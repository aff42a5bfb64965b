import Foundation
import Testing

/// Issue 12 in a real terminal: a sickness call logged by mistake is undone with `u`; the
/// person's records and figures are as before, and the undo is in the history.
@Suite(.serialized) struct UndoEndToEndTests {
    /// The document without its bookkeeping (revision, history) and the voided records, to
    /// compare the records that count.
    static func records(_ store: DemoStore, _ id: String) throws -> NSDictionary {
        var object = try document(store, id)
        object["revision"] = nil
        object["history"] = nil
        object["voided"] = nil
        return object as NSDictionary
    }

    static func document(_ store: DemoStore, _ id: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: "\(store.path)/employees/\(id).json"))
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }

    @Test(.enabled(if: Tmux.path != nil, "tmux is not installed (.ci/run installs it)"))
    func aCallLoggedByMistakeIsUndoneWithUAndTheStoreIsAsBefore() throws {
        let store = try DemoStore()
        defer { store.remove() }
        let id = "aisha-begum"
        let before = try Self.records(store, id)
        let triggersBefore = try Attend.run(["triggers", "--store", store.path, "--today", TUIEndToEndTests.today]).out
        let tmux = try Tmux()
        defer { tmux.killServer() }
        try tmux.startAttend(store: store, width: 120, height: 40)
        try tmux.waitFor("the roster") { $0.contains("[1 Team roster]") }
        try FlowEndToEndTests.select(tmux, "Aisha")
        try tmux.sendKeys("c")
        try tmux.waitFor("the call form") { $0.contains("Log a sickness call") }
        try tmux.sendKeys("C-s")
        try tmux.waitFor("call saved") { $0.contains("Saved. Enter or Esc to close.") }
        try tmux.sendKeys("Enter")
        #expect(try Self.records(store, id) != before)
        try tmux.sendKeys("u")
        try tmux.waitFor("the question") { $0.contains("Undo sickness") && $0.contains("(y/n)") }
        try tmux.sendKeys("y")
        try tmux.waitFor("the undo saved") { $0.contains("Saved.") }
        #expect(try Self.records(store, id) == before)
        // The undone call is kept, voided, with the undo as its reason.
        let voided = try Self.document(store, id)["voided"] as? [[String: Any]] ?? []
        #expect(voided.map { $0["kind"] as? String } == ["absence", "sickness-call"])
        let triggersAfter = try Attend.run(["triggers", "--store", store.path, "--today", TUIEndToEndTests.today]).out
        #expect(triggersAfter == triggersBefore)
        let history = try Attend.run(["history", "--employee", id, "--store", store.path, "--today", TUIEndToEndTests.today]).out
        #expect(history.contains("  undo  by ") && history.contains("undone: sickness"))
        #expect(history.contains("absence a") && history.contains("sickness.call"))
        try tmux.sendKeys("q")
        _ = try tmux.waitFor("attend to exit") { $0.contains("EXIT=") }
    }
}
