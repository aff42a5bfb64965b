/// What a manager's own process costs on one store: opening it, everyone's triggers, the
/// weekly review, a keypress to a drawn 200x60 frame on each screen, and the process's peak
/// memory. Measured by `attend bench --store`, which reads the store and changes nothing.
struct OpenBenchResult: Codable {
    let employees: Int
    let absences: Int
    /// Reading and decoding every file, the first time in this process (as a manager's start).
    let loadMs: Double
    /// Evaluating everyone and building the roster, on all cores, the first time.
    let triggersMs: Double
    /// Both together, as the UI pays them before its first frame, the first time.
    let openAndTriggersMs: Double
    /// Opening again in the same process (a reload after a change elsewhere): the median of
    /// the later runs, nil with one run.
    let reopenAndTriggersMs: Double?
    let weeklyReviewMs: Double
    /// `attend report` for the whole organisation over the 12 months to the day, on the store
    /// already open: time lost, reasons, patterns, duties kept, triggers and cases.
    let organisationReportMs: Double
    let firstFrameMs: Double
    let keypressToFrameMs: [String: Double]
    /// The process's peak resident memory: one store open, the UI's data and every screen drawn.
    let peakMemoryMB: Double
}
