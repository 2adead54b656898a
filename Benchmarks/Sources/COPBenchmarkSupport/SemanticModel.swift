public import Foundation
public import SentenceEmbedding

/// The installed sentence-embedding model, found where the library looks for it (`COP_EMBEDDING_MODEL`,
/// then `~/.local/share/cop-guidelines/models/...`).
public enum SemanticModel {
    /// The files of the model that ship with it (what `Scripts/install-model` installs and the library reads).
    public static let fileNames = ["model.safetensors", "vocab.txt", "config.json"]

    /// The model folder, or why there is none.
    public static func locate() -> Result<URL, SkipReason> {
        do {
            return .success(try SentenceEncoder.locateModel())
        } catch {
            return .failure(SkipReason("no sentence-embedding model installed: run Scripts/install-model"))
        }
    }

    /// The loaded encoder, or why there is none.
    public static func load() -> Result<SentenceEncoder, SkipReason> {
        locate().flatMap { folder in
            do {
                return .success(try SentenceEncoder(modelDirectory: folder))
            } catch {
                return .failure(
                    SkipReason("the model in \(folder.path(percentEncoded: false)) cannot be read: \(error)"))
            }
        }
    }

    /// The total size of the model's files in `folder`.
    public static func shippedBytes(in folder: URL) -> Int {
        fileNames.compactMap { RepositoryPaths.size(of: folder.appending(path: $0)) }.reduce(0, +)
    }
}
