import ArgumentParser
import ChildOnlineProtection

extension COP {
    /// `cop diff --adaptation DIR`: what a layer adds, amends, replaces and withdraws.
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "diff",
            abstract: "List what an adaptation adds, amends, replaces and withdraws against the baseline.",
            discussion: """
                Each --adaptation is applied in order; the diff of each is printed against what came before it.

                Examples:
                  cop diff --adaptation Examples/Adaptations/gb
                  cop diff --adaptation Examples/Adaptations/au --json
                """
        )

        @OptionGroup var content: ContentOptions

        @Flag(help: "Print one JSON object per adaptation.")
        var json = false

        func validate() throws {
            if content.adaptations.isEmpty { throw ValidationError("give the layer to compare with --adaptation DIR.") }
        }

        func run() throws {
            let base = try content.knowledgeBase(applyingLayers: false)
            let layers = try content.layers()
            _ = try content.apply(layers, to: base)
            var current = base
            for layer in layers {
                let diff = LayerDiff(layer, against: current)
                if json {
                    try Console.write(diff.json())
                } else {
                    try Console.write(lines: DiffView.lines(diff))
                }
                current = (try? current.adapted(by: [layer])) ?? current
            }
        }
    }
}

enum DiffView {
    static func lines(_ diff: LayerDiff) -> [StyledText] {
        let manifest = diff.manifest
        let header =
            """
            \(manifest.id): \(manifest.name) (\(manifest.jurisdiction), \(manifest.language)) over \(manifest.base) \
            version \(manifest.baseVersion)
            """
        let rows = diff.entries.map { [$0.action, $0.kind, $0.id, $0.title] }
        let summary = diff.counts.map { "\($0.count) \($0.action)" }.joined(separator: ", ")
        return [StyledText(header), ""] + TextLayout.columns(rows) + ["", StyledText(summary)]
    }
}
