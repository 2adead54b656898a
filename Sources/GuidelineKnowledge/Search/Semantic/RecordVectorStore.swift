public import Foundation

/// Sentence vectors of record texts, keyed by a stable 64-bit hash of the exact text that was encoded, so a
/// vector is reused only for the text it was computed from; an edited record simply misses and is encoded
/// again. Stored as float16 in a small binary file (`cop vectors` writes it; the bundled one is compiled
/// into the library).
///
/// File layout, little-endian: the magic `COPVEC01`, the dimension and the entry count (UInt32 each), the
/// model name (UInt32 byte count, UTF-8), then per entry, sorted by hash: the hash (UInt64) and `dimension`
/// float16 values.
public struct RecordVectorStore: Sendable, Hashable {
    /// The model the vectors come from, e.g. `all-MiniLM-L6-v2`.
    public let modelName: String
    /// The length of each vector.
    public let dimension: Int
    /// Vector by text hash.
    public private(set) var vectors: [UInt64: [Float]]

    private static let magic = Array("COPVEC01".utf8)

    /// An empty store.
    public init(modelName: String, dimension: Int) {
        self.modelName = modelName
        self.dimension = dimension
        self.vectors = [:]
    }

    /// Reads a store from its file bytes.
    /// - Throws: ``RecordVectorStoreError`` when the bytes are truncated, of another format, or inconsistent.
    /// - Complexity: O(n) in the size of the data.
    public init(data: Data) throws(RecordVectorStoreError) {
        var reader = ByteReader(bytes: [UInt8](data))
        guard reader.take(Self.magic.count) == Self.magic else { throw .notAVectorFile }
        guard let dimension = reader.uint32(), let count = reader.uint32(), let nameLength = reader.uint32(),
            dimension > 0, dimension <= 4096, let nameBytes = reader.take(Int(nameLength))
        else { throw .truncated }
        let entrySize = 8 + Int(dimension) * 2
        guard reader.remaining == Int(count) * entrySize else { throw .truncated }
        var vectors: [UInt64: [Float]] = [:]
        vectors.reserveCapacity(Int(count))
        for _ in 0..<count {
            guard let hash = reader.uint64(), let values = reader.float16s(Int(dimension)) else { throw .truncated }
            vectors[hash] = values
        }
        self.modelName = String(decoding: nameBytes, as: UTF8.self)
        self.dimension = Int(dimension)
        self.vectors = vectors
    }

    /// The file bytes: deterministic (entries sorted by hash).
    public func data() -> Data {
        var bytes = Self.magic
        Self.append(UInt32(dimension), to: &bytes)
        Self.append(UInt32(vectors.count), to: &bytes)
        let name = Array(modelName.utf8)
        Self.append(UInt32(name.count), to: &bytes)
        bytes += name
        for hash in vectors.keys.sorted() {
            Self.append(hash, to: &bytes)
            for value in vectors[hash] ?? [] { Self.append(Float16(value).bitPattern, to: &bytes) }
        }
        return Data(bytes)
    }

    /// The vector stored for `text`, if any.
    public func vector(for text: String) -> [Float]? {
        vectors[Self.hash(text)]
    }

    /// Stores `vector` for `text` (as float16, so it reads back rounded).
    /// - Precondition: `vector.count == dimension`.
    public mutating func insert(_ vector: [Float], for text: String) {
        vectors[Self.hash(text)] = vector.map { Float(Float16($0)) }
    }

    /// Keeps only the vectors of `texts`.
    public mutating func keepOnly(_ texts: some Sequence<String>) {
        let wanted = Set(texts.map(Self.hash))
        vectors = vectors.filter { wanted.contains($0.key) }
    }

    /// FNV-1a over the text's UTF-8: stable across processes and platforms, unlike `Hasher`.
    public static func hash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        return hash
    }

    private static func append<Value: FixedWidthInteger>(_ value: Value, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
    }
}

/// Why a vector file could not be read.
public enum RecordVectorStoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The data does not start with the vector file's magic bytes.
    case notAVectorFile
    /// The data ends early or its sizes disagree.
    case truncated

    public var description: String {
        switch self {
        case .notAVectorFile: "not a record-vector file (no COPVEC01 header)"
        case .truncated: "the record-vector file is truncated or inconsistent"
        }
    }
}

/// Bounds-checked little-endian reads.
private struct ByteReader {
    let bytes: [UInt8]
    var offset = 0

    var remaining: Int { bytes.count - offset }

    mutating func take(_ count: Int) -> [UInt8]? {
        guard count >= 0, count <= remaining else { return nil }
        defer { offset += count }
        return Array(bytes[offset..<(offset + count)])
    }

    mutating func uint32() -> UInt32? {
        take(4).map { $0.reversed().reduce(0) { $0 << 8 | UInt32($1) } }
    }

    mutating func uint64() -> UInt64? {
        take(8).map { $0.reversed().reduce(0) { $0 << 8 | UInt64($1) } }
    }

    mutating func float16s(_ count: Int) -> [Float]? {
        guard count * 2 <= remaining else { return nil }
        let start = offset
        let values = Self.float16Values.withUnsafeBufferPointer { table in
            bytes.withUnsafeBytes { bytes in
                [Float](unsafeUninitializedCapacity: count) { values, initialized in
                    for index in 0..<count {
                        let bits = UInt16(
                            littleEndian: bytes.loadUnaligned(fromByteOffset: start + 2 * index, as: UInt16.self))
                        values[index] = table[Int(bits)]
                    }
                    initialized = count
                }
            }
        }
        offset += count * 2
        return values
    }

    /// Every float16 bit pattern's value: a lookup per stored value instead of a conversion (a function call
    /// in software on CPUs without F16C, the baseline this library is built for).
    private static let float16Values: [Float] = (0...UInt16.max).map { Float(Float16(bitPattern: $0)) }
}
