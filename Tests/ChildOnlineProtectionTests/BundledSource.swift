import ChildOnlineProtection
import GuidelineCompiler
import Foundation

/// The bundled content compiled from its Markdown in this checkout (`Content/en`), with every diagnostic:
/// what the bundled snapshot was made from, for tests that check the content itself.
enum BundledSource {
    /// The package root of this checkout.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The compilation, with paths as the bundled snapshot records them (`Content/en/...`).
    static let compilation: Compilation = ContentFolder(
        contentsOf: packageRoot.appending(path: "Content/en"), root: "Content/en"
    ).compile()
}
