import AttendanceData
import AttendanceRules
import Foundation
import Testing

@Test func everyShippedPolicyLoadsAndValidates() throws {
    let profiles = try PolicyLoader.loadAll(ShippedData.policyFiles())
    #expect(profiles.contains { $0.id == "newcastle-2016" })
}
