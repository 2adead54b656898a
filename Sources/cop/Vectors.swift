import ArgumentParser
import ChildOnlineProtection
import Foundation

extension COP {
    /// `cop vectors`: the sentence vectors of a content folder's records, for semantic search.
    struct Vectors: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "vectors",
            abstract: "Encode every record with the sentence-embedding model and write the vector file.",
            discussion: """
                The bundled content's vectors live in Content/vectors/en.vectors and are compiled into the \
                library; Scripts/bundle-content refreshes them after content changes. Records whose text has no \
                stored vector are encoded on first semantic search instead, so this is a speed-up, never needed \
                for correct results. Needs the model (Scripts/install-model).

                Examples:
                  cop vectors --content Content/en --output Content/vectors/en.vectors
                  cop vectors --content my-adaptation/ --output my-adaptation.vectors
                """
        )

        @OptionGroup var content: ContentOptions

        @Option(help: ArgumentHelp("The vector file to write.", valueName: "FILE"))
        var output: String

        func run() throws {
            let store: RecordVectorStore
            do {
                store = try content.knowledgeBase().makeRecordVectors()
            } catch let error as SemanticSearchError {
                throw CommandFailure(message: error.message, exitCode: 1)
            }
            do {
                try store.data().write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                throw CommandFailure(message: "cannot write \(output): \(error.localizedDescription)", exitCode: 1)
            }
        }
    }
}
