/// Applying layers to a compiled knowledge base, without recompiling it.
extension KnowledgeBase {
    /// This knowledge base with `layers` applied in order (baseline, then national, then regional or
    /// organisational). The Markdown is not read again; only the merged records are re-indexed.
    ///
    /// ```swift
    /// let guidelines = try KnowledgeBase.bundled().adapted(by: [Adaptation(contentsOf: url)])
    /// ```
    /// (`KnowledgeBase.bundled()` is in `ChildOnlineProtection`, `Adaptation(contentsOf:)` in `GuidelineCompiler`.)
    /// A layer whose manifest says `Stacks on: gb` must come after `gb`; two layers replacing one record need
    /// the later to say `Overrides: gb`.
    /// - Throws: ``ContentError`` with every diagnostic when a layer names an unknown base record, conflicts
    ///   with an earlier layer, touches the taxonomy, is given twice, or stacks out of order or in a cycle.
    /// - Complexity: O(l + n) for l changed records and n records to re-index.
    public func adapted(by layers: [Adaptation]) throws(ContentError) -> KnowledgeBase {
        try adapting(layers).get()
    }

    /// Applies `layers` without throwing: the merged knowledge base and every diagnostic (errors and
    /// staleness warnings). What `cop lint --adaptation` reports.
    public func adapting(_ layers: [Adaptation]) -> Compilation {
        var merge = LayerMerge(base: self)
        merge.apply(layers)
        return Compilation(knowledgeBase: merge.knowledgeBase(), diagnostics: merge.log.diagnostics.sorted())
    }

    /// The layers applied to this knowledge base, in order (none for the baseline).
    public var layers: [LayerManifest] { layering.layers }
    /// The services the layers add, in layer order.
    public var services: [Service] { layering.services }
    /// The laws the layers add, in layer order.
    public var laws: [Law] { layering.laws }
    /// Every change the layers make to `id` (amendments, a replacement, a withdrawal), in order.
    public func changes(of id: String) -> [LayerChange] { layering.changes[id, default: []] }
    /// The withdrawal of `id`, when a layer withdrew it (then ``record(id:)`` is `nil`).
    public func withdrawal(of id: String) -> LayerChange? { layering.withdrawal(of: id) }
    /// The baseline's record for an ID a layer changed (its text before any layer).
    public func baseRecord(id: String) -> Record? { layering.baseRecords[id] }
    /// The service with `id`.
    public func service(id: String) -> Service? { layering.services.first { $0.id == id } }
    /// The law with `id`.
    public func law(id: String) -> Law? { layering.laws.first { $0.id == id } }
}
