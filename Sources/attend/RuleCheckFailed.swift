/// A rule check ran and failed: the report is already printed; exit code 1.
struct RuleCheckFailed: Error {}
