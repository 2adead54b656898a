/// A national or local adaptation: a folder of Markdown with a manifest, layered over the ITU baseline.
///
/// ```swift
/// let guidelines = try KnowledgeBase.bundled().adapted(by: [Adaptation(contentsOf: url)])
/// ```
/// Layers are compiled from their Markdown by the `GuidelineCompiler` module (`Adaptation(contentsOf:)`,
/// `Adaptation.compile(contentsOf:)`); this module, which parses no Markdown, applies them. Compiling a layer
/// needs no baseline; checks against the baseline (unknown IDs, staleness, conflicts between layers) run when
/// it is applied (``KnowledgeBase/adapted(by:)``).
public struct Adaptation: Sendable, Hashable {
    /// What the layer says about itself.
    public let manifest: LayerManifest
    /// Its amendments, replacements and withdrawals, in file order.
    public let changes: [LayerChange]
    /// Recommendations, checklist items and sections it adds under sections, in file order.
    public let additions: [LayerAddition]
    /// The glossary terms it adds.
    public let terms: [LayerTerm]
    /// The services it adds.
    public let services: [Service]
    /// The laws it adds.
    public let laws: [Law]

    /// The layer's ID (its manifest's).
    public var id: String { manifest.id }
    /// The folder it was read from (standardized, symbolic links resolved), or `nil` for a layer compiled
    /// from files in memory. Applying the same folder twice is an error.
    public package(set) var folder: String?

    /// Creates a layer from its parts (the layer compiler and snapshots build them).
    package init(
        manifest: LayerManifest, changes: [LayerChange], additions: [LayerAddition], services: [Service], laws: [Law],
        terms: [LayerTerm]
    ) {
        self.manifest = manifest
        self.changes = changes
        self.additions = additions
        self.services = services
        self.laws = laws
        self.terms = terms
    }
}
