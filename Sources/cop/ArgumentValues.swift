public import ArgumentParser
public import ChildOnlineProtection

// The closed vocabularies of the library, accepted as option and argument values. Argument-parser lists
// `allCases` in the help and names them when a value is invalid.

/// A closed vocabulary whose raw values are what the command line accepts and shows.
///
/// Argument-parser's own defaults for such types describe every case through reflection and a key path made
/// at run time, once per option of every command it parses: about 4 million instructions in each `cop search`
/// process, more than a fifth of what the command line costs. These say the same with the raw values.
public protocol Vocabulary: ExpressibleByArgument, CaseIterable, RawRepresentable where RawValue == String {}

extension Vocabulary {
    /// The raw values, in case order.
    public static var allValueStrings: [String] { allCases.map { $0.rawValue } }
    /// None: the raw values describe themselves (no case has a description apart from its raw value).
    public static var allValueDescriptions: [String: String] { [:] }
    /// The raw values, which `--help` and shell completion offer.
    public static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
    /// The raw value, as the help shows a default.
    public var defaultValueDescription: String { rawValue }
}

extension Audience: Vocabulary {}
extension RiskID: Vocabulary {}
extension AgeBand: Vocabulary {}
extension Reader: Vocabulary {}
extension RecordKind: Vocabulary {}
extension RiskCategory: Vocabulary {}
extension Provenance.Confidence: Vocabulary {}
extension Record.ExportFormat: Vocabulary {}
extension ReportFormat: Vocabulary {}
extension ChecklistExport.Format: Vocabulary {}
