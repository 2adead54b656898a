/// Exact-value fields: for filters, the documents holding each value; for facets, the values of each document.
struct KeywordIndex: Sendable {
    /// One keyword field.
    struct Field: Sendable {
        /// The field name.
        var name: String
        /// Value number to the value as first written in a document.
        var values: [String] = []
        /// Lowercased value to value number.
        var valueIDs: [String: Int32] = [:]
        /// Value number to documents, increasing.
        var documents: [[Int32]] = []
        /// Document number to its value numbers.
        var documentValues: [[Int32]] = []

        /// Records the values of the next document (documents must come in increasing order).
        mutating func add(document: Int32, values newValues: [String]) {
            var ids: [Int32] = []
            for value in newValues {
                let key = value.lowercased()
                let id =
                    valueIDs[key]
                    ?? {
                        let id = Int32(clamping: values.count)
                        valueIDs[key] = id
                        values.append(value)
                        documents.append([])
                        return id
                    }()
                guard !ids.contains(id) else { continue }
                ids.append(id)
                documents[Int(id)].append(document)
            }
            documentValues.append(ids.sorted())
        }

        /// The documents holding any of `values` (matched case-insensitively), increasing.
        func documents(withAnyOf values: Set<String>) -> [Int32] {
            let lists = Set(values.map { $0.lowercased() }).compactMap { valueIDs[$0] }.map { documents[Int($0)] }
            return lists.count == 1 ? lists[0] : Array(Set(lists.joined())).sorted()
        }
    }

    /// The keyword fields, in schema order.
    let fields: [Field]

    /// Builds the keyword index of documents given in document-number order.
    init(fieldNames: [String], documents: [SearchDocument]) {
        var fields = fieldNames.map { Field(name: $0) }
        for (number, document) in documents.enumerated() {
            for index in fields.indices {
                fields[index].add(
                    document: Int32(clamping: number),
                    values: document.keywords[fields[index].name] ?? []
                )
            }
        }
        self.fields = fields
    }

    /// The field named `name`, if the schema has it.
    func field(named name: String) -> Field? {
        fields.first { $0.name == name }
    }
}
