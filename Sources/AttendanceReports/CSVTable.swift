/// A header and rows of typed cells: what an export produces before it is encoded, so that
/// tests and other front ends can read the values without parsing CSV.
public struct CSVTable: Hashable, Sendable {
    /// The column titles, written as the first record.
    public let header: [String]
    /// One array of cells per record, each as long as `header`.
    public let rows: [[CSVCell]]

    /// A table; every row should have one cell per header column.
    public init(header: [String], rows: [[CSVCell]]) {
        self.header = header
        self.rows = rows
    }

    /// The cell in `column` (a header title) of row `index`, or nil when there is no such column.
    public func cell(_ column: String, row index: Int) -> CSVCell? {
        guard let position = header.firstIndex(of: column), rows.indices.contains(index),
              rows[index].indices.contains(position) else { return nil }
        return rows[index][position]
    }
}
