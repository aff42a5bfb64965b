/// What has already happened for an absence, so that duties can be marked done.
public struct AbsenceFacts: Hashable, Sendable {
    public var rtwHeldOn: CalendarDay?
    public var contacts: [CalendarDay]
    public var selfCertificateReceived: Bool
    public var fitNoteReceivedOn: CalendarDay?
    public var occupationalHealthReferredOn: CalendarDay?
    public var latestMedicalEvidence: CalendarDay?

    public init(rtwHeldOn: CalendarDay? = nil, contacts: [CalendarDay] = [], selfCertificateReceived: Bool = false,
                fitNoteReceivedOn: CalendarDay? = nil, occupationalHealthReferredOn: CalendarDay? = nil,
                latestMedicalEvidence: CalendarDay? = nil) {
        self.rtwHeldOn = rtwHeldOn
        self.contacts = contacts
        self.selfCertificateReceived = selfCertificateReceived
        self.fitNoteReceivedOn = fitNoteReceivedOn
        self.occupationalHealthReferredOn = occupationalHealthReferredOn
        self.latestMedicalEvidence = latestMedicalEvidence
    }
}
