import Foundation

/// Polls `condition` every 10 ms until it holds or `seconds` pass; whether it held. The limit is
/// generous (the suite also runs under sanitizers on a busy two-core machine, where a rebuild or
/// a watch takes many times longer); a passing run returns as soon as the condition holds.
func eventually(within seconds: TimeInterval = 30, _ condition: () async throws -> Bool) async rethrows -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while true {
        if try await condition() { return true }
        guard Date() < deadline else { return false }
        try? await Task.sleep(nanoseconds: 10_000_000)
    }
}
