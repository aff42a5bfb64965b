/// The kind of record a letter is written from.
public enum LetterSubject: String, Hashable, Sendable {
    /// A meeting (`--meeting ID`).
    case meeting
    /// A stage outcome (`--outcome ID`).
    case outcome
    /// A return-to-work interview (`--interview ID`).
    case interview

    /// The command-line option that names the record.
    public var option: String { "--\(rawValue)" }
}
