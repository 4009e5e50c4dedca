#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SitegenCore

/// Settings for a command that runs one build and exits.
enum OneShotRun {
    /// Whether to free the model at the end of the run: no (the system takes
    /// the whole heap back at exit, faster than freeing it object by object),
    /// unless a leak checker looks at the heap when the process exits
    /// (LeakSanitizer, which the sanitizer runs configure through these
    /// variables): it cannot follow Swift's tagged pointers through a kept
    /// model, and would report it.
    static var freesModel: Bool { getenv("ASAN_OPTIONS") != nil || getenv("LSAN_OPTIONS") != nil }
}
