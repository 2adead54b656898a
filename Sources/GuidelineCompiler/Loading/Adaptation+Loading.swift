public import Foundation
public import GuidelineKnowledge

/// Compiling a layer folder, or layer files held in memory, into an `Adaptation`.
extension Adaptation {
    /// Compiles the layer in `directory`.
    /// - Throws: `ContentError` with every diagnostic when the folder is not a layer or has errors.
    public init(contentsOf directory: URL) throws(ContentError) {
        let compilation = Self.compile(contentsOf: directory)
        guard let adaptation = compilation.adaptation,
            !compilation.diagnostics.contains(where: { $0.severity == .error })
        else {
            throw ContentError(diagnostics: compilation.diagnostics)
        }
        self = adaptation
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
        let folder = ContentFolder(contentsOf: directory)
        let compiled = compile(folder.files, root: folder.root)
        var adaptation = compiled.adaptation
        adaptation?.folder = directory.standardizedFileURL.resolvingSymlinksInPath().path
        return AdaptationCompilation(
            adaptation: adaptation, diagnostics: (folder.diagnostics + compiled.diagnostics).sorted())
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
