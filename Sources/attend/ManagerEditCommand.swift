import AttendanceStore
import ArgumentParser

/// `attend manager edit`: corrects a manager's name or e-mail address (the ORGANIZER of the
/// invitations they send, D-80), with a reason kept in the organisation's history.
struct ManagerEditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "edit", abstract: "Correct a manager's name or e-mail address, with a reason.")

    @Option(help: ArgumentHelp("Manager id.", valueName: "id")) var id: String
    @OptionGroup var reason: ReasonOption
    @Option(help: ArgumentHelp("The manager's name.", valueName: "name")) var name: String?
    @Option(help: ArgumentHelp("Work e-mail address, or none.", valueName: "address")) var email: String?
    @Option(help: ArgumentHelp("Job title letters are signed with, e.g. \"Team Leader\", or none.", valueName: "title")) var role: String?
    @Option(name: .customLong("ui-default"), help: ArgumentHelp("yes: the terminal UI opens on this manager's people (for everyone without a choice of their own); no: on everyone.", valueName: "yes|no")) var uiDefault: String?
    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let why = try reason.checked()
        try Parsing.checkText(name, option: "--name", limit: TextRules.nameLimit)
        try Parsing.checkText(role, option: "--role", limit: TextRules.nameLimit)
        if let uiDefault, !["yes", "no"].contains(uiDefault) { throw BadInput("--ui-default '\(uiDefault)' is not allowed; expected yes or no") }
        if name == nil && email == nil && role == nil && uiDefault == nil { throw BadInput("nothing to change: give --name, --email, --role or --ui-default") }
        let context = try storeOptions.load()
        var organisation = context.organisation
        guard let index = organisation.managers.firstIndex(where: { $0.id == id }) else {
            throw BadInput("--id '\(id)' is not a manager; expected one of \(organisation.managers.map(\.id).joined(separator: ", ")); nothing was changed")
        }
        let old = organisation.managers[index]
        if let name {
            let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { throw BadInput("--name is empty; give the manager's name") }
            organisation.managers[index].name = trimmed
        }
        if let email { organisation.managers[index].email = try EmailAddress.parse(email, option: "--email") }
        if let role { organisation.managers[index].role = role == "none" ? nil : role.trimmingCharacters(in: .whitespaces) }
        let new = organisation.managers[index]
        let oldDefault = organisation.defaultManager
        if uiDefault == "yes" { organisation.defaultManager = id } else if uiDefault == "no", oldDefault == id { organisation.defaultManager = nil }
        guard new != old || organisation.defaultManager != oldDefault else { throw BadInput("manager \(id) already has those details; nothing was changed") }
        var changed: [String] = []
        if new.role != old.role { changed.append("role: \(old.role ?? "none") → \(new.role ?? "none")") }
        if organisation.defaultManager != oldDefault {
            changed.append("the terminal UI opens on \(organisation.defaultManager == nil ? "everyone" : "\(new.name)'s people") by default")
        }
        if new.name != old.name { changed.append("name: \(old.name) → \(new.name)") }
        if new.email != old.email { changed.append("email: \(old.email ?? "none") → \(new.email ?? "none")") }
        do {
            let saved = try context.store.save(organisation, actor: context.actor, action: "manager.edit",
                                               summary: "manager \(id) \(changed.joined(separator: "; "))", reason: why)
            SavedChanges.shared.note("the organisation, revision \(saved.revision)")
        } catch {
            throw BadInput("\(error)")
        }
        print("Corrected manager \(id): \(changed.joined(separator: "; ")).")
    }
}
