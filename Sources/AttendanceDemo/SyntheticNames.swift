/// Given and family names for the synthetic organisation, in groups that reflect the UK's mix:
/// English, Welsh, Scottish (with Gaelic spellings), Irish, South Asian, Chinese, Polish and
/// West African names. A person mostly takes both names from one group, sometimes not.
enum SyntheticNames {
    struct Group: Sendable {
        /// Out of 100: how often the group is drawn.
        let weight: Int
        let given: [String]
        let family: [String]
        /// Names usually written family name first (Chinese).
        var familyFirst = false
    }

    static let groups: [Group] = [
        Group(weight: 46,
              given: ["Oliver", "Amelia", "George", "Olivia", "Harry", "Isla", "Jack", "Emily", "Charlie", "Sophie", "Thomas",
                      "Jessica", "James", "Lily", "William", "Grace", "Daniel", "Chloe", "Samuel", "Hannah", "Joseph", "Ella",
                      "Matthew", "Lucy", "Benjamin", "Charlotte", "Luke", "Rebecca", "Adam", "Laura", "Paul", "Karen", "Mark",
                      "Susan", "Gary", "Julie", "Stephen", "Tracey", "Andrew", "Claire", "Ryan", "Megan", "Callum", "Holly"],
              family: ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
                       "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Hughes",
                       "Edwards", "Turner", "Hill", "Moore", "Cooper", "Ward", "Morris", "King", "Watson", "Harrison", "Baker",
                       "Bennett", "Parker", "Cook", "Bailey", "Marshall", "Fletcher", "Holmes", "Shaw", "Lloyd", "Ellis"]),
        Group(weight: 8,
              given: ["Dafydd", "Rhiannon", "Gwenllian", "Iwan", "Siân", "Cerys", "Gethin", "Eleri", "Rhys", "Nia", "Llŷr",
                      "Angharad", "Owain", "Ffion", "Emyr", "Carys", "Huw", "Lowri", "Tomos", "Mererid", "Aled", "Bethan"],
              family: ["Evans", "Jones", "Prys", "ap Gwilym", "Llewellyn", "Pritchard", "Powell", "Griffiths", "Vaughan",
                       "Rees", "Morgan", "Howells", "Pugh", "Bowen", "Lewis", "Price", "Parry", "Gruffydd", "Meredith"]),
        Group(weight: 10,
              given: ["Eilidh", "Ruairidh", "Catrìona", "Calum", "Mairi", "Iain", "Morag", "Ewan", "Kirsty", "Lewis", "Fiona",
                      "Alasdair", "Seonaid", "Hamish", "Isla", "Fraser", "Ailsa", "Murdo", "Sìne", "Lachlan", "Niamh", "Douglas"],
              family: ["MacLeod", "NicLeòid", "MacAoidh", "NicDhòmhnaill", "Stewart", "Campbell", "MacIver", "Fraser",
                       "Paterson", "Ferguson", "Sinclair", "MacDonald", "Robertson", "Murray", "Reid", "Ross", "MacKenzie",
                       "Munro", "Cameron", "Grant", "Buchanan", "MacLean", "Urquhart"]),
        Group(weight: 8,
              given: ["Aoife", "Pádraig", "Ciarán", "Orla", "Niamh", "Eilís", "Seán", "Siobhán", "Declan", "Róisín", "Conor",
                      "Caoimhe", "Eoin", "Saoirse", "Cathal", "Gráinne", "Fionnuala", "Darragh", "Méabh", "Oisín"],
              family: ["Ní Bhriain", "Ó Súilleabháin", "McAleese", "Devlin", "Gallagher", "Doherty", "Ní Cheallaigh", "O'Neill",
                       "McLaughlin", "Kelly", "Murphy", "Quinn", "Byrne", "Brennan", "McCann", "Hughes", "O'Connor",
                       "Montgomery", "Mulholland", "Ó Briain", "Maguire"]),
        Group(weight: 12,
              given: ["Aisha", "Mohammed", "Harpreet", "Priya", "Arjun", "Fatima", "Imran", "Sunita", "Ravi", "Zainab",
                      "Amir", "Nadia", "Sanjay", "Ayesha", "Gurpreet", "Hassan", "Anjali", "Tariq", "Deepa", "Usman", "Rukhsana",
                      "Vikram", "Shabnam", "Kiran"],
              family: ["Begum", "Iqbal", "Kaur", "Singh", "Patel", "Raman", "Sharma", "Khan", "Hussain", "Ahmed", "Akhtar",
                       "Shah", "Mistry", "Chaudhry", "Gill", "Sandhu", "Rahman", "Choudhury", "Malik", "Bhatt", "Desai", "Ali"]),
        Group(weight: 5,
              given: ["Xiaoming", "Mei", "Wei", "Li Na", "Jun", "Yan", "Hao", "Ling", "Chen", "Xin", "Ka Wai", "Siu Ming"],
              family: ["Wang", "Li", "Zhang", "Chen", "Liu", "Wong", "Chan", "Lam", "Cheung", "Ho", "Yang", "Zhou"],
              familyFirst: true),
        Group(weight: 6,
              given: ["Tomasz", "Agnieszka", "Piotr", "Katarzyna", "Michał", "Małgorzata", "Krzysztof", "Joanna", "Paweł",
                      "Magdalena", "Łukasz", "Ewa", "Marek", "Zofia", "Jakub", "Anna"],
              family: ["Wiśniewski", "Kowalska", "Nowak", "Wójcik", "Kamińska", "Lewandowski", "Zieliński", "Szymańska",
                       "Woźniak", "Dąbrowski", "Kozłowska", "Jankowski", "Mazur", "Krawczyk"]),
        Group(weight: 5,
              given: ["Chidi", "Kwame", "Adaeze", "Oluwaseun", "Ama", "Kofi", "Ngozi", "Tunde", "Abena", "Emeka", "Folake", "Yaw"],
              family: ["Okafor", "Mensah", "Adeyemi", "Owusu", "Boateng", "Okonkwo", "Asante", "Balogun", "Nwosu", "Appiah"]),
    ]

    /// The total of the groups' weights.
    static let totalWeight = groups.reduce(0) { $0 + $1.weight }

    /// A full name ("Given Family"), drawn from `rng`.
    static func name(_ rng: inout SplitMix64) -> String {
        let group = pickGroup(&rng)
        let familyGroup = rng.chance(0.15) ? pickGroup(&rng) : group
        let given = rng.pick(group.given)
        let family = rng.pick(familyGroup.family)
        if group.familyFirst, familyGroup.familyFirst, rng.chance(0.5) {
            return "\(family) \(given)"
        }
        return "\(given) \(family)"
    }

    private static func pickGroup(_ rng: inout SplitMix64) -> Group {
        var roll = rng.int(in: 0...(totalWeight - 1))
        for group in groups {
            if roll < group.weight { return group }
            roll -= group.weight
        }
        return groups[0]
    }

    /// Places teams work from, by nation.
    static let englandAndWalesPlaces = [
        "Stoke-on-Trent", "Cardiff", "Leeds", "Bristol", "Manchester", "Birmingham", "Swansea", "Newcastle upon Tyne",
        "Nottingham", "Sheffield", "Norwich", "Plymouth", "Wrexham", "Liverpool", "Leicester", "Bangor", "Exeter", "York",
    ]
    static let scotlandPlaces = ["Glasgow", "Edinburgh", "Aberdeen", "Dundee", "Inverness", "Stirling"]
    static let northernIrelandPlaces = ["Belfast", "Derry~Londonderry", "Newry", "Enniskillen"]

    /// What teams do.
    static let functions = [
        "Customer Contact", "Revenues and Benefits", "Housing Support", "Finance", "Payroll", "Planning", "Licensing",
        "Environmental Health", "Adult Social Care", "Children's Services", "Digital Services", "Facilities", "Legal Services",
        "Procurement", "Highways", "Waste and Recycling", "Libraries", "Registration Services",
    ]
}
