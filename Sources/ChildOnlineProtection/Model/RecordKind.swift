/// The kind of a searchable record; the raw value is the `kind` of the CLI's JSON contract.
public enum RecordKind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case section
    case risk
    case harm
    case recommendation
    case checklistItem = "checklist-item"
    case topic
    case term

    public static func < (lhs: RecordKind, rhs: RecordKind) -> Bool {
        isDeclared(lhs, before: rhs)
    }
}
