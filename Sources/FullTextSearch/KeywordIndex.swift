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
        /// The value numbers sorted by `String` order of the values, and each value number's rank in that
        /// order: facets are sorted by rank instead of comparing strings.
        private(set) var valuesInOrder: [Int32] = []
        private(set) var valueRanks: [Int32] = []

        /// An empty field, to be filled with ``add(document:values:)``.
        init(name: String) {
            self.name = name
        }

        /// A complete field: its values in number order and, per value, its documents (increasing).
        init(name: String, values: [String], documents: [[Int32]]) {
            self.name = name
            self.values = values
            self.documents = documents
            for (id, value) in values.enumerated() where valueIDs[value.lowercased()] == nil {
                valueIDs[value.lowercased()] = Int32(id)
            }
            rankValues()
        }

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
        }

        /// Computes ``valuesInOrder`` and ``valueRanks``, after the last ``add(document:values:)``.
        mutating func rankValues() {
            valuesInOrder = values.indices.sorted { values[$0] < values[$1] }.map { Int32($0) }
            valueRanks = Array(repeating: 0, count: values.count)
            for (rank, value) in valuesInOrder.enumerated() {
                valueRanks[Int(value)] = Int32(rank)
            }
        }

        /// The values with a positive count, most frequent first, then in `String` order.
        /// - Parameter counts: Per value number, its count.
        /// - Complexity: O(*u* log *u*) for *u* values.
        func facets(counts: ArraySlice<Int>) -> [FacetCount] {
            // One integer per value: the complemented count above the rank, so that sorting the integers
            // sorts by count (descending), then by rank.
            var keys: [UInt64] = []
            for (value, count) in zip(values.indices, counts) where count > 0 {
                keys.append((UInt64(UInt32.max) - UInt64(count)) << 32 | UInt64(valueRanks[value]))
            }
            keys.sort()
            return keys.map { key in
                let value = Int(valuesInOrder[Int(key & 0xFFFF_FFFF)])
                return FacetCount(value: values[value], count: Int(UInt64(UInt32.max) - key >> 32))
            }
        }

        /// Adds the documents holding any of `values` (matched case-insensitively) to `set`.
        /// - Complexity: O(*v* + *d*) for *v* values listing *d* documents.
        func insertDocuments(withAnyOf values: Set<String>, into set: inout DocumentSet) {
            for value in values {
                if let id = valueIDs[value.lowercased()] { set.insert(contentsOf: documents[Int(id)]) }
            }
        }
    }

    /// The keyword fields, in schema order.
    let fields: [Field]
    /// Per field, the facet number of its first value: the values of all fields are numbered together, field
    /// after field, so that facets are counted in one pass over each document's values.
    let facetStarts: [Int]
    /// The number of values of all fields.
    let facetValueCount: Int
    /// The facet numbers of all documents, document after document: those of document *d* are
    /// `documentFacets[documentFacetStarts[d] ..< documentFacetStarts[d + 1]]`.
    let documentFacets: [Int32]
    /// Per document, where its facet numbers start in ``documentFacets``; one extra trailing element.
    let documentFacetStarts: [Int32]

    /// Builds the keyword index of documents given in document-number order.
    init(fieldNames: [String], documents: [SearchDocument]) {
        var fields = fieldNames.map { Field(name: $0) }
        for (number, document) in documents.enumerated() {
            for index in fields.indices {
                fields[index].add(
                    document: Int32(clamping: number), values: document.keywords[fields[index].name] ?? [])
            }
        }
        for index in fields.indices { fields[index].rankValues() }
        self.init(fields: fields, documentCount: documents.count)
    }

    /// The index of complete fields (ranked, see ``Field/rankValues()``) over `documentCount` documents,
    /// deriving each document's facet numbers: field after field, value numbers increasing.
    /// - Complexity: O(*n* + *v*) for *n* documents and *v* (value, document) pairs.
    init(fields: [Field], documentCount: Int) {
        var facetStarts: [Int] = []
        var facetCount = 0
        var perDocument = Array(repeating: Int32(0), count: documentCount + 1)
        for field in fields {
            facetStarts.append(facetCount)
            facetCount += field.values.count
            for documents in field.documents {
                for document in documents { perDocument[Int(document) + 1] += 1 }
            }
        }
        for document in 0..<documentCount { perDocument[document + 1] += perDocument[document] }
        var cursors = perDocument
        var documentFacets = Array(repeating: Int32(0), count: Int(perDocument[documentCount]))
        for (index, field) in fields.enumerated() {
            for (value, documents) in field.documents.enumerated() {
                for document in documents {
                    documentFacets[Int(cursors[Int(document)])] = Int32(clamping: facetStarts[index] + value)
                    cursors[Int(document)] += 1
                }
            }
        }
        self.fields = fields
        self.facetStarts = facetStarts
        self.facetValueCount = facetCount
        self.documentFacets = documentFacets
        self.documentFacetStarts = perDocument
    }

    /// The field named `name`, if the schema has it.
    func field(named name: String) -> Field? {
        fields.first { $0.name == name }
    }
}
