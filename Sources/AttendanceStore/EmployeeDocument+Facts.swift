import AttendanceRules

extension EmployeeDocument {
    /// What has been recorded for a spell of absence (interview signed off, contacts,
    /// certificates, fit notes, occupational health referrals), so the rules can mark its duties
    /// done. The one place the command line and the terminal UI get these facts from.
    public func facts(for absenceIds: [String]) -> AbsenceFacts {
        let ids = Set(absenceIds)
        return AbsenceFacts(
            rtwHeldOn: interviews.first { ids.contains($0.absenceId) && $0.status == .signedOff }?.heldOn,
            contacts: contacts.filter { $0.absenceId.map(ids.contains) ?? true }.map(\.on),
            selfCertificateReceived: absences.contains { ids.contains($0.id) && $0.certificate == .selfCertificate },
            fitNotes: fitNotes.filter { ids.contains($0.absenceId) }.map { FitNoteCover(from: $0.from, to: $0.to, received: $0.received) },
            // The earliest referral for the spell: the policy asks for one referral by a day
            // (`DutyPlanner`, occupational health), so the first one is what meets it.
            occupationalHealthReferredOn: ohReferrals.filter { ids.contains($0.absenceId) }.map(\.referredOn).min(),
            latestMedicalEvidence: fitNotes.filter { ids.contains($0.absenceId) }.map(\.received).max(),
            selfCertificateReceivedOn: selfCertificates.filter { ids.contains($0.absenceId) }.map(\.received).min())
    }
}
