public import Foundation

extension KnowledgeBase {
    /// The content bundled with the library (the English `Content/en` folder), compiled on first use.
    ///
    /// The content is compiled into the binary, so this works from any working directory and from a
    /// release binary copied elsewhere. Compiled once per process; later calls return the same value.
    /// - Throws: ``ContentError`` if the bundled content has errors (the project's tests prevent that).
    public static func bundled() throws(ContentError) -> KnowledgeBase {
        try bundledCompilation.get()
    }

    /// The compilation of the bundled content, with its warnings.
    public static var bundledCompilation: Compilation { bundledCache }

    private static let bundledCache: Compilation = ContentCompiler.compile(
        BundledContent.files.map { ContentFile(path: $0.path, text: $0.text) },
        root: "Content/en"
    )

    /// Compiles the content in `directory` (a national adaptation, a translation) with the same
    /// compiler and diagnostics as the bundled content.
    /// - Throws: ``ContentError`` when the folder cannot be read or the content has errors.
    /// - Complexity: O(n) in the total size of the files.
    public init(contentsOf directory: URL) throws(ContentError) {
        self = try Self.compile(contentsOf: directory).get()
    }

    /// Compiles the content in `directory` and returns the result with all its diagnostics, without
    /// throwing: what `cop lint` uses. Unreadable files, symbolic links (never followed) and
    /// files over the size limit become diagnostics.
    public static func compile(contentsOf directory: URL) -> Compilation {
        let reading = ContentDirectoryReader.read(directory)
        let compilation = ContentCompiler.compile(reading.files, root: reading.root)
        return Compilation(knowledgeBase: compilation.knowledgeBase, diagnostics: (reading.diagnostics + compilation.diagnostics).sorted())
    }
}
