/// What the applied layers changed, kept with the merged knowledge base so that records, `show` and
/// `diff` can say which layer each part comes from.
struct Layering: Sendable, Codable {
    /// The applied layers, in order.
    var layers: [LayerManifest] = []
    /// Every applied change by target ID, in the order applied.
    var changes: [String: [LayerChange]] = [:]
    /// The base record of every changed ID, as the baseline has it (for `show` and staleness).
    var baseRecords: [String: Record] = [:]
    /// The layer of each record a layer added or replaced.
    var origin: [String: String] = [:]
    var services: [Service] = []
    var laws: [Law] = []
    /// The folder of each applied layer read from one (standardized path to layer ID), to catch a folder given twice.
    var folders: [String: String] = [:]
    /// The provenance of each glossary term a layer added (the baseline's terms carry none).
    var termProvenance: [String: Provenance] = [:]

    /// The amendments of `id`, in layer order.
    func amendments(of id: String) -> [LayerChange] { changes[id, default: []].filter { $0.action == .amend } }

    /// The withdrawal of `id`, if a layer withdrew it.
    func withdrawal(of id: String) -> LayerChange? { changes[id]?.first { $0.action == .withdraw } }

    /// A record with its layer set, an added term's provenance, and its amendments' notes after its text, so
    /// search and export see them.
    func decorate(_ record: Record) -> Record {
        var merged = record
        if let layer = origin[record.id] { merged.layer = layer }
        let notes = amendments(of: record.id)
        let termSource = termProvenance[record.id]
        guard !notes.isEmpty || termSource != nil else { return merged }
        let text = ([record.text] + notes.map { "\(layerName($0.layerID)): \($0.text)" }).joined(separator: "\n\n")
        return Record(
            id: merged.id, kind: merged.kind, audience: merged.audience, title: merged.title, text: text,
            aliases: merged.aliases,
            risks: merged.risks, topics: merged.topics, ageBands: merged.ageBands, readers: merged.readers,
            questions: merged.questions,
            provenance: termSource ?? merged.provenance, location: merged.location, layer: merged.layer
        )
    }

    /// Base records decorated, then the services and laws.
    func merged(_ records: [Record]) -> [Record] {
        guard !layers.isEmpty else { return records }
        return records.map(decorate) + services.map(Record.init) + laws.map(Record.init)
    }

    /// A service or law added by a layer.
    func addedRecord(id: String) -> Record? {
        services.first { $0.id == id }.map(Record.init) ?? laws.first { $0.id == id }.map(Record.init)
    }

    func layerName(_ id: String) -> String {
        layers.first { $0.id == id }.map { "\($0.name) (\($0.id))" } ?? id
    }
}

extension Record {
    init(_ service: Service) {
        let facts = [
            service.phone.map { "Phone: \($0.value)" }, service.web.map { "Web: \($0.value)" },
            service.hours.map { "Hours: \($0)" },
            service.ages.map { "Ages: \($0)" }, service.contact.map { "How to reach it: \($0)" },
            service.languages.isEmpty ? nil : "Languages: \(service.languages.joined(separator: ", "))",
        ].compactMap { $0 }
        let confidence = [service.phone?.confidence, service.web?.confidence].compactMap { $0 }.min {
            isDeclared($1, before: $0)
        }
        let source = service.web?.source ?? service.phone?.source
        let provenance = source.flatMap { source in confidence.map { Provenance(source: source, confidence: $0) } }
        self.init(
            id: service.id, kind: .service, audience: nil, title: service.name,
            text: ([service.description] + facts).joined(separator: "\n"),
            aliases: [], risks: service.riskIDs, topics: ["reporting"], ageBands: [], readers: [],
            questions: service.questions,
            provenance: provenance, location: service.location, layer: service.layerID
        )
    }

    init(_ law: Law) {
        let heading = [law.citation.value, law.section].compactMap { $0 }.joined(separator: ", ")
        self.init(
            id: law.id, kind: .law, audience: nil, title: law.title, text: heading + "\n" + law.text,
            aliases: [], risks: law.riskIDs, topics: ["legal-framework"], ageBands: [], readers: [], questions: [],
            provenance: Provenance(source: law.citation.source, confidence: law.citation.confidence),
            location: law.location, layer: law.layerID
        )
    }
}
