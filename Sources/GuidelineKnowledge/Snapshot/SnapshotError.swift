/// Why a knowledge-base snapshot was refused. A snapshot is never trusted in part: any of these means
/// nothing of it was used.
public struct SnapshotError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was wrong.
    public enum Reason: Sendable, Equatable {
        /// The bytes do not start with the snapshot signature (another kind of file).
        case notASnapshot
        /// The file ends before the length its header states, or holds more.
        case truncated
        /// The checksum does not match: the file was changed or damaged after it was written.
        case corrupted
        /// Written in a format version this library does not read.
        case unsupportedFormat(found: UInt32)
        /// Written by another library version, whose index or ranking may differ.
        case libraryMismatch(found: String)
        /// The checksum matches but a part does not decode: a writer bug or a deliberately forged file.
        case malformed(String)
        /// The knowledge base cannot be written as a snapshot (its applied layers do not encode).
        case unsupported(String)
        /// The file could not be read.
        case unreadable(String)
    }

    /// What was wrong.
    public let reason: Reason
    /// The file, when the snapshot came from one.
    public let path: String?

    /// Creates an error for a snapshot read from `path` (or from memory).
    public init(_ reason: Reason, path: String? = nil) {
        self.reason = reason
        self.path = path
    }

    /// The same error, naming the file it came from.
    func at(_ path: String) -> SnapshotError { SnapshotError(reason, path: path) }

    public var description: String {
        let prefix = path.map { "\($0): " } ?? ""
        let hint = "; write a new one with 'cop compile CONTENT_DIR --output FILE'"
        switch reason {
        case .notASnapshot: return prefix + "not a knowledge-base snapshot (no snapshot signature)"
        case .truncated: return prefix + "the snapshot is truncated or has extra bytes" + hint
        case .corrupted: return prefix + "the snapshot's checksum does not match: the file is damaged" + hint
        case .unsupportedFormat(let found):
            return prefix
                + "snapshot format \(found) is not format \(KnowledgeBaseSnapshot.formatVersion), "
                + "the one this library reads"
                + hint
        case .libraryMismatch(let found):
            return prefix + "the snapshot was written by library version \(found), not \(KnowledgeBase.libraryVersion)"
                + hint
        case .malformed(let detail): return prefix + "the snapshot does not decode (\(detail))" + hint
        case .unsupported(let detail): return prefix + detail
        case .unreadable(let detail): return prefix + "cannot read the snapshot: \(detail)"
        }
    }
}
