/// The fixed vocabulary that content, tests and users rely on, beyond the closed enums.
public enum Taxonomy {
    /// Topic IDs every content folder must define. Content may add more.
    public static let requiredTopicIDs: [String] = [
        "gaming", "social-media", "ai", "iot", "disabilities", "vulnerable-groups", "child-rights",
        "reporting", "education", "parental-controls", "age-assurance", "safety-by-design",
        "national-strategy", "legal-framework", "law-enforcement", "corporate-policy", "research-data",
    ]
}
