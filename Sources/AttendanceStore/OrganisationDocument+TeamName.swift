extension OrganisationDocument {
    /// A team's display name: its id when the organisation does not list it, `none` for no team.
    public func teamName(_ id: String?, none: String = "No team") -> String {
        guard let id else { return none }
        return teams.first { $0.id == id }?.name ?? id
    }
}
