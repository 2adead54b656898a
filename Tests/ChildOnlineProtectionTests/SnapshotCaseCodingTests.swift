import BinaryCoding
import Testing

@testable import GuidelineKnowledge

/// Enum cases are stored as their positions in `allCases`, and the snapshot names the cases once: a reader
/// whose cases differ refuses the snapshot instead of reading another case, and a position past the cases is
/// an error.
@Suite struct SnapshotCaseCodingTests {
    /// Reads `bytes` with `read`, or the error it throws.
    private func reading<Value>(
        _ bytes: [UInt8], _ read: (inout BinaryReader) throws(BinaryDecodingError) -> Value
    ) -> Result<Value, BinaryDecodingError> {
        bytes.withUnsafeBytes { raw in
            var reader = BinaryReader(raw)
            return Result { () throws(BinaryDecodingError) in try read(&reader) }
        }
    }

    @Test("every case of every stored enum round-trips, singly and in arrays")
    func roundTrip() throws {
        var writer = BinaryWriter()
        writer.write(cases: RiskID.allCases)
        writer.write(cases: AgeBand.allCases.reversed())
        writer.write(case: Audience.policyMakers)
        let read = reading(writer.bytes) { (reader: inout BinaryReader) throws(BinaryDecodingError) in
            (try reader.read(cases: RiskID.self), try reader.read(cases: AgeBand.self), try reader.read(case: Audience.self))
        }
        let (risks, bands, audience) = try read.get()
        #expect(risks == RiskID.allCases)
        #expect(bands == AgeBand.allCases.reversed())
        #expect(audience == .policyMakers)
    }

    @Test("a position past the cases is an error, not another case")
    func positionPastTheCases() {
        var writer = BinaryWriter()
        writer.write([UInt32(RiskID.allCases.count)])
        let read = reading(writer.bytes) { (reader: inout BinaryReader) throws(BinaryDecodingError) in
            try reader.read(cases: RiskID.self)
        }
        #expect(throws: BinaryDecodingError.self) { try read.get() }
    }

    @Test("case names that are not this library's, or in another order, are refused")
    func otherCaseNames() throws {
        var same = BinaryWriter()
        same.writeCaseNames(of: AgeBand.self)
        #expect(throws: Never.self) {
            try reading(same.bytes) { (reader: inout BinaryReader) throws(BinaryDecodingError) in
                try reader.expectCaseNames(of: AgeBand.self)
            }.get()
        }
        for names in [AgeBand.allCases.map(\.rawValue).reversed(), AgeBand.allCases.map(\.rawValue) + ["18-plus"]] {
            var writer = BinaryWriter()
            writer.write(Array(names))
            let read = reading(writer.bytes) { (reader: inout BinaryReader) throws(BinaryDecodingError) in
                try reader.expectCaseNames(of: AgeBand.self)
            }
            #expect(throws: BinaryDecodingError.self) { try read.get() }
        }
    }
}
