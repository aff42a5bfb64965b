import AttendanceRules

extension EmployeeDocument {
    /// This document with every private free text replaced by `PrivateText.placeholder`, for any
    /// output (text, JSON, CSV) made without an explicit request for private text. Which fields
    /// are private is listed once, here and in `privateTexts`; ids, dates, kinds and who did what stay.
    public var withoutPrivateText: EmployeeDocument {
        var copy = self
        copy.sicknessCalls = sicknessCalls.map { var c = $0; c.note = PrivateText.held(c.note); return c }
        copy.contacts = contacts.map { var c = $0; c.note = PrivateText.held(c.note); return c }
        copy.fitNotes = fitNotes.map { var f = $0; f.adjustments = PrivateText.held(f.adjustments); return f }
        copy.interviews = interviews.map { var i = $0; i.answers = i.answers.mapValues { _ in PrivateText.placeholder }; i.agreedActions = i.agreedActions.map { _ in PrivateText.placeholder }; return i }
        copy.absences = absences.map(\.withoutPrivateText)
        copy.ohReferrals = ohReferrals.map { var r = $0; r.note = PrivateText.held(r.note); return r }
        copy.letters = letters.map(\.withoutPrivateText)
        return copy
    }
}
