/// A category an absence is related to, which the policies treat specially when counting
/// (the AMB-46 exclusion matrix). Stored instead of a diagnosis: health data is
/// special-category personal data.
public enum RelatedCategory: String, PolicyEnum {
    case pregnancy
    case ivf
    case disability
    case infectiousDisease = "infectious-disease"
    case industrialInjury = "industrial-injury"
    case medicalAppointment = "medical-appointment"

    /// A display name.
    public var label: String {
        switch self {
        case .pregnancy: "pregnancy-related"
        case .ivf: "IVF-related"
        case .disability: "disability-related"
        case .infectiousDisease: "infectious disease"
        case .industrialInjury: "injury at work"
        case .medicalAppointment: "medical appointment"
        }
    }
}
