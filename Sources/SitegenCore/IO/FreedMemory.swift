#if canImport(Glibc)
import Glibc
#endif

/// Returns memory that finished steps freed to the system. glibc keeps freed
/// blocks in its per-thread arenas, where the next step's allocations (on
/// other threads) do not reuse them, so without this the peak of each step
/// adds to what the earlier ones left behind. Elsewhere it does nothing.
enum FreedMemory {
    static func release() {
        #if canImport(Glibc)
        typealias Trim = @convention(c) (Int) -> Int32
        // Looked up at run time: the Glibc module does not export malloc.h.
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
        #endif
    }
}
