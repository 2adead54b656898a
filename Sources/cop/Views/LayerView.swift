import ChildOnlineProtection

/// What `cop show` adds for layered content: each layer's amendments and replacement after the base text,
/// a withdrawal notice, the layer that added a record, and services and laws.
struct LayerView {
    let base: KnowledgeBase

    /// The lines for `id`, or `nil` when no layer concerns it.
    func lines(for id: String) -> [StyledText]? {
        if let service = base.service(id: id) { return lines(for: service) }
        if let law = base.law(id: id) { return lines(for: law) }
        let changes = base.changes(of: id)
        var lines = changes.flatMap(lines(for:))
        // A record a layer added (a recommendation, section or term) says which layer and on what source.
        if let record = base.record(id: id), record.layer != Baseline.layerID,
            !changes.contains(where: { $0.action == .replace && $0.layerID == record.layer })
        {
            lines = ["", addedLine(layer: record.layer, provenance: record.provenance)] + lines
        }
        return lines.isEmpty ? nil : lines
    }

    /// "Added by LAYER: SOURCE (confidence: LEVEL)", for a record a layer added.
    private func addedLine(layer: String, provenance: Provenance?) -> StyledText {
        guard let provenance else { return "Added by \(layer)" }
        return "Added by \(layer): \(provenance.source) (confidence: \(provenance.confidence.rawValue))"
    }

    private func lines(for change: LayerChange) -> [StyledText] {
        let provenance: StyledText =
            """
              Source: \(change.provenance.source) (confidence: \(change.provenance.confidence.rawValue)); \
            \(String(describing: change.location))
            """
        switch change.action {
        case .amend:
            return ["", "Amended by \(change.layerID): \(change.title)", provenance]
                + TextLayout.body(change.text).map { StyledText("  ") + $0 }
        case .replace:
            return [
                "", "Text replaced by \(change.layerID) (the text above is theirs): \(change.reason ?? "")", provenance,
            ]
        case .withdraw:
            return ["", "Withdrawn by \(change.layerID): \(change.reason ?? "")", provenance]
        }
    }

    private func lines(for service: Service) -> [StyledText] {
        var lines: [StyledText] = [StyledText(service.name), "ID: \(service.id) (service, layer \(service.layerID))"]
        lines += TextLayout.body(service.description)
        for (label, fact) in [("Phone", service.phone), ("Web", service.web)] {
            if let fact {
                lines.append(
                    "\(label): \(fact.value)  [source: \(fact.source), confidence: \(fact.confidence.rawValue)]")
            }
        }
        for (label, value) in [("Hours", service.hours), ("Ages", service.ages), ("How to reach it", service.contact)] {
            if let value { lines.append("\(label): \(value)") }
        }
        if !service.languages.isEmpty { lines.append("Languages: \(service.languages.joined(separator: ", "))") }
        lines.append("Risks: \(service.riskIDs.map(\.rawValue).joined(separator: ", "))")
        return lines
    }

    private func lines(for law: Law) -> [StyledText] {
        var lines: [StyledText] = [StyledText(law.title), "ID: \(law.id) (law, layer \(law.layerID))"]
        lines.append(
            """
            Citation: \(law.citation.value)\(law.section.map { ", \($0)" } ?? "")  [source: \(law.citation.source), \
            confidence: \(law.citation.confidence.rawValue)]
            """
        )
        if let web = law.web {
            lines.append("Web: \(web.value)  [source: \(web.source), confidence: \(web.confidence.rawValue)]")
        }
        lines += TextLayout.body(law.text)
        lines.append("Risks: \(law.riskIDs.map(\.rawValue).joined(separator: ", "))")
        if !law.audiences.isEmpty {
            lines.append("Audiences: \(law.audiences.map(\.rawValue).joined(separator: ", "))")
        }
        return lines
    }
}
