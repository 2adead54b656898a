public import Foundation
public import GuidelineKnowledge

/// The content files of a folder read into memory, with every problem met reading them: what
/// ``GuidelineKnowledge/KnowledgeBase/init(contentsOf:limits:)`` reads before it compiles.
///
/// ```swift
/// let folder = ContentFolder(contentsOf: packageRoot.appending(path: "Content/en"), root: "Content/en")
/// let compilation = folder.compile()
/// ```
/// Every `.md` file below the folder except `README.md` files is read; hidden files and folders are skipped.
/// The walk never leaves the folder: symbolic links below it are not followed (a warning each), and it stops
/// at the folder-wide ``ContentLimits`` (an error).
public struct ContentFolder: Sendable {
    /// How the folder's paths start, without a trailing slash (e.g. `Content/en`).
    public let root: String
    /// The content files, sorted by path. Each path is ``root``, a slash and the file's path inside the folder.
    public let files: [ContentFile]
    /// Problems met reading the folder (unreadable or oversized files, symbolic links, limits reached, no
    /// content files at all), located by path.
    public let diagnostics: [Diagnostic]
    /// The limits the folder was read within, which ``compile()`` keeps to as well.
    public let limits: ContentLimits

    /// Reads the content files of `directory`.
    ///
    /// Never throws: a folder that cannot be read gives no files and an error diagnostic.
    /// - Parameters:
    ///   - directory: the content folder.
    ///   - root: how file paths (and so diagnostics and source locations) start, e.g. `Content/en` for a folder
    ///     given by its absolute path. By default, the folder as `directory` names it (its `relativePath`).
    ///   - limits: the folder-wide limits of the walk (``ContentLimits/standard`` by default).
    /// - Complexity: O(n) in the total size of the files.
    public init(contentsOf directory: URL, root: String? = nil, limits: ContentLimits = .standard) {
        self = ContentDirectoryReader.read(directory, root: root, limits: limits)
    }

    init(root: String, files: [ContentFile], diagnostics: [Diagnostic], limits: ContentLimits) {
        self.root = root
        self.files = files.sorted { $0.path < $1.path }
        self.diagnostics = diagnostics
        self.limits = limits
    }

    /// Whether reading the folder met an error (some content was not read).
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Compiles the files read with ``ContentCompiler``: the knowledge base and the diagnostics of reading
    /// and compiling, sorted by location together.
    /// - Complexity: O(n) in the total size of the files.
    public func compile() -> Compilation {
        let compilation = ContentCompiler.compile(files, root: root, limits: limits)
        return Compilation(
            knowledgeBase: compilation.knowledgeBase, diagnostics: (diagnostics + compilation.diagnostics).sorted())
    }
}
