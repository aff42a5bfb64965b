import AttendanceRules

extension EmployeeDocument {
    /// Stored text that breaks the input rules (`TextRules`): over its limit or holding a control
    /// character. Input refuses such text, so it can only come from a hand-edited or hostile
    /// file; `validate` names each field so it can be corrected. Quotes nothing of the value.
    public var textProblems: [String] {
        var out: [String] = []
        func check(_ text: String?, _ field: String, _ limit: Int, multiline: Bool = false) {
            guard let text, let problem = TextRules.problem(text, limit: limit, multiline: multiline) else { return }
            out.append("\(field) \(problem)")
        }
        check(id, "id", TextRules.idLimit)
        check(name, "name", TextRules.nameLimit)
        check(teamId, "teamId", TextRules.idLimit)
        check(managerId, "managerId", TextRules.idLimit)
        for a in absences {
            check(a.hrDecision?.decidedBy, "absence \(a.id) HR decision decidedBy", TextRules.nameLimit)
            check(a.hrDecision?.note, "absence \(a.id) HR decision note", TextRules.noteLimit, multiline: true)
        }
        for c in sicknessCalls {
            check(c.caller, "sickness call \(c.id) caller", TextRules.nameLimit)
            check(c.note, "sickness call \(c.id) note", TextRules.noteLimit, multiline: true)
        }
        for c in contacts { check(c.note, "contact \(c.id) note", TextRules.noteLimit, multiline: true) }
        for f in fitNotes { check(f.adjustments, "fit note \(f.id) adjustments", TextRules.noteLimit, multiline: true) }
        for i in interviews {
            for (prompt, answer) in i.answers.sorted(by: { $0.key < $1.key }) {
                check(answer, "interview \(i.id) answer to \(TextRules.quoted(prompt))", TextRules.noteLimit, multiline: true)
            }
            for (n, action) in i.agreedActions.enumerated() { check(action, "interview \(i.id) agreed action \(n + 1)", TextRules.noteLimit, multiline: true) }
            check(i.signedOffBy, "interview \(i.id) signedOffBy", TextRules.nameLimit)
        }
        for m in meetings {
            check(m.place, "meeting \(m.id) place", TextRules.shortTextLimit)
            check(m.overrideReason, "meeting \(m.id) overrideReason", TextRules.noteLimit, multiline: true)
        }
        for r in ohReferrals {
            check(r.by, "occupational health referral \(r.id) by", TextRules.nameLimit)
            check(r.note, "occupational health referral \(r.id) note", TextRules.noteLimit, multiline: true)
        }
        return out
    }
}
