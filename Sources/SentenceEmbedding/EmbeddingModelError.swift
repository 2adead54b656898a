/// Why a sentence-embedding model could not be loaded. Loading never crashes on a missing, truncated or
/// corrupt file: it throws one of these, with the file named.
public enum EmbeddingModelError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No model folder was found; the associated value lists where the library looked.
    case notFound(searched: [String])
    /// A model file is missing or unreadable.
    case unreadable(path: String)
    /// The weights file is not a valid safetensors file, or lacks a tensor or has one of the wrong shape.
    case invalidWeights(String)
    /// The vocabulary file is unusable.
    case invalidVocabulary(String)

    public var description: String {
        switch self {
        case .notFound(let searched):
            """
            no sentence-embedding model found (looked in: \(searched.joined(separator: ", "))); run \
            Scripts/install-model or set COP_EMBEDDING_MODEL to its folder
            """
        case .unreadable(let path): "cannot read the model file \(path)"
        case .invalidWeights(let reason): "invalid model weights: \(reason)"
        case .invalidVocabulary(let reason): "invalid model vocabulary: \(reason)"
        }
    }
}
