import ChildOnlineProtection
import GuidelineCompiler
import Foundation

/// The bundled content compiled from its Markdown in this checkout (`Content/en`), with every diagnostic:
/// what the build-time snapshot was made from, for tests that check the content itself.
enum BundledSource {
    /// The package root of this checkout.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The compilation, with paths as the snapshot tool records them (`Content/en/...`).
    static let compilation: Compilation = {
        let root = packageRoot.appending(path: "Content/en")
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        let paths = (walker?.compactMap { ($0 as? URL)?.standardizedFileURL.path } ?? [])
            .filter { $0.hasSuffix(".md") && !$0.hasSuffix("/README.md") }
            .sorted()
        let prefix = packageRoot.standardizedFileURL.path + "/"
        let files = paths.map { path in
            ContentFile(
                path: String(path.dropFirst(prefix.count)),
                bytes: Array(FileManager.default.contents(atPath: path) ?? Data()))
        }
        return ContentCompiler.compile(files, root: "Content/en")
    }()
}
