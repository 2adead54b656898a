/// The kind of a searchable record; the raw value is the `kind` of the CLI's JSON contract.
public enum RecordKind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case section
    case risk
    case harm
    case recommendation
    case checklistItem = "checklist-item"
    case topic
    case term
    /// A national or local service (helpline, hotline, reporting portal, regulator) added by an adaptation.
    case service
    /// A national law added by an adaptation.
    case law

    public static func < (lhs: RecordKind, rhs: RecordKind) -> Bool {
        isDeclared(lhs, before: rhs)
    }
}
