import Foundation
import Testing

/// "My team first" (issue 13) in a real terminal: `m` chooses a manager, the choice is kept in
/// the user's settings file under the XDG config folder, and the next start opens on it;
/// `--open-on` opens on someone else's team.
@Suite(.serialized) struct MyTeamEndToEndTests {
    @Test(.enabled(if: Tmux.path != nil, "tmux is not installed (.ci/run installs it)"))
    func theManagerChosenWithMIsWhereTheNextStartOpens() throws {
        let store = try DemoStore()
        defer { store.remove() }
        let config = store.directory.appendingPathComponent("config")
        let arguments = ["--store", store.path, "--today", TUIEndToEndTests.today]
        do {
            let tmux = try Tmux()
            defer { tmux.killServer() }
            try tmux.startAttend(arguments: arguments, width: 120, height: 40, environment: ["XDG_CONFIG_HOME": config.path])
            try tmux.waitFor("the roster") { $0.contains("[1 Team roster]") && $0.contains("35 people") }
            try tmux.sendKeys("m")
            try tmux.waitFor("one manager's people") { $0.contains("Manager: Priya Raman") }
            try tmux.sendKeys("q")
            _ = try tmux.waitFor("attend to exit") { $0.contains("EXIT=0") }
        }
        let settings = try String(contentsOf: config.appendingPathComponent("attend/settings.json"), encoding: .utf8)
        #expect(settings.contains("priya-raman") && settings.contains(store.path))
        var info = stat()
        #expect(stat(config.appendingPathComponent("attend/settings.json").path, &info) == 0 && info.st_mode & 0o777 == 0o600)
        do {
            let tmux = try Tmux()
            defer { tmux.killServer() }
            try tmux.startAttend(arguments: arguments, width: 120, height: 40, environment: ["XDG_CONFIG_HOME": config.path])
            try tmux.waitFor("Priya's people again") { $0.contains("Team roster · Priya Raman") && $0.contains("Showing Priya Raman's people") }
            try tmux.sendKeys("q")
            _ = try tmux.waitFor("attend to exit") { $0.contains("EXIT=0") }
        }
        do {
            let tmux = try Tmux()
            defer { tmux.killServer() }
            try tmux.startAttend(arguments: arguments + ["--open-on", "Mairi MacLeod"], width: 120, height: 40, environment: ["XDG_CONFIG_HOME": config.path])
            try tmux.waitFor("Mairi's people") { $0.contains("Team roster · Mairi MacLeod") }
            try tmux.sendKeys("q")
            _ = try tmux.waitFor("attend to exit") { $0.contains("EXIT=0") }
        }
    }
}
