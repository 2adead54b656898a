/// The services and laws of the applied layers as JSON: what `cop list services --json` and
/// `cop list laws --json` print. Every phone number, web address and citation is an object with its
/// `value`, `source` and `confidence`.
public enum LayerCatalogueJSON {
    /// A JSON array of `services`, in order.
    public static func services(_ services: [Service]) -> String {
        JSONValue.array(
            services.map { service in
                .object([
                    ("id", .string(service.id)), ("layer", .string(service.layerID)), ("name", .string(service.name)),
                    ("description", .string(service.description)),
                    ("risks", .array(service.riskIDs.map { .string($0.rawValue) })),
                    ("phone", fact(service.phone)), ("web", fact(service.web)), ("hours", optional(service.hours)),
                    ("ages", optional(service.ages)),
                    ("languages", .array(service.languages.map(JSONValue.string))),
                    ("contact", optional(service.contact)),
                    ("questions", .array(service.questions.map(JSONValue.string))),
                    ("location", .string(service.location.description)),
                ])
            }
        ).serialized(expandedLevels: 1) + "\n"
    }

    /// A JSON array of `laws`, in order.
    public static func laws(_ laws: [Law]) -> String {
        JSONValue.array(
            laws.map { law in
                .object([
                    ("id", .string(law.id)), ("layer", .string(law.layerID)), ("title", .string(law.title)),
                    ("citation", fact(law.citation)),
                    ("section", optional(law.section)), ("text", .string(law.text)),
                    ("risks", .array(law.riskIDs.map { .string($0.rawValue) })),
                    ("audiences", .array(law.audiences.map { .string($0.rawValue) })), ("web", fact(law.web)),
                    ("location", .string(law.location.description)),
                ])
            }
        ).serialized(expandedLevels: 1) + "\n"
    }

    private static func fact(_ fact: SourcedFact?) -> JSONValue {
        guard let fact else { return .null }
        return .object([
            ("value", .string(fact.value)), ("source", .string(fact.source)),
            ("confidence", .string(fact.confidence.rawValue)),
        ])
    }

    private static func optional(_ value: String?) -> JSONValue {
        value.map(JSONValue.string) ?? .null
    }
}
