/// A template file: its text and where it came from (shown in every problem), found in a letters folder: `<folder>/<set>/<name>.mustache`, where the set
/// is a policy id or `default` (shipped), or `""` for a file at the top of HR's own folder.
public struct LetterTemplateFile: Hashable, Sendable {
    public let set: String
    public let name: String
    public let file: String
    public let text: String

    public init(set: String, name: String, file: String, text: String) {
        self.set = set
        self.name = name
        self.file = file
        self.text = text
    }
}
