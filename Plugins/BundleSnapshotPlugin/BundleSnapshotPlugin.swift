import Foundation
import PackagePlugin

/// Compiles the package's `Content/en` Markdown and its record vectors (`Content/vectors/en.vectors`) into a
/// knowledge-base snapshot compiled into the library,
/// so the bundled knowledge base loads without parsing Markdown, from any working directory and from a
/// copied release binary.
@main
struct BundleSnapshotPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let packageRoot = context.package.directoryURL
        let files = markdownFiles(under: packageRoot.appending(path: "Content/en"))
        let vectors = packageRoot.appending(path: "Content/vectors/en.vectors")
        let hasVectors = FileManager.default.fileExists(atPath: vectors.path(percentEncoded: false))
        let vectorArguments = hasVectors ? ["--vectors", vectors.path(percentEncoded: false)] : []
        let output = context.pluginWorkDirectoryURL.appending(path: "BundledSnapshot.swift")
        return [
            .buildCommand(
                displayName: "Compiling \(files.count) content files into the bundled snapshot",
                executable: try context.tool(named: "SnapshotCompiler").url,
                arguments: [output.path(percentEncoded: false), packageRoot.path(percentEncoded: false)]
                    + vectorArguments + files.map { $0.path(percentEncoded: false) },
                inputFiles: files + (hasVectors ? [vectors] : []),
                outputFiles: [output]
            )
        ]
    }

    /// Every `.md` file below `root` except `README.md` files, sorted by path.
    private func markdownFiles(under root: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }
            .filter { $0.pathExtension == "md" && $0.lastPathComponent != "README.md" }
            .sorted { $0.path < $1.path }
    }
}
