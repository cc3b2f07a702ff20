import CMalloc

/// How the C allocator holds memory for this process (issue 15: at most 20 MB, typing in a 1 MB
/// note too).
enum MemoryUse {
    /// Blocks of 128 KB and more (a note's text, SQLite's copy of a row) are mapped for themselves
    /// and given back when freed. glibc otherwise raises that threshold to the largest block freed
    /// so far, and every later 1 MB block stays in the heap after its save is over. One arena: the
    /// background saver's thread shares the main one instead of keeping a second heap of its own.
    static func keepLow() {
        _ = mallopt(M_MMAP_THRESHOLD, 128 * 1024)
        _ = mallopt(M_ARENA_MAX, 1)
    }
}
