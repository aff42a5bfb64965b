/// What has already happened for an absence, so that duties can be marked done.
public struct AbsenceFacts: Hashable, Sendable {
    public var rtwHeldOn: CalendarDay?
    public var contacts: [CalendarDay]
    public var selfCertificateReceived: Bool
    /// The day a self-certificate was handed in, when recorded as received: the self-certificate
    /// duty (NUL16-CERT-1 [002:1129], NUL08 [002:1726], CAF-CERT-1 [004:145]) is done from that day.
    public var selfCertificateReceivedOn: CalendarDay?
    /// The fit notes received for the spell, with the days each covers.
    public var fitNotes: [FitNoteCover]
    public var occupationalHealthReferredOn: CalendarDay?
    public var latestMedicalEvidence: CalendarDay?

    public init(rtwHeldOn: CalendarDay? = nil, contacts: [CalendarDay] = [], selfCertificateReceived: Bool = false,
                fitNotes: [FitNoteCover] = [], occupationalHealthReferredOn: CalendarDay? = nil,
                latestMedicalEvidence: CalendarDay? = nil, selfCertificateReceivedOn: CalendarDay? = nil) {
        self.rtwHeldOn = rtwHeldOn
        self.selfCertificateReceivedOn = selfCertificateReceivedOn
        self.contacts = contacts
        self.selfCertificateReceived = selfCertificateReceived
        self.fitNotes = fitNotes
        self.occupationalHealthReferredOn = occupationalHealthReferredOn
        self.latestMedicalEvidence = latestMedicalEvidence
    }

    /// The facts as they stood on `day`: anything dated after it had not happened yet, so it
    /// completes no duty on that day (a contact dated 25/11 is not the day-8 contact on 20/11).
    public func known(on day: CalendarDay) -> AbsenceFacts {
        AbsenceFacts(
            rtwHeldOn: rtwHeldOn.flatMap { $0 <= day ? $0 : nil },
            contacts: contacts.filter { $0 <= day },
            selfCertificateReceived: selfCertificateReceived,
            fitNotes: fitNotes.filter { $0.received <= day },
            occupationalHealthReferredOn: occupationalHealthReferredOn.flatMap { $0 <= day ? $0 : nil },
            latestMedicalEvidence: latestMedicalEvidence.flatMap { $0 <= day ? $0 : nil },
            selfCertificateReceivedOn: selfCertificateReceivedOn.flatMap { $0 <= day ? $0 : nil })
    }
}
