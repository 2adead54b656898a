/// One of the four audience-specific guideline sets of the ITU 2020 COP Guidelines.
///
/// The raw value is the stable ID used in content, queries, JSON and the CLI.
public enum Audience: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case children
    case parentsEducators = "parents-educators"
    case industry
    case policyMakers = "policy-makers"

    public static func < (lhs: Audience, rhs: Audience) -> Bool {
        isDeclared(lhs, before: rhs)
    }
}

/// The age bands of the children's guidelines.
public enum AgeBand: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case under9 = "under-9"
    case from9To12 = "9-12"
    case from13To18 = "13-18"

    public static func < (lhs: AgeBand, rhs: AgeBand) -> Bool {
        isDeclared(lhs, before: rhs)
    }
}

/// Who a parents-and-educators recommendation is written for.
public enum Reader: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case parents
    case educators

    public static func < (lhs: Reader, rhs: Reader) -> Bool { lhs.rawValue < rhs.rawValue }
}
