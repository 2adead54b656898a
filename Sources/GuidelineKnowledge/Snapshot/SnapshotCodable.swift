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

    /// Writes a raw-value enum case as its raw value.
    mutating func write<Value: RawRepresentable<String>>(case value: Value) {
        write(value.rawValue)
    }

    mutating func write<Value: RawRepresentable<String>>(cases values: [Value]) {
        write(values.map(\.rawValue))
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

    /// Reads a raw-value enum case; an unknown raw value is an error.
    mutating func read<Value: RawRepresentable<String>>(case _: Value.Type = Value.self) throws(BinaryDecodingError)
        -> Value
    {
        let start = offset
        let raw = try read(String.self)
        guard let value = Value(rawValue: raw) else {
            throw BinaryDecodingError(offset: start, message: "'\(raw)' is not a known \(Value.self)")
        }
        return value
    }

    mutating func read<Value: RawRepresentable<String>>(cases _: Value.Type = Value.self) throws(BinaryDecodingError)
        -> [Value]
    {
        let start = offset
        let raws = try read([String].self)
        var values: [Value] = []
        values.reserveCapacity(raws.count)
        for raw in raws {
            guard let value = Value(rawValue: raw) else {
                throw BinaryDecodingError(offset: start, message: "'\(raw)' is not a known \(Value.self)")
            }
            values.append(value)
        }
        return values
    }
}
