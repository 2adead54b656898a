import ArgumentParser
import ChildOnlineProtection

extension COP {
    /// `cop list WHAT`: the IDs of one vocabulary, with titles.
    struct List: ParsableCommand {
        /// What `cop list` can list.
        enum Subject: String, Vocabulary {
            case audiences, risks, topics, harms, terms, checklists, services, laws
        }

        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract:
                """
                List audiences, risks, topics, harms, glossary terms, checklists, or an adaptation's services and \
                laws, with their IDs.
                """,
            discussion: """
                Prints one line per entry: the ID, then what describes it. Use the IDs with show, risk, topic, \
                search --risk/--topic and checklist --feature.

                Examples:
                  cop list risks --category contact
                  cop list checklists --audience industry
                  cop list topics
                  cop list services --adaptation Examples/Adaptations/gb --json
                """
        )

        @OptionGroup var content: ContentOptions

        @Argument(help: "What to list.")
        var subject: Subject

        @Option(help: "Only risks of this 4C category (with 'risks').")
        var category: RiskCategory?

        @Option(help: "Only checklists of this guideline set (with 'checklists').")
        var audience: Audience?

        @Flag(help: "Print a JSON array with every field, sources and confidence (with 'services' and 'laws').")
        var json = false

        func validate() throws {
            if category != nil, subject != .risks {
                throw ValidationError("--category applies to 'cop list risks' only.")
            }
            if audience != nil, subject != .checklists {
                throw ValidationError("--audience applies to 'cop list checklists' only.")
            }
            if json, subject != .services, subject != .laws {
                throw ValidationError("--json applies to 'cop list services' and 'cop list laws' only.")
            }
        }

        func run() throws {
            let base = try content.knowledgeBase()
            if json {
                return try Console.write(
                    subject == .services
                        ? LayerCatalogueJSON.services(base.services) : LayerCatalogueJSON.laws(base.laws))
            }
            let rows: [[String]] =
                switch subject {
                case .audiences:
                    Audience.allCases.map {
                        [
                            $0.rawValue, base.guidelineSet($0)?.title ?? "",
                            "\(base.recommendations(for: $0).count) recommendations",
                        ]
                    }
                case .risks:
                    base.risks.filter { category == nil || $0.category == category }.map {
                        [$0.id.rawValue, $0.category.rawValue, $0.title]
                    }
                case .topics:
                    base.topics.map { [$0.id, $0.title] }
                case .harms:
                    base.harms.map { [$0.id, $0.title] }
                case .terms:
                    base.terms.map { [$0.id, $0.title] }
                case .checklists:
                    base.checklists.filter { audience == nil || $0.audience == audience }.map {
                        [$0.id, $0.audience.rawValue, $0.title]
                    }
                case .services:
                    base.services.map { [$0.id, $0.layerID, $0.name, $0.phone?.value ?? "", $0.web?.value ?? ""] }
                case .laws:
                    base.laws.map { [$0.id, $0.layerID, $0.title, $0.citation.value] }
                }
            try Console.write(lines: TextLayout.columns(rows))
        }
    }
}
