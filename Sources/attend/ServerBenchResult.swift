/// The PostgreSQL store's figures for one generated organisation, beside the folder's
/// (`attend bench --server`): a manager's start as their own role (row-level security
/// choosing their team), HR's whole-organisation open and report as an HR role, and saving a
/// sickness call as the manager, and HR's open UI catching up with that save.
struct ServerBenchResult: Encodable {
    let createStoreMs: Double
    let managerId: String
    let managerTeamSize: Int
    let manager: OpenBenchResult
    let hr: OpenBenchResult
    let saveCallMs: Double
    /// HR's open UI after the manager saved a call: reading what changed and evaluating again.
    let hrReloadAfterSaveMs: Double
}
