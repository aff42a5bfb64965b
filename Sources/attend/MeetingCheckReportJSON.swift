import AttendanceRules

/// The `--json` shape of `attend meeting check`.
struct MeetingCheckReportJSON: Encodable {
    struct Check: Encodable {
        let rule: String
        let id: String
        let source: String
        let strength: String
        let ok: Bool
        let required: String
        let actual: String
    }

    struct Skipped: Encodable {
        let rule: String
        let id: String
        let source: String
        let needs: String
    }

    let ok: Bool
    let policy: String
    let kind: String
    let meeting: String
    let noticeReceived: String
    let checks: [Check]
    let skipped: [Skipped]
    let earliestValid: String?
    let accompaniment: String?

    init(_ report: MeetingCheckReport) {
        ok = report.ok
        policy = report.policyId
        kind = report.kind
        meeting = report.meetingName
        noticeReceived = report.noticeReceived.iso
        checks = report.checks.map {
            Check(rule: $0.rule, id: $0.id, source: $0.source, strength: $0.strength, ok: $0.ok, required: $0.required, actual: $0.actual)
        }
        skipped = report.skipped.map { Skipped(rule: $0.rule, id: $0.id, source: $0.source, needs: $0.needs) }
        earliestValid = report.earliestValid?.iso
        accompaniment = report.accompaniment.map { "\($0.text) (\($0.source))" }
    }
}
