internal import Foundation
internal import FullTextSearch
internal import SentenceEmbedding

/// The sentence vectors of one knowledge base's records, aligned with its search index's documents.
///
/// Vectors come from the knowledge base's stored vectors (compiled into its snapshot) or from
/// `COP_RECORD_VECTORS` when a text is unchanged; the rest are encoded on first use (custom content, or
/// content edited since its vectors were made) and kept.
final class SemanticIndex: @unchecked Sendable {
    /// ``texts``, made on first use, so that a search by words alone never builds them.
    private let madeTexts: MadeOnFirstUse<[[String]]>
    /// The stored vectors of the knowledge base, looked up by exact text.
    let store: StoredVectors?
    // Guards `vectors` and `exampleVectors`: an NSLock (a POSIX mutex) so that ThreadSanitizer sees the
    // synchronisation.
    private let lock = NSLock()
    private var vectors: ResolvedVectors?
    private var exampleVectors: [[Float]]?

    /// Every text's vector as one matrix, and which document each row belongs to.
    private struct ResolvedVectors {
        let matrix: VectorMatrix
        let documents: [Int]
    }

    /// - Parameters:
    ///   - texts: Per document of the search index, the texts whose vectors stand for it; called once, the
    ///     first time they are needed.
    ///   - store: The knowledge base's stored vectors.
    init(texts: @escaping @Sendable () -> [[String]], store: StoredVectors?) {
        madeTexts = MadeOnFirstUse(texts)
        self.store = store
    }

    /// Per document of the search index, the texts whose vectors stand for it.
    var texts: [[String]] { madeTexts.value }

    /// The stored vector of `text`: the knowledge base's own, then those of `COP_RECORD_VECTORS`.
    func storedVector(for text: String) -> [Float]? {
        store?.store?.vector(for: text) ?? StoredVectors.registeredVector(for: text)
            ?? SemanticEngine.customVectors.vector(for: text)
    }

    /// How many texts have no stored vector and would be encoded on first use.
    var missingVectorCount: Int {
        texts.joined().filter { storedVector(for: $0) == nil }.count
    }

    /// The help-first detector's labelled examples nearest to a query vector, most similar first.
    func urgencyNeighbours(of query: [Float], encoder: SentenceEncoder) -> [(example: Int, similarity: Float)] {
        let scored = urgencyExampleVectors(encoder: encoder).enumerated().map { index, vector in
            (example: index, similarity: zip(vector, query).reduce(Float(0)) { $0 + $1.0 * $1.1 })
        }
        return Array(
            scored.sorted { $0.similarity != $1.similarity ? $0.similarity > $1.similarity : $0.example < $1.example }
                .prefix(UrgencyDetector.neighbourCount))
    }

    /// The vectors of the labelled examples, in their order: stored ones, the rest encoded once.
    private func urgencyExampleVectors(encoder: SentenceEncoder) -> [[Float]] {
        lock.lock()
        defer { lock.unlock() }
        if let exampleVectors { return exampleVectors }
        let made = UrgencyExamples.labelled.map { storedVector(for: $0.query) ?? encoder.encode($0.query) }
        exampleVectors = made
        return made
    }

    /// The most texts encoded on first search; content with more missing vectors is ranked by words until
    /// its vectors are written (`cop vectors`) and named by `COP_RECORD_VECTORS`, so no search waits minutes.
    static let maximumTextsEncodedOnFirstSearch = 200

    /// How many texts the next search would encode first: none once the vectors are resolved.
    var pendingEncodings: Int {
        lock.lock()
        let resolved = vectors != nil
        lock.unlock()
        return resolved ? 0 : missingVectorCount
    }

    /// Each document's similarity to `query`: the best cosine over its texts' vectors (-infinity for a
    /// document without texts).
    /// - Complexity: O(t·d) for t texts of dimension d in one BLAS call, after the first call (which may
    ///   encode texts).
    func similarities(to query: [Float], encoder: SentenceEncoder) -> [Float] {
        let vectors = resolvedVectors(encoder: encoder)
        var best = [Float](repeating: -.infinity, count: texts.count)
        for (row, dot) in vectors.matrix.dotProducts(with: query).enumerated() {
            let document = vectors.documents[row]
            best[document] = max(best[document], dot)
        }
        return best
    }

    private func resolvedVectors(encoder: SentenceEncoder) -> ResolvedVectors {
        lock.lock()
        defer { lock.unlock() }
        if let vectors { return vectors }
        var rows: [[Float]] = []
        var documents: [Int] = []
        for (document, documentTexts) in texts.enumerated() {
            for text in documentTexts {
                rows.append(
                    storedVector(for: text).flatMap { $0.count == encoder.dimension ? $0 : nil } ?? encoder.encode(text)
                )
                documents.append(document)
            }
        }
        let resolved = ResolvedVectors(
            matrix: VectorMatrix(rows: rows, dimension: encoder.dimension), documents: documents)
        vectors = resolved
        return resolved
    }
}

extension KnowledgeBase {
    /// Encodes the text of every record with the installed sentence-embedding model and returns the vectors
    /// as a store, ready to be written with ``RecordVectorStore/data()`` (what `cop vectors` does). Vectors
    /// already in the bundled store for an unchanged text are reused.
    /// - Throws: ``SemanticSearchError`` when no model is installed or it cannot be read.
    /// - Complexity: one encoder pass per text that has no stored vector.
    public func makeRecordVectors() throws(SemanticSearchError) -> RecordVectorStore {
        let encoder: SentenceEncoder
        switch SemanticEngine.encoder {
        case .success(let loaded): encoder = loaded
        case .failure(let error): throw SemanticSearchError(message: error.description)
        }
        var store = RecordVectorStore(modelName: SentenceEncoder.defaultModelName, dimension: encoder.dimension)
        for text in Array(searchIndex.meaning.texts.joined()) + UrgencyExamples.labelled.map(\.query) {
            store.insert(searchIndex.meaning.storedVector(for: text) ?? encoder.encode(text), for: text)
        }
        return store
    }

    /// Whether this knowledge base's searches can rank by meaning (a model is installed), and if not, why.
    public var semanticSearchStatus: SemanticSearchStatus {
        switch SemanticEngine.encoder {
        case .success: .on(model: SentenceEncoder.defaultModelName)
        case .failure(let error): .off(reason: error.description)
        }
    }
}

/// Why sentence vectors could not be made.
public struct SemanticSearchError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, for people.
    public let message: String

    public var description: String { message }
}
