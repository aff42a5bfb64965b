import AttendanceData
import AttendanceRules
import Foundation
import Testing

@Test func everyShippedPolicyLoadsAndValidates() throws {
    let profiles = try PolicyLoader.loadAll(ShippedData.policyFiles())
    #expect(profiles.contains { $0.id == "newcastle-2016" })
}

@Test func misspeltFieldIsRefusedNamingItAndTheFieldsAllowed() throws {
    let files = try ShippedData.policyFiles()
    guard let original = files.first(where: { $0.name.hasSuffix("newcastle-2016.json") }) else {
        Issue.record("newcastle-2016.json is not shipped")
        return
    }
    let text = String(decoding: original.data, as: UTF8.self)
        .replacingOccurrences(of: "\"atLeastEveryCalendarDays\": null", with: "\"atLeastEveryCalendarDay\": 7")
    #expect(text != String(decoding: original.data, as: UTF8.self))
    #expect {
        _ = try PolicyLoader.load(Data(text.utf8), file: "custom.json")
    } throws: { error in
        let message = "\(error)"
        return message.contains("custom.json") && message.contains("'contact.atLeastEveryCalendarDay'")
            && message.contains("not a field")
    }
}
