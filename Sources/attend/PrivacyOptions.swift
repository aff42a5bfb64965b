import AttendanceRules
import AttendanceStore
import ArgumentParser

/// `--include-private`: the one way to see private free text (notes, interview answers and
/// actions, fit-note adjustments, HR decision notes) in an output, text or JSON alike (D-75).
struct PrivacyOptions: ParsableArguments {
    @Flag(name: .customLong("include-private"),
          help: "Include private free text (notes, interview answers, adjustments): health data, so keep the output safe.")
    var includePrivate = false

    /// Warns on standard error, once, when the output will hold private text.
    func warnIfIncluded() {
        if includePrivate { printError("attend: warning: this output includes private notes about health (special-category personal data); keep it safe and share it only as the policy allows") }
    }

    /// The document as this output may show it.
    func shown(_ document: EmployeeDocument) -> EmployeeDocument {
        warnIfIncluded()
        return includePrivate ? document : document.withoutPrivateText
    }

    /// The absence as this output may show it (warn separately, once per output).
    func shown(_ absence: AbsenceRecord) -> AbsenceRecord { includePrivate ? absence : absence.withoutPrivateText }
}
