/// What a form field holds: free text, or one of a list of choices (←/→ cycle).
public enum FormFieldKind: Hashable, Sendable {
    case text
    case choice([String])
}
