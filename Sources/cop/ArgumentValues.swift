public import ArgumentParser
public import ChildOnlineProtection

// The closed vocabularies of the library, accepted as option and argument values. Argument-parser lists
// `allCases` in the help and names them when a value is invalid.

extension Audience: ExpressibleByArgument {}
extension RiskID: ExpressibleByArgument {}
extension AgeBand: ExpressibleByArgument {}
extension Reader: ExpressibleByArgument {}
extension RecordKind: ExpressibleByArgument {}
extension RiskCategory: ExpressibleByArgument {}
extension Provenance.Confidence: ExpressibleByArgument {}
extension Record.ExportFormat: ExpressibleByArgument {}
extension ReportFormat: ExpressibleByArgument {}
extension ChecklistExport.Format: ExpressibleByArgument {}
