import BinaryCoding
import Testing

@testable import GuidelineKnowledge

/// The snapshot's model is written with each distinct string once, in a table ahead of the values, and enum
/// cases as their positions in `allCases` after each enum's case names: a reader whose cases differ refuses the
/// snapshot instead of reading another case, and a position or string number past its table is an error.
@Suite struct SnapshotModelCodingTests {
    /// Reads `bytes` with `read`, or the error it throws.
    private func reading<Value>(
        _ bytes: [UInt8], _ read: (inout SnapshotReader) throws(BinaryDecodingError) -> Value
    ) -> Result<Value, BinaryDecodingError> {
        bytes.withUnsafeBytes { raw in
            Result { () throws(BinaryDecodingError) in
                var reader = try SnapshotReader(raw)
                let value = try read(&reader)
                try reader.expectEnd()
                return value
            }
        }
    }

    @Test("every case of every stored enum round-trips, singly and in arrays")
    func casesRoundTrip() throws {
        var writer = SnapshotWriter()
        writer.write(cases: RiskID.allCases)
        writer.write(cases: AgeBand.allCases.reversed())
        writer.write(case: Audience.policyMakers)
        let read = reading(writer.bytes) { (reader: inout SnapshotReader) throws(BinaryDecodingError) in
            (
                try reader.read(cases: RiskID.self), try reader.read(cases: AgeBand.self),
                try reader.read(case: Audience.self)
            )
        }
        let (risks, bands, audience) = try read.get()
        #expect(risks == RiskID.allCases)
        #expect(bands == AgeBand.allCases.reversed())
        #expect(audience == .policyMakers)
    }

    @Test("a position past the cases is an error, not another case")
    func positionPastTheCases() {
        var bytes = BinaryWriter()
        bytes.write([String]())  // an empty string table
        bytes.write([UInt32(RiskID.allCases.count)])
        let read = reading(bytes.bytes) { (reader: inout SnapshotReader) throws(BinaryDecodingError) in
            try reader.read(cases: RiskID.self)
        }
        #expect(throws: BinaryDecodingError.self) { try read.get() }
    }

    @Test("a single case stored as a list of none or of two is an error, not its first case", arguments: [0, 2])
    func singleCaseOfAnotherCount(count: Int) {
        var bytes = BinaryWriter()
        bytes.write([String]())  // an empty string table
        bytes.write([UInt32](repeating: 0, count: count))
        let read = reading(bytes.bytes) { (reader: inout SnapshotReader) throws(BinaryDecodingError) in
            try reader.read(case: Audience.self)
        }
        #expect(throws: BinaryDecodingError.self) { try read.get() }
    }

    @Test("case names that are not this library's, or in another order, are refused")
    func otherCaseNames() throws {
        var same = SnapshotWriter()
        same.writeCaseNames(of: AgeBand.self)
        #expect(throws: Never.self) {
            try reading(same.bytes) { (reader: inout SnapshotReader) throws(BinaryDecodingError) in
                try reader.expectCaseNames(of: AgeBand.self)
            }.get()
        }
        for names in [AgeBand.allCases.map(\.rawValue).reversed(), AgeBand.allCases.map(\.rawValue) + ["18-plus"]] {
            var writer = SnapshotWriter()
            writer.write(Array(names))
            let read = reading(writer.bytes) { (reader: inout SnapshotReader) throws(BinaryDecodingError) in
                try reader.expectCaseNames(of: AgeBand.self)
            }
            #expect(throws: BinaryDecodingError.self) { try read.get() }
        }
    }

    @Test("strings read back exactly as written, each distinct one stored once, canonical twins kept apart")
    func stringTable() throws {
        let path = "Content/en/parents-educators/grooming-and-online-games.md"
        let strings = [path, "caf\u{00E9}", "cafe\u{0301}", path, "", path]
        var writer = SnapshotWriter()
        writer.write(strings)
        writer.write(path)
        writer.write(String?.none)
        writer.write(Optional("caf\u{00E9}"))
        let read = reading(writer.bytes) { (reader: inout SnapshotReader) throws(BinaryDecodingError) in
            (
                try reader.read([String].self), try reader.read(String.self), try reader.readOptionalString(),
                try reader.readOptionalString()
            )
        }
        let (array, single, none, some) = try read.get()
        #expect(array.map { Array($0.utf8) } == strings.map { Array($0.utf8) }, "byte for byte")
        #expect(Array(single.utf8) == Array(path.utf8))
        #expect(none == nil)
        #expect(some.map { Array($0.utf8) } == Array("caf\u{00E9}".utf8))
        // The long path is stored once: the bytes hold it once, whatever the number of uses.
        let occurrences = writer.bytes.indices.filter { writer.bytes[$0...].starts(with: Array(path.utf8)) }
        #expect(occurrences.count == 1)
    }

    @Test("a string number past the table is an error")
    func stringNumberPastTheTable() {
        var bytes = BinaryWriter()
        bytes.write(["only"])
        bytes.write(UInt32(1))
        let read = reading(bytes.bytes) { (reader: inout SnapshotReader) throws(BinaryDecodingError) in
            try reader.read(String.self)
        }
        #expect(throws: BinaryDecodingError.self) { try read.get() }
    }
}
