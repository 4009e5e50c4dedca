import CCMarkGFM
import CMarkArena
import Dispatch
import Testing
@testable import SitegenCore

@Suite("cmark-gfm's per-parse arena")
struct CMarkArenaTests {
    /// The arena's allocator as cmark-gfm sees it.
    static func memory() -> cmark_mem {
        UnsafeMutablePointer<cmark_mem>(OpaquePointer(sitegen_arena_begin())).pointee
    }

    @Test("small blocks come from the arena, zeroed and growable, and all go back at the end")
    func smallBlocks() throws {
        #expect(sitegen_arena_bytes() == 0)
        let memory = Self.memory()
        let block = try #require(memory.calloc(10, 8)?.assumingMemoryBound(to: UInt8.self))
        #expect((0..<80).allSatisfy { block[$0] == 0 })
        #expect(sitegen_arena_bytes() == 64 * 1024)
        for index in 0..<80 { block[index] = UInt8(index) }
        let grown = try #require(memory.realloc(block, 4_000)?.assumingMemoryBound(to: UInt8.self))
        #expect((0..<80).allSatisfy { grown[$0] == UInt8($0) })
        #expect(Int(bitPattern: grown) % 16 == 0)
        let large = try #require(memory.realloc(grown, 100_000)?.assumingMemoryBound(to: UInt8.self))  // to the heap
        #expect((0..<80).allSatisfy { large[$0] == UInt8($0) })
        large[99_999] = 7
        memory.free(large)
        memory.free(nil)
        #expect(sitegen_arena_bytes() == 64 * 1024)
        #expect(sitegen_arena_end() == 0)
        #expect(sitegen_arena_bytes() == 0)
    }

    @Test("the outermost end releases the arena and counts the blocks never freed; nested ends do not")
    func nesting() {
        let outer = Self.memory()
        let freed = outer.calloc(1, 100)
        _ = outer.calloc(1, 100)
        _ = Self.memory()
        let moved = outer.realloc(outer.calloc(1, 10), 5_000)  // moved: the old block counts as freed
        _ = outer.calloc(1, 100)
        outer.free(freed)
        outer.free(moved)
        #expect(sitegen_arena_end() == 0)
        #expect(sitegen_arena_bytes() == 64 * 1024)
        #expect(sitegen_arena_end() == 2)
        #expect(sitegen_arena_bytes() == 0)
        #expect(sitegen_arena_end() == 0)  // unbalanced: ignored
        #expect(sitegen_arena_bytes() == 0)
    }

    @Test("outside a parse, and past 64 MiB within one, blocks come from the C heap")
    func heapFallback() throws {
        let memory = UnsafeMutablePointer<cmark_mem>(OpaquePointer(sitegen_arena_begin())).pointee
        sitegen_arena_end()
        let outside = try #require(memory.calloc(1, 64))
        #expect(sitegen_arena_bytes() == 0)
        memory.free(outside)  // a heap block: LSan/ASan in CI see it freed

        _ = Self.memory()
        defer { #expect(sitegen_arena_end() == 0) }
        var blocks: [UnsafeMutableRawPointer] = []
        for _ in 0..<(80 * 1024 / 4) { blocks.append(try #require(memory.calloc(1, 4 * 1024 - 16))) }  // 80 MiB
        #expect(sitegen_arena_bytes() <= (64 << 20) + 64 * 1024)
        #expect(sitegen_arena_bytes() >= 64 << 20)
        for block in blocks { memory.free(block) }
    }

    @Test("a parse leaves nothing in the arena, on any thread, and every parse gives the same document")
    func parsesLeaveItEmpty() {
        let text = "# Title\n\n| a | b |\n|---|---|\n| 1 | **2** |\n\nText[^1] with <b>html</b> and ~~old~~.\n\n[^1]: Note.\n"
        let expected = MarkdownParser.parse(SourceText(text))
        #expect(sitegen_arena_bytes() == 0)
        #expect(expected.tables.count == 1)
        DispatchQueue.concurrentPerform(iterations: 64) { _ in
            let document = MarkdownParser.parse(SourceText(text))
            #expect(document == expected)
            #expect(sitegen_arena_bytes() == 0)
        }
    }
}
