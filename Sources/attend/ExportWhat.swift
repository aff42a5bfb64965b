import ArgumentParser

/// `attend export csv --what`: which table to write.
enum ExportWhat: String, CaseIterable, ExpressibleByArgument {
    case absences
    case triggers
}
