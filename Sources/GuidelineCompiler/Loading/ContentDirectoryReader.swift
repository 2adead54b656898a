import Foundation
import GuidelineKnowledge

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads the `.md` files of a content folder, never leaving it.
///
/// Every folder and file below the content folder is opened relative to its already-open parent folder
/// with `O_NOFOLLOW` (``DirectoryDescriptor``), and the type of what was opened is checked on the open
/// descriptor, so there is no window in which swapping an entry for a symbolic link leads outside the folder.
/// Symbolic links below the content folder are not followed (a warning each); each real folder is visited
/// once; every file that cannot be used is reported; and the walk stops as soon as a folder-wide limit
/// (``ContentLimits``) is reached.
enum ContentDirectoryReader {
    /// Reads `directory` within `limits`; file paths start with `root` (by default the folder as `directory`
    /// names it).
    static func read(_ directory: URL, root: String? = nil, limits: ContentLimits) -> ContentFolder {
        var walk = Walk(root: directory, display: root, limits: limits)
        switch DirectoryDescriptor.openRoot(directory.path) {
        case .success(let root):
            walk.visit(root, display: walk.rootDisplay, depth: 0)
        case .failure(let failure):
            let what =
                failure.isWrongType
                ? "'\(walk.rootDisplay)' is not a folder" : "cannot read folder '\(walk.rootDisplay)'"
            walk.log.error(
                .unreadableFile, what, hint: "check that it exists and is a readable folder", at: walk.rootLocation)
        }
        if walk.files.isEmpty, !walk.log.hasErrors {
            walk.log.error(
                .emptyContent, "no content files (*.md) in '\(walk.rootDisplay)'",
                hint: "point --content at a folder such as Content/en", at: walk.rootLocation)
        }
        return ContentFolder(
            root: walk.rootDisplay, files: walk.files, diagnostics: walk.log.diagnostics, limits: limits)
    }

    private struct Walk {
        let rootDisplay: String
        let limits: ContentLimits
        var log = DiagnosticLog()
        var files: [ContentFile] = []
        var visitedFolders: Set<FileIdentity> = []
        /// Bytes read so far, bounded by ``ContentLimits/maximumTotalSize``.
        var totalSize = 0
        /// Folder entries looked at so far (files of any kind and folders), bounded by
        /// ``ContentLimits/maximumEntryCount``.
        var entryCount = 0
        /// Whether a folder-wide limit was reached; the walk then stops at once.
        var stopped = false

        init(root: URL, display: String?, limits: ContentLimits) {
            self.limits = limits
            let display = display ?? root.relativePath
            rootDisplay = display.count > 1 && display.hasSuffix("/") ? String(display.dropLast()) : display
        }

        var rootLocation: SourceLocation { SourceLocation(file: rootDisplay, line: 1, column: 1) }

        mutating func visit(_ folder: borrowing DirectoryDescriptor, display: String, depth: Int) {
            guard !stopped, visitedFolders.insert(folder.identity).inserted else { return }
            let location = SourceLocation(file: display, line: 1, column: 1)
            guard depth <= limits.maximumFolderDepth else {
                log.error(
                    .tooDeeplyNested,
                    "folders nest more than \(limits.maximumFolderDepth) levels deep; '\(display)' is not read",
                    at: location)
                return
            }
            let remaining = limits.maximumEntryCount - entryCount
            guard let entries = folder.entries(limit: remaining) else {
                log.error(
                    .unreadableFile, "cannot read folder '\(display)'", hint: "check that it exists and is readable",
                    at: location)
                return
            }
            for entry in entries where !entry.display.hasPrefix(".") {
                guard !stopped else { return }
                entryCount += 1
                guard entryCount <= limits.maximumEntryCount else {
                    stop(
                        .tooManyFiles,
                        """
                        the content folder has more than \(limits.maximumEntryCount) files and folders; \
                        '\(display + "/" + entry.display)' and the rest are not read
                        """,
                        at: location)
                    return
                }
                visit(entry, in: folder, display: display + "/" + entry.display, depth: depth)
            }
        }

        private mutating func visit(
            _ entry: DirectoryDescriptor.Entry, in folder: borrowing DirectoryDescriptor, display: String, depth: Int
        ) {
            let location = SourceLocation(file: display, line: 1, column: 1)
            switch folder.type(of: entry) {
            case .symbolicLink:
                // Only links that would have been content (a `.md` file or a folder) are worth a warning.
                if isContentFile(entry.display) || folder.isDirectoryLink(entry) {
                    reportSymbolicLink(display, at: location)
                }
            case .directory:
                switch folder.openDirectory(entry) {
                case .success(let subfolder): visit(subfolder, display: display, depth: depth + 1)
                case .failure(let failure): report(failure, display, at: location)
                }
            case .regular, .other:
                guard isContentFile(entry.display) else { return }
                switch folder.openRegularFile(entry) {
                case .success(let descriptor): readFile(descriptor, display: display, location: location)
                case .failure(let failure): report(failure, display, at: location)
                }
            case nil:
                log.error(
                    .unreadableFile, "'\(display)' cannot be read (it vanished while the folder was read)", at: location
                )
            }
        }

        private func isContentFile(_ name: String) -> Bool {
            name.hasSuffix(".md") && name != "README.md"
        }

        private mutating func readFile(_ descriptor: Int32, display: String, location: SourceLocation) {
            defer { close(descriptor) }
            guard files.count < limits.maximumFileCount else {
                stop(
                    .tooManyFiles,
                    """
                    the content folder has more than \(limits.maximumFileCount) files; '\(display)' and later \
                    files are not read
                    """,
                    hint: "split the content into several folders", at: location)
                return
            }
            let bytes: [UInt8]
            switch ContentDirectoryReader.readRegularFile(descriptor, limit: limits.maximumFileSize) {
            case .success(let read): bytes = read
            case .failure(.tooLarge(let size)):
                log.error(
                    .fileTooLarge, "file is \(size) bytes; the limit is \(limits.maximumFileSize)",
                    hint: "split it into smaller files", at: location)
                return
            case .failure:
                log.error(.unreadableFile, "cannot read file '\(display)'", hint: "check its permissions", at: location)
                return
            }
            guard totalSize + bytes.count <= limits.maximumTotalSize else {
                stop(
                    .contentTooLarge,
                    """
                    the content folder holds more than \(limits.maximumTotalSize) bytes; '\(display)' and later \
                    files are not read
                    """,
                    hint: "split the content into several folders", at: location)
                return
            }
            totalSize += bytes.count
            files.append(ContentFile(path: display, bytes: bytes))
        }

        private mutating func report(
            _ failure: DirectoryDescriptor.OpenFailure, _ display: String, at location: SourceLocation
        ) {
            switch failure {
            case .symbolicLink:
                reportSymbolicLink(display, at: location)
            case .wrongType:
                log.error(
                    .unreadableFile, "'\(display)' is not a regular file (a FIFO, socket or device?) and is not read",
                    hint: "content files must be plain files", at: location)
            case .unreadable:
                log.error(.unreadableFile, "cannot read '\(display)'", hint: "check its permissions", at: location)
            }
        }

        private mutating func reportSymbolicLink(_ display: String, at location: SourceLocation) {
            log.warning(
                .symbolicLink, "symbolic link '\(display)' is not followed",
                hint: "content files and folders must be real ones inside the content folder; copy the file in instead",
                at: location)
        }

        /// Reports a folder-wide limit once and stops the walk.
        private mutating func stop(
            _ code: Diagnostic.Code, _ message: String, hint: String? = nil, at location: SourceLocation
        ) {
            log.error(code, message, hint: hint ?? "split the content into several folders", at: location)
            stopped = true
        }
    }

    enum ReadFailure: Error {
        case tooLarge(Int)
        case unreadable
    }

    /// Reads the open regular file `descriptor`, at most `limit` bytes: never more than `limit + 1` bytes
    /// are read, whatever size the file claims or grows to.
    static func readRegularFile(_ descriptor: Int32, limit: Int) -> Result<[UInt8], ReadFailure> {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.unreadable) }
        guard Int(status.st_size) <= limit else { return .failure(.tooLarge(Int(status.st_size))) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        while bytes.count <= limit {
            let count = chunk.withUnsafeMutableBytes { readBytes(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable)
            }
            bytes += chunk[..<count]
        }
        guard bytes.count <= limit else { return .failure(.tooLarge(bytes.count)) }
        return .success(bytes)
    }
}

extension DirectoryDescriptor.OpenFailure {
    var isWrongType: Bool {
        if case .wrongType = self { return true }
        return false
    }
}

/// `read(2)`, named apart from ``ContentDirectoryReader/read(_:)``.
private func readBytes(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
