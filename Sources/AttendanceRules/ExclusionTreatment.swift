/// How absences of a related category are treated for triggers (AMB-46 matrix).
public enum ExclusionTreatment: String, PolicyEnum {
    /// Counted as any other sickness.
    case count
    /// Not counted (recorded separately).
    case exclude
    /// Not counted when a fit note covers it (NUL16 s14 infectious disease).
    case excludeIfFitNote
    /// Not counted unless a whole day was lost (NUL16 s15 medical appointments).
    case excludeUnlessWholeDay
    /// Counted, but HR advice is needed before any action on it.
    case hrReview
}
