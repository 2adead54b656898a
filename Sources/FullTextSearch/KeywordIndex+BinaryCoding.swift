import BinaryCoding

extension KeywordIndex {
    /// Writes each field's values and, per value, its documents (lengths, then one flat array). The lookup
    /// tables, ranks and per-document facet lists are derived from these on decoding.
    func encode(into writer: inout BinaryWriter) {
        writer.writeCount(fields.count)
        for field in fields {
            writer.write(field.values)
            writer.write(counts: field.documents.map(\.count))
            writer.write(int32s: field.documents.flatMap(\.self))
        }
    }

    /// Reads what ``encode(into:)`` wrote for the schema's keyword fields, checking every document number.
    init(decoding reader: inout BinaryReader, fieldNames: [String], documentCount: Int) throws(BinaryDecodingError) {
        guard try reader.read(UInt32.self) == fieldNames.count else {
            throw reader.failure("keyword fields differ from the schema's")
        }
        var fields: [Field] = []
        for name in fieldNames {
            let values = try reader.read([String].self)
            let lengths = try reader.readCounts()
            guard lengths.count == values.count else {
                throw reader.failure("documents for \(lengths.count) of \(values.count) values of “\(name)”")
            }
            let flat = try reader.readInt32s()
            guard DecodedCheck.sums(lengths, to: flat.count) else {
                throw reader.failure("the documents of “\(name)” do not add up")
            }
            let documents = flat.split(lengths: lengths)
            guard documents.allSatisfy({ DecodedCheck.isIncreasing($0, below: documentCount) }) else {
                throw reader.failure(
                    """
                    a value of “\(name)” lists a document out of order or beyond \
                    \(documentCount)
                    """)
            }
            fields.append(Field(name: name, values: values, documents: documents))
        }
        self.init(fields: fields, documentCount: documentCount)
    }
}
