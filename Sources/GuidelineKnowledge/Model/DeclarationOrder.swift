/// Whether `lhs` is declared before `rhs` in its closed vocabulary: the order of `allCases`, which is the
/// order the design lists the values in (children before parents-educators, under-9 before 9-12, ...).
func isDeclared<Value: CaseIterable & Equatable>(_ lhs: Value, before rhs: Value) -> Bool {
    let cases = Value.allCases
    return (cases.firstIndex(of: lhs) ?? cases.endIndex) < (cases.firstIndex(of: rhs) ?? cases.endIndex)
}
