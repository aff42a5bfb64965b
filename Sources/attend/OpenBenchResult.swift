/// What a manager's own process costs on one store: opening it, everyone's triggers, the
/// weekly review, a keypress to a drawn 200x60 frame on each screen, and the process's peak
/// memory. Measured by `attend bench --store`, which reads the store and changes nothing.
struct OpenBenchResult: Codable {
    let employees: Int
    let absences: Int
    /// Reading and decoding every file (median of the runs).
    let loadMs: Double
    /// Evaluating everyone and building the roster, on all cores (median).
    let triggersMs: Double
    /// Both together, as the UI pays them before its first frame (median of the sums).
    let openAndTriggersMs: Double
    let weeklyReviewMs: Double
    let firstFrameMs: Double
    let keypressToFrameMs: [String: Double]
    /// The process's peak resident memory: one store open, the UI's data and every screen drawn.
    let peakMemoryMB: Double
}
