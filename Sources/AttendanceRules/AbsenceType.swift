/// Every kind of absence the seed policies name. Only `sickness` counts towards sickness
/// triggers; the others are recorded so that calendars, return-to-work duties and
/// spell-merging rules (annual leave breaks a spell, AMB-04) can see them.
public enum AbsenceType: String, PolicyEnum {
    case sickness
    case annualLeave = "annual-leave"
    case publicHoliday = "public-holiday"
    case specialLeave = "special-leave"
    case bereavement
    case compassionate
    case dependants
    case domesticEmergency = "domestic-emergency"
    case juryService = "jury-service"
    case medicalAppointment = "medical-appointment"
    case maternity
    case paternity
    case adoption
    case sharedParental = "shared-parental"
    case parental
    case birthSupport = "birth-support"
    case infertilityTreatment = "infertility-treatment"
    case disabilityLeave = "disability-leave"
    case donation
    case reserveForces = "reserve-forces"
    case publicDuties = "public-duties"
    case studyLeave = "study-leave"
    case toil
    case adverseWeather = "adverse-weather"
    case unpaid
    case employmentBreak = "employment-break"
    case medicalSuspension = "medical-suspension"

    /// A display name.
    public var label: String {
        switch self {
        case .sickness: "Sickness"
        case .annualLeave: "Annual leave"
        case .publicHoliday: "Public holiday"
        case .specialLeave: "Special leave"
        case .bereavement: "Bereavement leave"
        case .compassionate: "Compassionate leave"
        case .dependants: "Time off for dependants"
        case .domesticEmergency: "Exceptional domestic circumstances"
        case .juryService: "Jury service"
        case .medicalAppointment: "Medical or dental appointment"
        case .maternity: "Maternity leave"
        case .paternity: "Paternity leave"
        case .adoption: "Adoption leave"
        case .sharedParental: "Shared parental leave"
        case .parental: "Parental leave"
        case .birthSupport: "Birth support leave"
        case .infertilityTreatment: "Infertility treatment leave"
        case .disabilityLeave: "Disability related leave"
        case .donation: "Blood, organ or bone marrow donation"
        case .reserveForces: "Reserve forces / Territorial Army"
        case .publicDuties: "Civic and public duties"
        case .studyLeave: "Study leave"
        case .toil: "Time off in lieu"
        case .adverseWeather: "Adverse weather or transport disruption"
        case .unpaid: "Unpaid leave"
        case .employmentBreak: "Employment break"
        case .medicalSuspension: "Medical suspension"
        }
    }

    /// Where the seeds name this type.
    public var source: String {
        switch self {
        case .sickness: "NUL16 s8 [002:1113]; NOTTS [001:14]; CAF [004:137]"
        case .annualLeave: "BTPA [003:147-150]; CAF [004:489]"
        case .publicHoliday: "BTPA [003:127-136]; CAF [004:489]"
        case .specialLeave: "CAF [004:539-553]; BTPA [003:308]"
        case .bereavement: "BTPA [003:307-309]; CAF [004:557]"
        case .compassionate: "BTPA [003:314-318]; CAF [004:549]"
        case .dependants: "NULC [002:80-86]; BTPA [003:340-341]; CAF [004:547]"
        case .domesticEmergency: "BTPA [003:329]"
        case .juryService: "BTPA [003:421-429]; CAF [004:521]"
        case .medicalAppointment: "NUL16 s15 [002:1176]; BTPA [003:333-336]; CAF [004:163]"
        case .maternity: "CAF [004:296]; NUL16 s16.2 [002:1181]"
        case .paternity: "CAF [004:461]"
        case .adoption: "CAF [004:318-340]"
        case .sharedParental: "CAF [004:352-370]"
        case .parental: "CAF [004:475-479]"
        case .birthSupport: "CAF [004:461-465]"
        case .infertilityTreatment: "CAF [004:565]"
        case .disabilityLeave: "CAF [004:535]"
        case .donation: "BTPA [003:433-435]; CAF [004:561]"
        case .reserveForces: "BTPA [003:166]; CAF [004:527]"
        case .publicDuties: "BTPA [003:455-470]; CAF [004:513]"
        case .studyLeave: "BTPA [003:170-173]"
        case .toil: "BTPA [003:162]; CAF [004:507]"
        case .adverseWeather: "BTPA [003:485-504]; CAF [004:571]"
        case .unpaid: "BTPA [003:474-481]; CAF [004:577]"
        case .employmentBreak: "BTPA [003:279-280]"
        case .medicalSuspension: "CAF [004:171-173]"
        }
    }
}
