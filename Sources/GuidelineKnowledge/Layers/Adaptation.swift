public import Foundation

/// A national or local adaptation: a folder of Markdown with a manifest, layered over the ITU baseline.
///
/// ```swift
/// let guidelines = try KnowledgeBase.bundled().adapted(by: [Adaptation(contentsOf: url)])
/// ```
/// Compiling a layer needs no baseline; checks against the baseline (unknown IDs, staleness, conflicts
/// between layers) run when it is applied (``KnowledgeBase/adapted(by:)``).
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
    public internal(set) var folder: String?

    /// Compiles the layer in `directory`.
    /// - Throws: ``ContentError`` with every diagnostic when the folder is not a layer or has errors.
    public init(contentsOf directory: URL) throws(ContentError) {
        let compilation = Self.compile(contentsOf: directory)
        guard let adaptation = compilation.adaptation,
            !compilation.diagnostics.contains(where: { $0.severity == .error })
        else {
            throw ContentError(diagnostics: compilation.diagnostics)
        }
        self = adaptation
    }

    init(
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

    /// Compiles the layer in `directory` without throwing: the layer (when it has a usable manifest) and
    /// every diagnostic, sorted. What `cop lint --adaptation` uses.
    public static func compile(contentsOf directory: URL) -> AdaptationCompilation {
        var isFolder: ObjCBool = false
        let display = directory.relativePath
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isFolder), isFolder.boolValue else {
            let diagnostic = Diagnostic(
                .error, .notALayer, "'\(display)' is not a folder",
                hint: "an adaptation is a folder holding a manifest ('- Layer: adaptation') and its content files",
                at: SourceLocation(file: display, line: 1, column: 1))
            return AdaptationCompilation(adaptation: nil, diagnostics: [diagnostic])
        }
        let reading = ContentDirectoryReader.read(directory)
        let compiled = compile(reading.files, root: reading.root)
        var adaptation = compiled.adaptation
        adaptation?.folder = directory.standardizedFileURL.resolvingSymlinksInPath().path
        return AdaptationCompilation(
            adaptation: adaptation, diagnostics: (reading.diagnostics + compiled.diagnostics).sorted())
    }

    /// Compiles layer files given in memory (tests, the fuzz target).
    public static func compile(_ files: [ContentFile], root: String) -> AdaptationCompilation {
        var session = LayerSession(root: root)
        return session.compile(files)
    }
}

/// The result of compiling a layer on its own.
public struct AdaptationCompilation: Sendable {
    /// The layer, or `nil` when it has no usable manifest.
    public let adaptation: Adaptation?
    /// Errors and warnings, sorted by location.
    public let diagnostics: [Diagnostic]
}
