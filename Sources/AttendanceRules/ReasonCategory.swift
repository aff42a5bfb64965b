/// A broad reason category for a sickness absence (never a diagnosis). Some categories
/// prompt an occupational health referral, e.g. NUL16 s19.2(f) [002:1210].
public enum ReasonCategory: String, PolicyEnum {
    case stressAnxietyDepression = "stress-anxiety-depression"
    case musculoskeletal
    case backPain = "back-pain"
    case coldFlu = "cold-flu"
    case gastrointestinal
    case headacheMigraine = "headache-migraine"
    case infection
    case injury
    case respiratory
    case heartCirculation = "heart-circulation"
    case operationRecovery = "operation-recovery"
    case pregnancyRelated = "pregnancy-related"
    case other
    case notGiven = "not-given"
}
