internal import Foundation
internal import Synchronization

/// The sentence vectors of record texts made ahead of time (`cop vectors`), as a snapshot carries them: kept
/// as bytes and decoded on the first semantic search, so loading a knowledge base for a lexical search, a
/// lookup or an export does not pay for them.
///
/// The snapshot's checksum has already vouched for the bytes; if they still do not decode (a forged file),
/// semantic search is off with the reason, and lexical search is unaffected.
final class StoredVectors: Sendable {
    private let bytes: [UInt8]?
    private let decoded: Mutex<Result<RecordVectorStore, RecordVectorStoreError>?>

    /// Vectors already decoded.
    init(_ store: RecordVectorStore) {
        bytes = nil
        decoded = Mutex(.success(store))
    }

    /// Vectors in their file format, decoded on first use.
    init(encoded bytes: [UInt8]) {
        self.bytes = bytes
        decoded = Mutex(nil)
    }

    /// The vectors, decoded the first time; `nil` when the bytes are not a vector file.
    var store: RecordVectorStore? {
        try? result.get()
    }

    /// The vectors, or why the bytes do not decode.
    var result: Result<RecordVectorStore, RecordVectorStoreError> {
        decoded.withLock { cached in
            if let cached { return cached }
            let made = Result { () throws(RecordVectorStoreError) in try RecordVectorStore(data: Data(bytes ?? [])) }
            cached = made
            return made
        }
    }

    /// The vectors in their file format, as a snapshot stores them.
    var encoded: [UInt8] {
        bytes ?? store.map { Array($0.data()) } ?? []
    }
}
