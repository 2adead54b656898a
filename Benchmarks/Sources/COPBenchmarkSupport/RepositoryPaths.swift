import Foundation

/// Files of the repository the benchmarks read, found from this source file's path so that they work from
/// any working directory.
public enum RepositoryPaths {
    /// The repository root (the parent of `Benchmarks/`).
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // COPBenchmarkSupport
        .deletingLastPathComponent()  // Sources
        .deletingLastPathComponent()  // Benchmarks
        .deletingLastPathComponent()

    /// The sentence vectors of the bundled content, compiled into the library.
    public static let bundledVectors: URL = root.appending(path: "Content/vectors/en.vectors")

    /// The reference encoder's timing script (run with the reference venv's Python).
    public static let referenceTimingScript: URL = root.appending(path: "Scripts/reference-encoder-timing.py")

    /// A file's size in bytes, or `nil` when it cannot be read.
    public static func size(of file: URL) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: file.path(percentEncoded: false))[.size] as? NSNumber)?
            .intValue
    }

    /// The total size of the regular files under `folder` (symbolic links not followed).
    public static func totalSize(under folder: URL) -> Int {
        let path = folder.path(percentEncoded: false)
        guard let enumerator = FileManager.default.enumerator(atPath: path) else { return 0 }
        var total = 0
        while enumerator.nextObject() != nil {
            let attributes = enumerator.fileAttributes
            guard attributes?[.type] as? FileAttributeType == .typeRegular else { continue }
            total += (attributes?[.size] as? NSNumber)?.intValue ?? 0
        }
        return total
    }
}
