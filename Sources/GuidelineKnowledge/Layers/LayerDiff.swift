/// What one adaptation adds, amends, replaces and withdraws against the baseline: `cop diff`.
public struct LayerDiff: Sendable {
    /// One line of the diff.
    public struct Entry: Sendable, Hashable {
        /// `adds`, `amends`, `replaces` or `withdraws`.
        public let action: String
        /// The record's ID.
        public let id: String
        /// The record's kind (`service`, `law`, `recommendation`, ...).
        public let kind: String
        /// The record's title (the base title for a change).
        public let title: String
        /// The reason (replace, withdraw), or the first line of the note (amend), or what the record is.
        public let detail: String
        /// Where the claim comes from and how sure the layer is.
        public let source: String
        /// The confidence mark.
        public let confidence: Provenance.Confidence
        /// Where the layer writes it.
        public let location: SourceLocation
    }

    /// The layer.
    public let manifest: LayerManifest
    /// Additions (recommendations, sections, terms, services, laws), then changes, each in file order.
    public let entries: [Entry]

    /// The diff of `adaptation` against `base` (the baseline it is applied to).
    public init(_ adaptation: Adaptation, against base: KnowledgeBase) {
        manifest = adaptation.manifest
        let actions: [LayerChange.Action: String] = [.amend: "amends", .replace: "replaces", .withdraw: "withdraws"]
        let added =
            adaptation.additions.map {
                Entry(
                    action: "adds", id: $0.id, kind: $0.kind.rawValue, title: $0.title,
                    detail: "in \(Audience(rawValue: $0.parentID) == nil ? "section" : "guideline set") \($0.parentID)",
                    source: $0.provenance.source, confidence: $0.provenance.confidence, location: $0.location)
            }
            + adaptation.terms.map {
                Entry(
                    action: "adds", id: $0.id, kind: RecordKind.term.rawValue, title: $0.title, detail: "glossary term",
                    source: $0.provenance.source, confidence: $0.provenance.confidence, location: $0.location)
            }
            + adaptation.services.map {
                Entry(
                    action: "adds", id: $0.id, kind: "service", title: $0.name,
                    detail: [$0.phone?.value, $0.web?.value].compactMap { $0 }.joined(separator: ", "),
                    source: $0.web?.source ?? $0.phone?.source ?? "",
                    confidence: $0.web?.confidence ?? $0.phone?.confidence ?? .low, location: $0.location)
            }
            + adaptation.laws.map {
                Entry(
                    action: "adds", id: $0.id, kind: "law", title: $0.title, detail: $0.citation.value,
                    source: $0.citation.source, confidence: $0.citation.confidence, location: $0.location)
            }
        let changed = adaptation.changes.map { change in
            let target = base.baseRecord(id: change.targetID) ?? base.record(id: change.targetID)
            let note = change.text.split(separator: "\n").first.map(String.init) ?? ""
            return Entry(
                action: actions[change.action] ?? change.action.rawValue, id: change.targetID,
                kind: target?.kind.rawValue ?? "unknown",
                title: target?.title ?? change.title, detail: change.reason ?? note, source: change.provenance.source,
                confidence: change.provenance.confidence, location: change.location
            )
        }
        entries = added + changed
    }

    /// How many entries of each action, in the order adds, amends, replaces, withdraws.
    public var counts: [(action: String, count: Int)] {
        ["adds", "amends", "replaces", "withdraws"].map { action in (action, entries.count { $0.action == action }) }
    }

    /// One JSON object: the layer's manifest fields, `counts` and `entries`.
    public func json() -> String {
        let document = JSONValue.object([
            ("layer", .string(manifest.id)), ("name", .string(manifest.name)),
            ("jurisdiction", .string(manifest.jurisdiction)),
            ("language", .string(manifest.language)), ("base", .string(manifest.base)),
            ("baseVersion", .string(manifest.baseVersion)),
            ("counts", .object(counts.map { ($0.action, JSONValue.integer($0.count)) })),
            (
                "entries",
                .array(
                    entries.map { entry in
                        .object([
                            ("action", .string(entry.action)), ("id", .string(entry.id)), ("kind", .string(entry.kind)),
                            ("title", .string(entry.title)),
                            ("detail", .string(entry.detail)), ("source", .string(entry.source)),
                            ("confidence", .string(entry.confidence.rawValue)),
                            ("location", .string(entry.location.description)),
                        ])
                    })
            ),
        ])
        return document.serialized(expandedLevels: 2) + "\n"
    }
}
