/// How a dated duty was kept: done by the day it fell due, done later, or not done.
public enum DutyTimeliness: String, Codable, Sendable, CaseIterable {
    case onTime = "on-time"
    case late
    case notDone = "not-done"
}
