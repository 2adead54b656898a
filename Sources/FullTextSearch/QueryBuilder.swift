/// Accumulates parsed terms into a ``Query``, applying `OR` and the term limit.
struct QueryBuilder {
    private var query = Query()
    private var notes: [QueryNote] = []
    private let maximumTerms: Int
    private var termCount = 0
    private var droppedCount = 0
    private var droppedExamples: [String] = []
    /// Set by `OR` after a positive term; the next positive term joins the last clause.
    private var orPending = false
    /// Whether the last thing added was a positive term (so that `OR` has a left operand).
    private var lastWasPositiveTerm = false

    init(maximumTerms: Int) {
        self.maximumTerms = maximumTerms
    }

    mutating func note(_ code: QueryNote.Code, _ message: String) {
        notes.append(QueryNote(code: code, message: message))
    }

    mutating func add(_ term: Query.Term, negated: Bool, source: String) {
        guard admit(source) else { return }
        if negated {
            query.exclusions.append(term)
            closeOr()
            lastWasPositiveTerm = false
        } else if orPending, let last = query.clauses.indices.last {
            query.clauses[last].alternatives.append(term)
            orPending = false
            lastWasPositiveTerm = true
        } else {
            query.clauses.append(Query.Clause(term))
            lastWasPositiveTerm = true
        }
    }

    mutating func addFilter(field: String, value: String, source: String) {
        guard admit(source) else { return }
        query.filters[field, default: []].insert(value)
    }

    mutating func addOr() {
        if orPending || !lastWasPositiveTerm {
            note(.danglingOperator, "An “OR” without a term on its left was ignored.")
        } else {
            orPending = true
        }
    }

    mutating func finish() {
        closeOr()
        guard droppedCount > 0 else { return }
        let shown = droppedExamples.joined(separator: " ")
        let more = droppedCount > droppedExamples.count ? " …" : ""
        note(
            .tooManyTerms,
            "The query has more than \(maximumTerms) terms; \(droppedCount) were ignored: “\(shown)\(more)”."
        )
    }

    func result() -> ParsedQuery {
        ParsedQuery(query: query, notes: notes)
    }

    private mutating func admit(_ source: String) -> Bool {
        guard termCount < maximumTerms else {
            droppedCount += 1
            if droppedExamples.count < 5 { droppedExamples.append(source) }
            return false
        }
        termCount += 1
        return true
    }

    private mutating func closeOr() {
        if orPending {
            note(.danglingOperator, "An “OR” without a term on its right was ignored.")
            orPending = false
        }
    }
}
