import Glibc
import SitegenFuzzing

// The libFuzzer target: Scripts/fuzz builds it with `-sanitize=fuzzer,address`.
//
// SwiftPM renames an executable's entry point (to `sitegen_fuzz_main`, for testable executables)
// and defines `main` as that name, so libFuzzer's own `main` is never linked and the usual
// `-parse-as-library` + `@_cdecl("LLVMFuzzerTestOneInput")` recipe leaves `main` undefined. This
// file is the entry point instead and hands control to libFuzzer's driver with the same callback.

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// libFuzzer calls this once per input.
let testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt = { data, size in
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzSite.run(bytes)
    return 0
}

var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, testOneInput))
