internal import BinaryCoding
public import Foundation
internal import FullTextSearch

/// The binary form of a compiled knowledge base with its search index: what the library bundles, and what
/// `cop compile` writes for custom content, so that a process answers its first query without parsing
/// Markdown or building an index.
///
/// Layout (all integers little-endian):
///
/// | bytes | field |
/// |---|---|
/// | 8 | the signature `COPSNAP\0` |
/// | 4 | ``formatVersion`` |
/// | 8 | payload length n |
/// | 8 | `checksum64` (module `BinaryCoding`) of the payload |
/// | n | the payload (below) |
///
/// The payload: the library version, the content version, the model, the applied layers (optional, as JSON),
/// the record vectors (optional), the word index.
///
/// A snapshot is deterministic: the same content gives the same bytes.
public enum KnowledgeBaseSnapshot {
    /// The layout version this library writes and reads.
    public static let formatVersion: UInt32 = 5
    static let signature: [UInt8] = Array("COPSNAP\0".utf8)
    static let headerSize = 8 + 4 + 8 + 8
    /// The largest snapshot file read (a snapshot of content at the compiler's own limits is far smaller).
    public static let maximumFileSize = 512 * 1024 * 1024

    /// Encodes `base` with its search index, recording `libraryVersion` (this library's, except in tests
    /// that forge another).
    static func encode(_ base: KnowledgeBase, libraryVersion: String = KnowledgeBase.libraryVersion)
        throws(SnapshotError) -> [UInt8]
    {
        var modelWriter = SnapshotWriter()
        modelWriter.write(base.parts)
        let model = modelWriter.bytes
        var payload = BinaryWriter()
        payload.write(libraryVersion)
        payload.write(model.withUnsafeBytes { contentVersion(checksum: checksum64($0)) })
        payload.write(bytes: model)
        payload.write(try layeringJSON(base.layering)) { $0.write(bytes: $1) }
        payload.write(base.storedVectors.map(\.encoded)) { $0.write(bytes: $1) }
        base.searchIndex.words.encode(into: &payload)
        var file = BinaryWriter()
        for byte in signature { file.write(byte) }
        file.write(formatVersion)
        file.write(UInt64(payload.bytes.count))
        file.write(payload.bytes.withUnsafeBytes(checksum64))
        return file.bytes + payload.bytes
    }

    /// The layers applied to a knowledge base, as sorted-key JSON (deterministic); `nil` without layers. The
    /// layer model is small and already `Codable` for `cop list --json`, so it is not given a binary form.
    private static func layeringJSON(_ layering: Layering) throws(SnapshotError) -> [UInt8]? {
        guard !layering.layers.isEmpty else { return nil }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        do {
            return Array(try encoder.encode(layering))
        } catch {
            throw SnapshotError(.unsupported("the applied layers cannot be written: \(error)"))
        }
    }

    private static func decodeLayering(_ bytes: [UInt8]) throws(SnapshotError) -> Layering {
        do {
            return try JSONDecoder().decode(Layering.self, from: Data(bytes))
        } catch {
            throw SnapshotError(.malformed("the applied layers do not decode: \(error)"))
        }
    }

    /// The content version recorded in a snapshot: the model's checksum as 16 hexadecimal digits.
    static func contentVersion(checksum: UInt64) -> String {
        let hex = String(checksum, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Decodes a snapshot: checks the signature, format, length, checksum and library version, then every
    /// part, before anything is used.
    /// - Parameters:
    ///   - builtIn: `true` only for the library's built-in snapshot, whose bytes are part of the program (they
    ///     must stay valid for the life of the process) and pass every check in the tests
    ///     (`BuiltInSnapshotTests`): the checksum is not recomputed, and the word index is decoded by the first
    ///     search, without the checks that visit every posting and word range (should it not decode, that
    ///     search builds the index from the records instead).
    ///   - vectors: The record vectors, for a snapshot that carries none (the built-in snapshot keeps them
    ///     apart, so that loading it does not decode them).
    /// - Complexity: O(n) in the snapshot's size.
    static func decode(
        _ bytes: UnsafeRawBufferPointer, builtIn: Bool = false,
        vectors separateVectors: StoredVectors? = nil
    ) throws(SnapshotError) -> (base: KnowledgeBase, contentVersion: String) {
        let payload = try checkedPayload(bytes, verifyingChecksum: !builtIn)
        do {
            var reader = BinaryReader(payload)
            let library = try reader.read(String.self)
            guard library == KnowledgeBase.libraryVersion else { throw SnapshotError(.libraryMismatch(found: library)) }
            let content = try reader.read(String.self)
            let parts = try reader.withBytes { raw throws(BinaryDecodingError) in
                var modelReader = try SnapshotReader(raw)
                let parts = try modelReader.read(KnowledgeBase.Parts.self)
                try modelReader.expectEnd()
                return parts
            }
            let layeringBytes = try reader.readOptional { (reader: inout BinaryReader) throws(BinaryDecodingError) in
                try reader.readBytes()
            }
            let layering = try layeringBytes.map(decodeLayering) ?? Layering()
            let vectorBytes = try reader.readOptional { (reader: inout BinaryReader) throws(BinaryDecodingError) in
                try reader.readBytes()
            }
            let vectors = vectorBytes.map(StoredVectors.init(encoded:)) ?? separateVectors
            if builtIn {
                // The word index is decoded by the first search: a process that only looks records up never
                // pays for it. The bytes last as long as the program, so they can be read then.
                let index = ProgramBytes(UnsafeRawBufferPointer(rebasing: payload[reader.offset...]))
                let cache = SearchIndexCache(decodingOnFirstUse: { base in
                    var reader = BinaryReader(permanent: index.bytes)
                    guard let words = try? SearchIndex(decoding: &reader, checkingEveryValue: false), reader.isAtEnd
                    else { return nil }
                    return GuidelineSearchIndex(words: words, records: base.recordsLater, store: vectors)
                })
                // The relations are stored computed, and the tests check the built-in snapshot against the
                // compiled content, relations included.
                let base = KnowledgeBase(
                    relatedParts: parts, layering: layering, storedVectors: vectors, searchCache: cache)
                return (base, content)
            }
            let words = try SearchIndex(decoding: &reader, checkingEveryValue: true)
            try reader.expectEnd()
            let cache = SearchIndexCache()
            let base = KnowledgeBase(parts: parts, layering: layering, storedVectors: vectors, searchCache: cache)
            let records = base.records
            // The index holds each record ID once (a checklist and its section share one); its IDs are already
            // checked sorted and unique, so equal counts and each one a record's ID make the two sets equal.
            let recordIDs = Set(records.lazy.map(\.id))
            guard words.documentIDs.count == recordIDs.count, words.documentIDs.allSatisfy(recordIDs.contains) else {
                throw SnapshotError(.malformed("the word index does not index the snapshot's records"))
            }
            cache.fill(GuidelineSearchIndex(words: words, records: { records }, store: vectors))
            return (base, content)
        } catch let error as BinaryDecodingError {
            throw SnapshotError(.malformed(error.description))
        } catch let error as SnapshotError {
            throw error
        } catch {
            throw SnapshotError(.malformed("\(error)"))
        }
    }

    /// The payload after checking the header and checksum.
    private static func checkedPayload(
        _ bytes: UnsafeRawBufferPointer, verifyingChecksum: Bool
    ) throws(SnapshotError) -> UnsafeRawBufferPointer {
        guard bytes.count >= signature.count, bytes.prefix(signature.count).elementsEqual(signature) else {
            throw SnapshotError(.notASnapshot)
        }
        guard bytes.count >= headerSize else { throw SnapshotError(.truncated) }
        let format = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: 8, as: UInt32.self))
        guard format == formatVersion else { throw SnapshotError(.unsupportedFormat(found: format)) }
        let length = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: 12, as: UInt64.self))
        let checksum = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: 20, as: UInt64.self))
        guard length == UInt64(bytes.count - headerSize) else { throw SnapshotError(.truncated) }
        let payload = UnsafeRawBufferPointer(rebasing: bytes[headerSize...])
        guard !verifyingChecksum || checksum64(payload) == checksum else { throw SnapshotError(.corrupted) }
        return payload
    }
}

extension KnowledgeBase {
    /// The version of this library, recorded in every snapshot it writes; a snapshot from another version
    /// is refused.
    public static let libraryVersion = "0.2.0"

    /// This knowledge base and its search index as a snapshot (``KnowledgeBaseSnapshot``): what
    /// `cop compile` writes. Builds the search index first if no search has yet. Applied layers are kept: the
    /// loaded knowledge base shows and exports the same layer changes, services and laws.
    /// - Throws: ``SnapshotError`` with reason `.unsupported` if the applied layers cannot be encoded.
    /// - Complexity: O(n) in the size of the content and its index.
    public func snapshot() throws(SnapshotError) -> [UInt8] {
        try KnowledgeBaseSnapshot.encode(self)
    }

    /// Loads a knowledge base and its search index from snapshot bytes, without parsing Markdown or
    /// building an index.
    /// - Throws: ``SnapshotError`` when the bytes are not a snapshot of this library's format and version,
    ///   are damaged, or do not decode; nothing of a refused snapshot is used.
    /// - Complexity: O(n) in the snapshot's size.
    public init(snapshot bytes: UnsafeRawBufferPointer) throws(SnapshotError) {
        self = try KnowledgeBaseSnapshot.decode(bytes).base
    }

    /// Loads the library's built-in snapshot (what `KnowledgeBase.bundled()` in `ChildOnlineProtection`
    /// embeds): as ``init(snapshot:)``, except that the checksum and the index's per-posting checks are
    /// skipped, the bytes being part of the program and checked in full by the tests, that the word index is
    /// decoded by the first search, and that the record vectors come apart from the snapshot, from `vectors`
    /// (decoded on first use). `bytes` must stay valid and unchanged for the life of the process.
    /// - Throws: ``SnapshotError`` as ``init(snapshot:)``.
    package init(builtInSnapshot bytes: UnsafeRawBufferPointer, vectors: StoredVectors?) throws(SnapshotError) {
        self = try KnowledgeBaseSnapshot.decode(bytes, builtIn: true, vectors: vectors).base
    }

    /// Loads a knowledge base from a snapshot file written by ``snapshot()`` or `cop compile`.
    /// - Throws: ``SnapshotError`` when the file cannot be read, is larger than
    ///   ``KnowledgeBaseSnapshot/maximumFileSize``, or is refused as in ``init(snapshot:)``.
    public init(snapshotAt url: URL) throws(SnapshotError) {
        let path = url.path(percentEncoded: false)
        let data: Data
        do {
            let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
            guard size <= KnowledgeBaseSnapshot.maximumFileSize else {
                throw SnapshotError(
                    .unreadable(
                        "the file is \(size) bytes, over the \(KnowledgeBaseSnapshot.maximumFileSize)-byte limit"),
                    path: path)
            }
            data = try Data(contentsOf: url, options: .mappedIfSafe)
        } catch let error as SnapshotError {
            throw error
        } catch {
            throw SnapshotError(.unreadable(error.localizedDescription), path: path)
        }
        let loaded = data.withUnsafeBytes { raw in
            Result { () throws(SnapshotError) in try KnowledgeBase(snapshot: raw) }
        }
        switch loaded {
        case .success(let base): self = base
        case .failure(let error): throw error.at(path)
        }
    }

    /// This knowledge base with `vectors` as its stored sentence vectors (written by `cop vectors` or
    /// ``makeRecordVectors()``): semantic search then encodes only the record texts the store lacks, and
    /// ``snapshot()`` includes them.
    public func withStoredVectors(_ vectors: RecordVectorStore) -> KnowledgeBase {
        KnowledgeBase(parts: parts, layering: layering, storedVectors: StoredVectors(vectors))
    }

    /// The compiler's parts of this knowledge base, from which ``init(parts:layering:searchCache:)`` rebuilds it.
    var parts: Parts {
        Parts(
            guidelineSets: guidelineSets, risks: risks, harms: harms, topics: topics, terms: terms,
            checklists: checklists,
            sections: sections, recommendations: recommendations
        )
    }
}

/// Bytes that stay valid and unchanged for the life of the process (the built-in snapshot, in the program's
/// read-only data), so a view of them may be kept and read from any thread.
private struct ProgramBytes: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer

    init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }
}
