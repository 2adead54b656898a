import ChildOnlineProtection
import GuidelineCompiler
import Foundation

/// Small layers written in the tests, and the lint pipeline `cop lint --adaptation` runs.
enum LayerFixtures {
    /// A complete manifest for layer `id`; `extra` lines go after `Sources` (line 10 onwards).
    static func manifest(id: String = "tl", extra: String = "") -> String {
        """
        # Testland
        - Layer: adaptation
        - ID: \(id)
        - Jurisdiction: TL
        - Language: en
        - Base: itu-cop-2020
        - Base version: 1
        - Maintainer: tests
        - Sources: https://example.org/
        \(extra)
        """
    }

    /// A layer compiled from `files` (paths under `root`) and `manifest` (at `root/adaptation.md`).
    static func layer(_ files: [String: String] = [:], root: String = "L", manifest: String = manifest())
        -> AdaptationCompilation
    {
        let all = files.merging(["\(root)/adaptation.md": manifest]) { own, _ in own }
        return Adaptation.compile(all.map { ContentFile(path: $0.key, text: $0.value) }, root: root)
    }

    /// A `Changes:` file holding `body` (its first entry's heading is on line 4, its first field on line 5).
    static func changes(_ body: String) -> String {
        "# Changes\n- Changes: base\n\n" + body
    }

    /// One change entry: `field` (e.g. `Amends: id`), then `extra` lines, a source and a confidence, then `body`.
    static func change(_ title: String, _ field: String, extra: String = "", body: String = "A note.") -> String {
        "## \(title)\n- \(field)\n\(extra)- Source: https://example.org/\n- Confidence: high\n\n\(body)\n\n"
    }

    /// What `cop lint --adaptation` prints, in order: each layer's own diagnostics, then the stack applied
    /// to the bundled baseline, each as `file:line:column: severity: message (hint: ...)`.
    static func lint(_ compilations: [AdaptationCompilation]) throws -> [String] {
        let applied = try KnowledgeBase.bundled().adapting(compilations.compactMap(\.adaptation))
        return (compilations.flatMap(\.diagnostics) + applied.diagnostics).map(\.description)
    }

    /// `Examples/Adaptations`.
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("Examples/Adaptations")

    /// The example adaptation `name` (`gb`, `au`).
    static func example(_ name: String) throws -> Adaptation {
        try Adaptation(contentsOf: examples.appendingPathComponent(name))
    }
}
