/// A plain-text table for the terminal: columns as wide as their widest cell as shown
/// (`DisplayWidth`), two spaces apart, the last column unpadded.
struct TextTable {
    let headers: [String]
    let rows: [[String]]

    func render() -> String {
        let widths = headers.indices.map { column in
            ([headers[column]] + rows.map { column < $0.count ? $0[column] : "" }).map(DisplayWidth.of).max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            headers.indices.map { column in
                let cell = column < cells.count ? cells[column] : ""
                return column == headers.count - 1 ? DisplayWidth.cell(cell) : DisplayWidth.pad(cell, widths[column])
            }.joined(separator: "  ") + "\n"
        }
        return ([headers] + rows).map(line).joined()
    }
}
