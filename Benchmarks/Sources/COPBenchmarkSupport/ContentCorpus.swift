public import ChildOnlineProtection
import Foundation
public import GuidelineCompiler

/// The bundled content as files read from disk once, at benchmark set-up (the timed parts never touch
/// the file system).
public enum ContentCorpus {
    /// The repository's `Content/en`, found from this source file's path, so it works from any working
    /// directory.
    public static let directory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // COPBenchmarkSupport
        .deletingLastPathComponent()  // Sources
        .deletingLastPathComponent()  // Benchmarks
        .deletingLastPathComponent()  // repository root
        .appendingPathComponent("Content/en")

    /// The content root as the compiler sees it (paths in diagnostics start with it).
    public static let root = "Content/en"

    /// The content files under `Content/en` (as the compiler and the bundled snapshot read them), sorted by
    /// path, with paths `Content/en/...`.
    public static func files() throws -> [ContentFile] {
        let folder = ContentFolder(contentsOf: directory, root: root)
        guard !folder.hasErrors else {
            throw CorpusError(
                message: "cannot read \(directory.path): \(folder.diagnostics.prefix(5).map(\.description))")
        }
        return folder.files
    }

    /// The total size of `files` in bytes.
    public static func byteCount(_ files: [ContentFile]) -> Int {
        files.reduce(0) { $0 + $1.bytes.count }
    }

    /// Compiles `files` and fails loudly if the content has errors, so a benchmark never measures a
    /// half-built knowledge base.
    public static func compile(_ files: [ContentFile], limits: ContentLimits = .standard) throws -> KnowledgeBase {
        let compilation = ContentCompiler.compile(files, root: root, limits: limits)
        do {
            return try compilation.get()
        } catch {
            throw CorpusError(
                message: "content has errors: \(error.errors.prefix(5).map(\.description).joined(separator: "; "))")
        }
    }
}

/// A set-up failure of the benchmarks.
public struct CorpusError: Error, CustomStringConvertible {
    public let message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}
