import FlyingSocks

/// The bytes of a server-sent event stream, as FlyingFox's chunked response
/// body: each message the hub yields is sent as soon as it arrives.
struct EventBytes: AsyncBufferedSequence {
    typealias Element = UInt8
    let messages: AsyncStream<[UInt8]>

    func makeAsyncIterator() -> Iterator { Iterator(base: messages.makeAsyncIterator()) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var base: AsyncStream<[UInt8]>.Iterator
        var pending: [UInt8] = []

        mutating func next() async -> UInt8? {
            guard await fill() else { return nil }
            return pending.removeFirst()
        }

        mutating func nextBuffer(suggested count: Int) async -> [UInt8]? {
            guard await fill() else { return nil }
            let taken = Array(pending.prefix(Swift.max(1, count)))
            pending.removeFirst(taken.count)
            return taken
        }

        private mutating func fill() async -> Bool {
            while pending.isEmpty {
                guard let message = await base.next() else { return false }
                pending = message
            }
            return true
        }
    }
}
