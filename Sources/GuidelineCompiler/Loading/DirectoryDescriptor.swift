#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// An open directory, and the entries below it opened relative to it without following symbolic links.
///
/// Every open goes through `openat(2)` on a directory that is already open, with `O_NOFOLLOW`; the type of
/// what was opened is then read from the open descriptor (`fstat(2)`). There is no window between checking an
/// entry and opening it: swapping an entry for a symbolic link makes the open fail (`ELOOP`) instead of
/// leading out of the folder.
struct DirectoryDescriptor: ~Copyable {
    /// The open descriptor (`O_DIRECTORY`).
    let descriptor: Int32
    /// The device and inode of the directory, to visit each real directory once (bind mounts can loop).
    let identity: FileIdentity

    /// What an entry of a directory is, from `fstatat(2)` without following links. Only a hint for what to
    /// try: the opened descriptor's own type decides.
    enum EntryType {
        case directory, regular, symbolicLink, other
    }

    /// A directory entry's name: its bytes for opening it, and its text for diagnostics.
    struct Entry {
        let name: [CChar]
        let display: String
    }

    /// Why an entry could not be opened.
    enum OpenFailure: Error {
        /// It is (now) a symbolic link.
        case symbolicLink
        /// It is not of the kind asked for (a folder where a file was expected, or the reverse).
        case wrongType
        /// Any other error of `openat(2)` or `fstat(2)`.
        case unreadable(Int32)
    }

    private init(descriptor: Int32, identity: FileIdentity) {
        self.descriptor = descriptor
        self.identity = identity
    }

    deinit { close(descriptor) }

    /// Opens the content folder itself. The caller named it, so a symbolic link to it is followed.
    static func openRoot(_ path: String) -> Result<DirectoryDescriptor, OpenFailure> {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(errno == ENOTDIR ? .wrongType : .unreadable(errno)) }
        return wrap(descriptor)
    }

    /// Opens the subdirectory `entry`, never through a symbolic link.
    func openDirectory(_ entry: Entry) -> Result<DirectoryDescriptor, OpenFailure> {
        let opened = openat(descriptor, entry.name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard opened >= 0 else { return .failure(Self.failure(errno)) }
        return Self.wrap(opened)
    }

    /// Opens the file `entry` for reading, never through a symbolic link and without blocking (a FIFO would
    /// otherwise wait for a writer forever), and checks that what was opened is a regular file. The caller
    /// closes the returned descriptor.
    func openRegularFile(_ entry: Entry) -> Result<Int32, OpenFailure> {
        let opened = openat(descriptor, entry.name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard opened >= 0 else { return .failure(Self.failure(errno)) }
        var status = stat()
        guard fstat(opened, &status) == 0 else {
            let code = errno
            close(opened)
            return .failure(.unreadable(code))
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            close(opened)
            return .failure(.wrongType)
        }
        return .success(opened)
    }

    /// The type of `entry`, without following a symbolic link; `nil` if it vanished.
    func type(of entry: Entry) -> EntryType? {
        var status = stat()
        let result = fstatat(descriptor, entry.name, &status, AT_SYMLINK_NOFOLLOW)
        guard result == 0 else { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return .regular
        case S_IFLNK: return .symbolicLink
        default: return .other
        }
    }

    /// Whether the symbolic link `entry` leads to a directory. Only for choosing what to report: nothing is
    /// read through the link.
    func isDirectoryLink(_ entry: Entry) -> Bool {
        var status = stat()
        return fstatat(descriptor, entry.name, &status, 0) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }

    /// The entries of the directory except `.` and `..`, sorted by name; at most `limit + 1` of them are
    /// read, so a huge directory costs no more than the limit. `nil` when the directory cannot be listed.
    func entries(limit: Int) -> [Entry]? {
        let copy = dup(descriptor)
        guard copy >= 0 else { return nil }
        guard let stream = fdopendir(copy) else {
            close(copy)
            return nil
        }
        defer { closedir(stream) }
        var entries: [Entry] = []
        // `readdir` allocates each record only as long as its name: read the name through a pointer up to
        // its terminator, never by copying the whole `dirent` (whose `d_name` is declared as 256 bytes).
        guard let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name) else { return nil }
        while entries.count <= limit, let entry = readdir(stream) {
            let namePointer = UnsafeRawPointer(entry).advanced(by: nameOffset).assumingMemoryBound(to: CChar.self)
            let name: [CChar] = Array(UnsafeBufferPointer(start: namePointer, count: strlen(namePointer))) + [CChar(0)]
            let display = String(decoding: name.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
            guard display != ".", display != ".." else { continue }
            entries.append(Entry(name: name, display: display))
        }
        return entries.sorted { $0.display < $1.display }
    }

    private static func wrap(_ descriptor: Int32) -> Result<DirectoryDescriptor, OpenFailure> {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let code = errno
            close(descriptor)
            return .failure(.unreadable(code))
        }
        return .success(
            DirectoryDescriptor(
                descriptor: descriptor,
                identity: FileIdentity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))))
    }

    private static func failure(_ code: Int32) -> OpenFailure {
        switch code {
        case ELOOP: .symbolicLink
        case ENOTDIR: .wrongType
        default: .unreadable(code)
        }
    }
}

/// A file's device and inode: the same pair is the same file, whatever path led to it.
struct FileIdentity: Hashable {
    let device: UInt64
    let inode: UInt64
}
