internal import BinaryCoding

/// A value written to and read from a knowledge-base snapshot: what ``BinaryWriter`` writes, the matching
/// initialiser reads back field by field, in declaration order.
protocol SnapshotCodable {
    func encode(to writer: inout BinaryWriter)
    init(from reader: inout BinaryReader) throws(BinaryDecodingError)
}

extension BinaryWriter {
    mutating func write(_ value: some SnapshotCodable) {
        value.encode(to: &self)
    }

    mutating func write(_ values: [some SnapshotCodable]) {
        write(values) { writer, value in value.encode(to: &writer) }
    }

    mutating func write(_ value: (some SnapshotCodable)?) {
        write(value) { writer, value in value.encode(to: &writer) }
    }

    /// Writes an enum case as its position in `allCases` (the snapshot names the cases once, in
    /// ``writeCaseNames(of:)``, so that a reader can tell its cases are the same).
    mutating func write<Value: CaseIterable & Equatable>(case value: Value) {
        write(cases: [value])
    }

    mutating func write<Value: CaseIterable & Equatable>(cases values: [Value]) {
        let all = Array(Value.allCases)
        // Every value is one of its type's cases; a position past them would make the snapshot unreadable.
        write(values.map { value in UInt32(all.firstIndex(of: value) ?? all.count) })
    }

    /// Writes the raw values of every case of `Value`, in `allCases` order: what the positions written by
    /// ``write(cases:)`` stand for.
    mutating func writeCaseNames<Value: CaseIterable & RawRepresentable<String>>(of _: Value.Type) {
        write(Value.allCases.map(\.rawValue))
    }
}

extension BinaryReader {
    mutating func read<Value: SnapshotCodable>(_: Value.Type = Value.self) throws(BinaryDecodingError) -> Value {
        try Value(from: &self)
    }

    mutating func read<Value: SnapshotCodable>(_: [Value].Type = [Value].self) throws(BinaryDecodingError) -> [Value] {
        try readArray { (reader: inout BinaryReader) throws(BinaryDecodingError) in try Value(from: &reader) }
    }

    mutating func read<Value: SnapshotCodable>(_: Value?.Type = Value?.self) throws(BinaryDecodingError) -> Value? {
        try readOptional { (reader: inout BinaryReader) throws(BinaryDecodingError) in try Value(from: &reader) }
    }

    mutating func readOptionalString() throws(BinaryDecodingError) -> String? {
        try readOptional { (reader: inout BinaryReader) throws(BinaryDecodingError) in try reader.read(String.self) }
    }

    /// Reads an enum case written by ``BinaryWriter/write(case:)``; a position beyond the cases is an error.
    mutating func read<Value: CaseIterable>(case _: Value.Type = Value.self) throws(BinaryDecodingError) -> Value {
        let start = offset
        guard let value = try read(cases: Value.self).first else {
            throw BinaryDecodingError(offset: start, message: "a \(Value.self) is missing")
        }
        return value
    }

    /// Reads enum cases written by ``BinaryWriter/write(cases:)``; a position beyond the cases is an error.
    mutating func read<Value: CaseIterable>(cases _: Value.Type = Value.self) throws(BinaryDecodingError)
        -> [Value]
    {
        let start = offset
        let positions = try read([UInt32].self)
        let all = Array(Value.allCases)
        var values: [Value] = []
        values.reserveCapacity(positions.count)
        for position in positions {
            guard position < all.count else {
                throw BinaryDecodingError(offset: start, message: "case \(position) is not a known \(Value.self)")
            }
            values.append(all[Int(position)])
        }
        return values
    }

    /// Reads what ``BinaryWriter/writeCaseNames(of:)`` wrote and checks that they are this library's cases of
    /// `Value`, in the same order; otherwise the snapshot was made with other cases and its positions mean
    /// something else.
    mutating func expectCaseNames<Value: CaseIterable & RawRepresentable<String>>(
        of _: Value.Type
    ) throws(BinaryDecodingError) {
        let start = offset
        guard try read([String].self) == Value.allCases.map(\.rawValue) else {
            throw BinaryDecodingError(
                offset: start, message: "the snapshot's \(Value.self) cases are not this library's; compile it again")
        }
    }
}
