internal import BinaryCoding

/// A value written to and read from a knowledge-base snapshot's model: what ``SnapshotWriter`` writes, the
/// matching initialiser reads back field by field, in declaration order.
protocol SnapshotCodable {
    func encode(to writer: inout SnapshotWriter)
    init(from reader: inout SnapshotReader) throws(BinaryDecodingError)
}

/// Writes a snapshot's model: values as ``BinaryWriter`` writes them, except that each distinct string is
/// written once, in a table ahead of the values, and each use of it as its number in the table.
///
/// The model repeats many strings (every record's file path, provenance and section; topic and checklist IDs):
/// reading one string per distinct text, and sharing it, makes loading a snapshot cheaper and its records
/// smaller in memory. Strings are told apart by their UTF-8 bytes, so each reads back exactly as written. The
/// table is in order of first use, so the same model always gives the same bytes.
struct SnapshotWriter {
    private var values = BinaryWriter()
    private var numbers: [[UInt8]: UInt32] = [:]
    private var strings: [String] = []

    /// The table of strings, then the values.
    var bytes: [UInt8] {
        var table = BinaryWriter()
        table.write(strings)
        return table.bytes + values.bytes
    }

    mutating func write(_ string: String) {
        values.write(number(of: string))
    }

    mutating func write(_ strings: [String]) {
        values.write(strings.map { number(of: $0) })
    }

    mutating func write(_ string: String?) {
        values.write(string != nil)
        if let string { write(string) }
    }

    mutating func write(_ value: Int) {
        values.write(value)
    }

    mutating func write(_ value: some SnapshotCodable) {
        value.encode(to: &self)
    }

    mutating func write(_ values: [some SnapshotCodable]) {
        self.values.writeCount(values.count)
        for value in values { value.encode(to: &self) }
    }

    mutating func write(_ value: (some SnapshotCodable)?) {
        values.write(value != nil)
        value?.encode(to: &self)
    }

    /// Writes an enum case as its position in `allCases` (the snapshot names the cases once, in
    /// ``writeCaseNames(of:)``, so that a reader can tell its cases are the same).
    mutating func write<Value: CaseIterable & Equatable>(case value: Value) {
        write(cases: [value])
    }

    mutating func write<Value: CaseIterable & Equatable>(cases values: [Value]) {
        let all = Array(Value.allCases)
        // Every value is one of its type's cases; a position past them would make the snapshot unreadable.
        self.values.write(values.map { value in UInt32(all.firstIndex(of: value) ?? all.count) })
    }

    /// Writes the raw values of every case of `Value`, in `allCases` order: what the positions written by
    /// ``write(cases:)`` stand for.
    mutating func writeCaseNames<Value: CaseIterable & RawRepresentable<String>>(of _: Value.Type) {
        write(Value.allCases.map(\.rawValue))
    }

    /// The number of `string` in the table, adding it if it is new.
    private mutating func number(of string: String) -> UInt32 {
        let key = Array(string.utf8)
        if let known = numbers[key] { return known }
        let number = UInt32(strings.count)
        numbers[key] = number
        strings.append(string)
        return number
    }
}

/// Reads what ``SnapshotWriter`` wrote: the string table first (each string decoded once), then the values, a
/// string as its number in the table. Every read is checked: a number past the table, a count past the bytes
/// left or a case past the enum's is a ``BinaryDecodingError``.
struct SnapshotReader: ~Copyable {
    private var values: BinaryReader
    private let strings: [String]

    /// Reads the string table at the start of `bytes`; the values follow.
    init(_ bytes: UnsafeRawBufferPointer) throws(BinaryDecodingError) {
        var values = BinaryReader(bytes)
        strings = try values.read([String].self)
        self.values = values
    }

    /// Throws unless every byte was read.
    func expectEnd() throws(BinaryDecodingError) {
        try values.expectEnd()
    }

    mutating func read(_: String.Type) throws(BinaryDecodingError) -> String {
        try string(numbered: try values.read(UInt32.self), at: values.offset - 4)
    }

    mutating func read(_: [String].Type) throws(BinaryDecodingError) -> [String] {
        let start = values.offset
        let count = try values.readCount(minimumElementSize: 4)
        var strings: [String] = []
        strings.reserveCapacity(count)
        for _ in 0..<count {
            strings.append(try string(numbered: try values.read(UInt32.self), at: start))
        }
        return strings
    }

    mutating func readOptionalString() throws(BinaryDecodingError) -> String? {
        try values.read(Bool.self) ? try read(String.self) : nil
    }

    mutating func read(_: Int.Type) throws(BinaryDecodingError) -> Int {
        try values.read(Int.self)
    }

    mutating func read<Value: SnapshotCodable>(_: Value.Type = Value.self) throws(BinaryDecodingError) -> Value {
        try Value(from: &self)
    }

    mutating func read<Value: SnapshotCodable>(_: [Value].Type = [Value].self) throws(BinaryDecodingError) -> [Value] {
        // Each value takes at least one byte, so a hostile count cannot reserve more than the bytes left.
        let count = try values.readCount(minimumElementSize: 1)
        var elements: [Value] = []
        elements.reserveCapacity(count)
        for _ in 0..<count { elements.append(try Value(from: &self)) }
        return elements
    }

    mutating func read<Value: SnapshotCodable>(_: Value?.Type = Value?.self) throws(BinaryDecodingError) -> Value? {
        try values.read(Bool.self) ? try Value(from: &self) : nil
    }

    /// Reads an enum case written by ``SnapshotWriter/write(case:)`` (a list of one); a position beyond the
    /// cases, or a list of another length, is an error.
    mutating func read<Value: CaseIterable>(case _: Value.Type = Value.self) throws(BinaryDecodingError) -> Value {
        let start = values.offset
        let count = try values.readCount(minimumElementSize: 4)
        guard count == 1 else {
            throw BinaryDecodingError(offset: start, message: "one \(Value.self) expected, found \(count)")
        }
        return try readCase()
    }

    /// Reads enum cases written by ``SnapshotWriter/write(cases:)``; a position beyond the cases is an error.
    /// Decoded case by case, with no list of positions in between: every record has a few of these.
    mutating func read<Value: CaseIterable>(cases _: Value.Type = Value.self) throws(BinaryDecodingError)
        -> [Value]
    {
        let count = try values.readCount(minimumElementSize: 4)
        var cases: [Value] = []
        cases.reserveCapacity(count)
        for _ in 0..<count { cases.append(try readCase()) }
        return cases
    }

    /// One case, as its position in `allCases`.
    private mutating func readCase<Value: CaseIterable>() throws(BinaryDecodingError) -> Value {
        let start = values.offset
        let position = try values.read(UInt32.self)
        let all = Value.allCases
        guard position < all.count else {
            throw BinaryDecodingError(offset: start, message: "case \(position) is not a known \(Value.self)")
        }
        return all[all.index(all.startIndex, offsetBy: Int(position))]
    }

    /// Reads what ``SnapshotWriter/writeCaseNames(of:)`` wrote and checks that they are this library's cases of
    /// `Value`, in the same order; otherwise the snapshot was made with other cases and its positions mean
    /// something else.
    mutating func expectCaseNames<Value: CaseIterable & RawRepresentable<String>>(
        of _: Value.Type
    ) throws(BinaryDecodingError) {
        let start = values.offset
        guard try read([String].self) == Value.allCases.map(\.rawValue) else {
            throw BinaryDecodingError(
                offset: start, message: "the snapshot's \(Value.self) cases are not this library's; compile it again")
        }
    }

    private func string(numbered number: UInt32, at offset: Int) throws(BinaryDecodingError) -> String {
        guard number < strings.count else {
            throw BinaryDecodingError(offset: offset, message: "string \(number) is not in the snapshot's table")
        }
        return strings[Int(number)]
    }
}
