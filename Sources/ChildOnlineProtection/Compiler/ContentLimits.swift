import Markdown

/// Limits that keep hostile or broken content from exhausting memory, time or the stack.
/// Going over one is an error diagnostic, never a crash.
public enum ContentLimits {
    /// The largest content file the compiler reads: 4 MiB.
    public static let maximumFileSize = 4 << 20
    /// The most content files one content folder may hold.
    public static let maximumFileCount = 10_000
    /// The most records one content folder may define.
    public static let maximumRecordCount = 200_000
    /// The most bytes read from one content folder (all files together): 256 MiB.
    public static let maximumTotalSize = 256 << 20
    /// The most entries (files of any kind and folders) looked at in one content folder; the walk stops there,
    /// so pointing `--content` at `/` ends at once instead of walking the whole disk.
    public static let maximumEntryCount = 100_000
    /// How deep folders may nest below the content folder.
    public static let maximumFolderDepth = 32
    /// How deep Markdown blocks and inlines may nest (lists, block quotes, emphasis); deeper content is
    /// not read and reported as too deeply nested.
    public static var maximumNestingDepth: Int { MarkdownParser.maximumDepth }
}
