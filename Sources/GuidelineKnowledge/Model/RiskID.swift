/// The 20 risks of the project's taxonomy, each in one of the 4C categories.
///
/// The raw value is the stable ID written in content, queries and JSON.
public enum RiskID: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case csam
    case csea
    case grooming
    case sextortion
    case livestreamedAbuse = "livestreamed-abuse"
    case unsafeContact = "unsafe-contact"
    case sexting
    case imageBasedAbuse = "image-based-abuse"
    case cyberbullying
    case excessiveUse = "excessive-use"
    case harmfulContent = "harmful-content"
    case pornography
    case selfHarm = "self-harm"
    case hateSpeech = "hate-speech"
    case extremism
    case misinformation
    case privacy
    case commercialExploitation = "commercial-exploitation"
    case scams
    case cybersecurity

    /// The 4C category the taxonomy assigns to this risk.
    public var category: RiskCategory {
        switch self {
        case .csam, .harmfulContent, .pornography, .selfHarm, .hateSpeech, .extremism, .misinformation: .content
        case .csea, .grooming, .sextortion, .livestreamedAbuse, .unsafeContact: .contact
        case .sexting, .imageBasedAbuse, .cyberbullying, .excessiveUse: .conduct
        case .privacy, .commercialExploitation, .scams, .cybersecurity: .contract
        }
    }

    public static func < (lhs: RiskID, rhs: RiskID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The 4C classification of online risks to children: content, contact, conduct, contract.
public enum RiskCategory: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case content, contact, conduct, contract

    public static func < (lhs: RiskCategory, rhs: RiskCategory) -> Bool {
        isDeclared(lhs, before: rhs)
    }
}
