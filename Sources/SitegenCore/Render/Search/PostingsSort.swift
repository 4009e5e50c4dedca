/// Sorts (term, document) pairs by term: the documents of every term in one
/// array, ascending within each term, the term numbered `n` at `place[n]`:
/// its documents are `documents[starts[place[n]]..<starts[place[n] + 1]]`.
/// Counting first places each term's run (a posting list per term, grown
/// as the pairs came, cost a cache miss or three a pair on a Chinese site);
/// terms placed in the order the shards list them make writing the shards
/// read the array in order.
enum PostingsSort {
    /// `visit` hands over each document, ascending, with the numbers of the
    /// terms it holds (each once); it is called twice.
    static func documentsByTerm(
        place: [Int32], pairCount: Int,
        visit: ((_ document: UInt32, _ terms: UnsafeBufferPointer<UInt32>) -> Void) -> Void
    ) -> (starts: [Int], documents: [UInt32]) {
        let termCount = place.count
        var starts = [Int](repeating: 0, count: termCount + 1)
        var documents = [UInt32](repeating: 0, count: pairCount)
        place.withUnsafeBufferPointer { place in
            starts.withUnsafeMutableBufferPointer { starts in
                visit { _, terms in
                    for term in terms { starts[Int(place[Int(term)]) + 1] += 1 }
                }
                for number in 0..<termCount { starts[number + 1] += starts[number] }
            }
            var next = starts
            next.withUnsafeMutableBufferPointer { next in
                documents.withUnsafeMutableBufferPointer { documents in
                    visit { document, terms in
                        for term in terms {
                            let slot = Int(place[Int(term)])
                            documents[next[slot]] = document
                            next[slot] += 1
                        }
                    }
                }
            }
        }
        return (starts, documents)
    }
}
