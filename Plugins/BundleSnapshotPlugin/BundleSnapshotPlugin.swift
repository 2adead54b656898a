import Foundation
import PackagePlugin

/// Embeds the bundled content's compiled snapshot (`Content/snapshot/en.snapshot`) and its record vectors
/// (`Content/vectors/en.vectors`) in the library, so the bundled knowledge base loads without parsing Markdown,
/// from any working directory and from a copied release binary.
///
/// Both files are compiled from `Content/en` by `Scripts/bundle-content` and checked in; the tests fail while they
/// are stale. Compiling them here instead would make SwiftPM build the whole library a second time, for the build
/// host, in every build of every package that depends on this one.
@main
struct BundleSnapshotPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let content = context.package.directoryURL.appending(path: "Content")
        let snapshot = content.appending(path: "snapshot/en.snapshot")
        let vectors = content.appending(path: "vectors/en.vectors")
        let hasVectors = FileManager.default.fileExists(atPath: vectors.path(percentEncoded: false))
        let inputs = [snapshot] + (hasVectors ? [vectors] : [])
        let output = context.pluginWorkDirectoryURL.appending(path: "BundledSnapshot.swift")
        return [
            .buildCommand(
                displayName: "Embedding the bundled snapshot and record vectors",
                executable: try context.tool(named: "SnapshotEmbedder").url,
                arguments: [output.path(percentEncoded: false)] + inputs.map { $0.path(percentEncoded: false) },
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
