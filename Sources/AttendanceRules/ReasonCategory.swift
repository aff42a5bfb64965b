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

    /// The name shown to a manager.
    public var name: String {
        switch self {
        case .stressAnxietyDepression: "Stress, anxiety or depression"
        case .musculoskeletal: "Musculoskeletal"
        case .backPain: "Back pain"
        case .coldFlu: "Cold or flu"
        case .gastrointestinal: "Stomach or bowel (gastrointestinal)"
        case .headacheMigraine: "Headache or migraine"
        case .infection: "Infection"
        case .injury: "Injury"
        case .respiratory: "Breathing or chest (respiratory)"
        case .heartCirculation: "Heart or circulation"
        case .operationRecovery: "Recovering from an operation"
        case .pregnancyRelated: "Pregnancy-related"
        case .other: "Other"
        case .notGiven: "Not given"
        }
    }
}
