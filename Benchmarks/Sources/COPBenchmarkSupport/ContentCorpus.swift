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

    /// Every `.md` file under `Content/en`, sorted by path, with paths `Content/en/...`.
    public static func files() throws -> [ContentFile] {
        let base = directory.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(atPath: base) else {
            throw CorpusError(message: "cannot read \(base)")
        }
        var files: [ContentFile] = []
        while let relative = enumerator.nextObject() as? String {
            guard relative.hasSuffix(".md") else { continue }
            let data = try Data(contentsOf: URL(fileURLWithPath: base).appendingPathComponent(relative))
            files.append(ContentFile(path: "\(root)/\(relative)", bytes: [UInt8](data)))
        }
        guard !files.isEmpty else { throw CorpusError(message: "no Markdown files under \(base)") }
        return files.sorted { $0.path < $1.path }
    }

    /// The total size of `files` in bytes.
    public static func byteCount(_ files: [ContentFile]) -> Int {
        files.reduce(0) { $0 + $1.bytes.count }
    }

    /// Compiles `files` and fails loudly if the content has errors, so a benchmark never measures a
    /// half-built knowledge base.
    public static func compile(_ files: [ContentFile]) throws -> KnowledgeBase {
        let compilation = ContentCompiler.compile(files, root: root)
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
