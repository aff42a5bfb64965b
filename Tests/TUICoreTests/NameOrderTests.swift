@testable import TUICore
import Testing

@Suite struct NameOrderTests {
    private func sorted(_ names: [String]) -> [String] {
        names.map(NameOrder.init).sorted().map(\.name)
    }

    @Test func caseAndAccentsDoNotMoveANameOutOfItsLetter() {
        #expect(sorted(["Zoë Evans", "ángel Ruiz", "Bethan Jones", "Angharad Price", "Siân Lloyd", "Sian Hughes"])
                == ["ángel Ruiz", "Angharad Price", "Bethan Jones", "Sian Hughes", "Siân Lloyd", "Zoë Evans"])
    }

    @Test func numbersInNamesSortAsNumbers() {
        #expect(sorted(["Locum 10", "Locum 2", "Locum 1"]) == ["Locum 1", "Locum 2", "Locum 10"])
    }

    @Test func namesThatFoldTheSameStillHaveAFixedOrder() {
        let once = sorted(["anne", "Anne", "ANNE", "Anné"])
        #expect(once == sorted(["Anné", "ANNE", "anne", "Anne"]))
        #expect(Set(once).count == 4)
    }

    @Test func namesInOtherScriptsKeepTheirOwnOrderAfterLatin() {
        #expect(sorted(["山田 太郎", "Øystein", "Ffion Morgan"]) == ["Ffion Morgan", "Øystein", "山田 太郎"])
    }
}
