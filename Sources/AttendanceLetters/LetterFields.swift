/// The fields each letter kind's template may use (documented in docs/letters.md). The
/// context `LetterContent` builds holds exactly these names (a test checks both ways).
public enum LetterFields {
    /// Every field a template of `kind` may name.
    public static func schema(for kind: LetterKind) -> [String: LetterField] {
        var fields = common
        switch kind {
        case .invitation:
            fields["meeting"] = meeting
        case .outcome:
            fields["outcome"] = outcome
        case .appealAcknowledgement:
            fields["outcome"] = outcome
            fields["appeal"] = appeal
        case .appealInvitation:
            fields["meeting"] = meeting
            fields["outcome"] = outcome
            fields["appeal"] = appeal
        case .appealOutcome:
            fields["outcome"] = outcome
            fields["appeal"] = appeal
        case .interviewRecord:
            fields["interview"] = interview
        }
        return fields
    }

    static let common: [String: LetterField] = [
        "date": .text("the letter's date, e.g. 3 December 2026"),
        "marking": .text("the policy's protective marking (e.g. PROTECT- MEDICAL), absent when it has none"),
        "organisation": .object("the organisation", ["name": .text("its name")]),
        "policy": .object("the policy that applies", ["name": .text("its name, e.g. Attendance Management Policy 2016")]),
        "employee": .object("the person the letter is to", [
            "name": .text("their name as recorded"),
            "id": .text("their id in attend"),
        ]),
        "manager": .object("the manager who signs the letter (the team's manager, else the person's own), absent when none is recorded", [
            "name": .text("their name"),
            "role": .text("their job title (attend manager edit --role), absent when not recorded"),
            "email": .text("their work e-mail address, absent when not recorded"),
        ]),
    ]

    static let meeting: LetterField = .object("the meeting the letter is about", [
        "name": .text("the policy's name for the meeting, e.g. Stage 1 formal meeting"),
        "date": .text("the day, e.g. Tuesday 8 December 2026"),
        "time": .text("the start time, 24-hour UK time, e.g. 10:00"),
        "endTime": .text("the expected end time"),
        "duration": .text("how long it should last, e.g. 1 hour"),
        "place": .text("where it is held"),
        "purpose": .text("what it is for, completing \"The purpose of the meeting is …\""),
        "chair": .text("who chairs it, absent when the policy does not say"),
        "accompaniment": .text("the right to be accompanied, as sentences to the employee"),
        "papers": .object("the papers for the meeting, absent when the policy names none", [
            "what": .text("what they are, e.g. a copy of your absence record"),
            "sendBy": .text("the day they will be sent by (N working days before the meeting), absent when they are enclosed"),
            "enclosed": .flag("yes when they are enclosed with this letter"),
        ]),
        "outcomes": .texts("the possible outcomes as the policy lists them (may be empty)"),
        "hasOutcomes": .flag("yes when the policy lists possible outcomes"),
    ])

    static let outcome: LetterField = .object("the stage outcome the letter is about", [
        "stage": .text("the stage's name, e.g. Stage 1 formal meeting"),
        "decidedOn": .text("the day it was decided"),
        "meetingDate": .text("the day of the meeting it was decided at, absent when none is recorded"),
        "isWarning": .flag("a warning was issued"),
        "isNoWarning": .flag("no warning was issued"),
        "isNoFurtherAction": .flag("no further action"),
        "isExtendReview": .flag("the review period was extended"),
        "isDismissal": .flag("dismissal"),
        "isRedeployment": .flag("redeployment"),
        "warning": .object("the warning, absent when none was issued", [
            "name": .text("its name as the policy gives it"),
            "issued": .text("the day it was issued"),
            "lapses": .text("the day it lapses (is no longer live), absent when no validity is known"),
            "validity": .text("how long it stays live, e.g. 6 months"),
        ]),
        "review": .object("the review period, absent when none is recorded", [
            "ends": .text("the day it ends"),
            "expected": .text("what is expected during it, completing \"During the review period …\", absent when the policy does not say"),
            "next": .text("what follows if the standard is not met, absent when the policy does not say"),
        ]),
        "appeal": .object("the right of appeal, absent when the policy states none for this stage", [
            "deadline": .text("the last day to appeal, e.g. Tuesday 5 January 2027"),
            "workingDays": .text("the period, e.g. 7 working days"),
            "fromReceipt": .flag("yes when the period runs from receiving this letter, no when from the outcome's issue"),
            "anchor": .text("the day the period runs from"),
            "to": .text("to whom the appeal is sent"),
            "how": .text("how to appeal, completing \"You should appeal …\""),
            "heardBy": .text("who hears the appeal, absent when the policy does not say"),
        ]),
    ])

    static let appeal: LetterField = .object("the appeal against the outcome", [
        "lodged": .text("the day it was lodged"),
        "heard": .text("the day it was heard, absent until recorded"),
        "hasResult": .flag("yes when the result is recorded"),
        "isUpheld": .flag("the appeal was upheld (the outcome is overturned)"),
        "isDismissed": .flag("the appeal was dismissed (the outcome stands)"),
        "isVaried": .flag("the outcome was varied"),
        "to": .text("to whom appeals go, absent when the policy does not say"),
        "heardBy": .text("who hears it, absent when the policy does not say"),
    ])

    static let interview: LetterField = .object("the return-to-work interview", [
        "heldOn": .text("the day it was held"),
        "absenceFrom": .text("the first day of the absence it follows"),
        "absenceTo": .text("the last day of the absence, absent while it is open"),
        "questions": .list("each question asked, in the policy's order", [
            "question": .text("the question"),
            "answer": .text("the answer (private: present only when the letter includes private notes)"),
            "answered": .flag("yes when an answer is recorded"),
        ]),
        "includesAnswers": .flag("yes when the manager chose to include the answers and actions (private health data)"),
        "actions": .texts("the agreed actions (private: present only when the letter includes private notes)"),
        "hasActions": .flag("yes when actions were agreed"),
        "signedOff": .flag("yes when the interview is signed off"),
        "signedOffBy": .text("who signed it off, absent until signed off"),
        "signedOffOn": .text("the day it was signed off, absent until signed off"),
        "acknowledged": .flag("yes when the employee acknowledged the record"),
        "notAcknowledged": .flag("yes when the employee was asked and did not acknowledge it"),
    ])
}
