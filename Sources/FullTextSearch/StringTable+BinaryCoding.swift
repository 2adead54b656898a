import BinaryCoding

extension StringTable {
    /// Writes the bytes of every string, then their lengths as packed integers (most take one byte each).
    func encode(into writer: inout BinaryWriter) {
        writer.write(bytes: bytes)
        writer.write(runStarts: starts)
    }

    /// Reads what ``encode(into:)`` wrote, checking that the lengths add up to the bytes and that each string
    /// is valid UTF-8 (one pass over the bytes when they are all ASCII, as stems and identifiers mostly are).
    /// - Parameters:
    ///   - count: The number of strings expected, if the caller knows it.
    ///   - checkingUTF8: `false` skips the UTF-8 check, only for bytes that are part of the program and checked
    ///     by its tests (see ``SearchIndex/init(decoding:checkingEveryValue:)``); a string that is not valid
    ///     UTF-8 would then read with replacement characters, never out of bounds.
    /// - Throws: ``BinaryDecodingError`` for truncated or inconsistent bytes.
    init(
        decoding reader: inout BinaryReader, count: Int? = nil, _ what: String, checkingUTF8: Bool = true
    ) throws(BinaryDecodingError) {
        let bytes = try reader.readBytes()
        let starts = try reader.readRunStarts(what)
        guard count == nil || starts.count - 1 == count else {
            throw reader.failure("\(what): \(starts.count - 1) strings where \(count ?? 0) were expected")
        }
        guard Runs.total(ofStarts: starts) == bytes.count else {
            throw reader.failure("\(what): the string lengths do not add up to the bytes stored")
        }
        self.init(bytes: bytes, starts: starts)
        let valid =
            !checkingUTF8 || bytes.withUnsafeBytes(BinaryReader.isASCII)
            || indices.allSatisfy { String(validating: utf8(at: $0), as: UTF8.self) != nil }
        guard valid else {
            throw reader.failure("\(what): a string is not valid UTF-8")
        }
    }
}
