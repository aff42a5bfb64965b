/// The days a fit note covers and the day it reached the manager.
public struct FitNoteCover: Codable, Hashable, Sendable {
    public let from: CalendarDay
    public let to: CalendarDay
    public let received: CalendarDay

    public init(from: CalendarDay, to: CalendarDay, received: CalendarDay) {
        self.from = from
        self.to = to
        self.received = received
    }
}
