import ArgumentParser

/// `attend oh-referral`: occupational health referrals. `add` is the default, so the
/// earlier `attend oh-referral --employee ...` still records one.
struct OHReferralCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "oh-referral", abstract: "Record occupational health referrals, correct or void one.",
        subcommands: [OHReferralAddCommand.self, OHReferralEditCommand.self, OHReferralVoidCommand.self], defaultSubcommand: OHReferralAddCommand.self)
}
