package import Foundation

/// The sentence vectors of record texts made ahead of time (`cop vectors`), as a snapshot carries them: kept
/// as bytes and decoded on the first semantic search, so loading a knowledge base for a lexical search, a
/// lookup or an export does not pay for them.
///
/// The snapshot's checksum has already vouched for the bytes; if they still do not decode (a forged file),
/// semantic search is off with the reason, and lexical search is unaffected.
// Guarded by an NSLock (a POSIX mutex) so that ThreadSanitizer sees the synchronisation.
package final class StoredVectors: @unchecked Sendable {
    /// The vectors in their file format, made on first use; `nil` for vectors given decoded.
    private let makeBytes: (@Sendable () -> Data)?
    private let lock = NSLock()
    private var decoded: Result<RecordVectorStore, RecordVectorStoreError>?

    /// Vectors already decoded.
    init(_ store: RecordVectorStore) {
        makeBytes = nil
        decoded = .success(store)
    }

    /// Vectors in their file format, decoded on first use.
    convenience init(encoded bytes: [UInt8]) {
        self.init(encodedBy: { Data(bytes) })
    }

    /// Vectors in their file format, which `bytes` makes on first use (the bundled vectors are read from the
    /// program's data only when a search compares by meaning).
    package init(encodedBy bytes: @escaping @Sendable () -> Data) {
        makeBytes = bytes
    }

    /// The vectors, decoded the first time; `nil` when the bytes are not a vector file.
    var store: RecordVectorStore? {
        try? result.get()
    }

    /// The vectors, or why the bytes do not decode.
    var result: Result<RecordVectorStore, RecordVectorStoreError> {
        lock.lock()
        defer { lock.unlock() }
        if let decoded { return decoded }
        let made = Result { () throws(RecordVectorStoreError) in
            try RecordVectorStore(data: makeBytes?() ?? Data())
        }
        decoded = made
        return made
    }

    /// The vectors in their file format, as a snapshot stores them.
    var encoded: [UInt8] {
        (makeBytes?() ?? store?.data()).map(Array.init) ?? []
    }
}

extension StoredVectors {
    // Guards `registered`.
    private static let registryLock = NSLock()
    nonisolated(unsafe) private static var registered: [StoredVectors] = []

    /// Makes `vectors` available to every knowledge base of the process, after its own: what
    /// `KnowledgeBase.bundled()` does with the bundled content's vectors, so that custom content and layers
    /// reusing bundled text (and the help-first examples) find their vectors instead of encoding them.
    package static func register(_ vectors: StoredVectors) {
        registryLock.lock()
        defer { registryLock.unlock() }
        if !registered.contains(where: { $0 === vectors }) { registered.append(vectors) }
    }

    /// The vector of `text` in a registered store, if any.
    static func registeredVector(for text: String) -> [Float]? {
        registryLock.lock()
        let stores = registered
        registryLock.unlock()
        for store in stores {
            if let vector = store.store?.vector(for: text) { return vector }
        }
        return nil
    }
}

extension KnowledgeBase {
    /// Makes this knowledge base's stored sentence vectors available to every knowledge base of the process
    /// (custom content, layers), for texts they share. `KnowledgeBase.bundled()` does this for the bundled
    /// content.
    public func shareStoredVectors() {
        if let storedVectors { StoredVectors.register(storedVectors) }
    }
}
