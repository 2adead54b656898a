/// Whether a search ranked by meaning as well as by words, and if not, why.
public enum SemanticSearchStatus: Sendable, Hashable, CustomStringConvertible {
    /// Hits are ranked by words and by meaning (sentence embeddings of `model`), fused.
    case on(model: String)
    /// Hits are ranked by words only; `reason` says why (no model installed, turned off by the caller).
    case off(reason: String)

    /// Whether meaning-level ranking took part.
    public var isOn: Bool {
        if case .on = self { true } else { false }
    }

    public var description: String {
        switch self {
        case .on(let model): "semantic search on (\(model))"
        case .off(let reason): "semantic search off: \(reason); results are ranked by words only"
        }
    }
}
