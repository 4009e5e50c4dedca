// cmark-gfm allocates every node, literal and line buffer of a parse one by
// one (calloc, realloc while buffers grow, free), and sitegen parses ten
// thousand pages on a heap that already holds the whole site's model: on
// the benchmark a tenth of `sitegen check` went to malloc and free, most of
// it for cmark. cmark-gfm takes its allocator as a parameter
// (cmark_parser_new_with_mem), so MarkdownParser gives each parse this one:
// small blocks are cut from 64 KiB chunks of a per-thread arena and all go
// back at once when the parse ends; large blocks (over 8 KiB), and every
// block once a parse has used 64 MiB of arena, come from the C heap as
// usual, so a huge page holds no more than that on top of what cmark needs.
// The arena counts its blocks, so a cmark object the wrapper forgets to free
// is still caught (MarkdownParser asserts the count is 0 in debug builds,
// which the tests and the sanitizer runs use).
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "CMarkArena.h"

enum { CHUNK_BYTES = 64 * 1024, LARGE_BYTES = 8 * 1024 };
static const size_t arena_limit = (size_t)64 << 20;

// Every block starts with this header; 16 bytes keep the block 16-aligned.
typedef struct {
    size_t capacity;  // bytes usable after the header
    size_t on_heap;   // 1: from malloc, freed by free; 0: in the arena
} header;

typedef struct chunk {
    struct chunk *next;
    size_t used;
    size_t pad[2];  // the header and blocks after it stay 16-aligned
} chunk;

typedef struct {
    void *(*calloc)(size_t, size_t);
    void *(*realloc)(void *, size_t);
    void (*free)(void *);
} mem;

static _Thread_local struct {
    int depth;
    chunk *chunks;
    size_t bytes;
    long live;  // arena blocks made and not yet freed (or moved by realloc)
} arena;

static void *heap_block(size_t size, int zeroed) {
    header *h = zeroed ? calloc(1, sizeof(header) + size) : malloc(sizeof(header) + size);
    if (h == NULL) abort();  // as cmark-gfm's own allocator does
    h->capacity = size;
    h->on_heap = 1;
    return h + 1;
}

static int arena_serves(size_t size) {
    return arena.depth > 0 && size <= LARGE_BYTES && arena.bytes < arena_limit;
}

static void *arena_block(size_t size) {
    size_t capacity = (size + 15) & ~(size_t)15;
    size_t need = sizeof(header) + capacity;
    chunk *c = arena.chunks;
    if (c == NULL || c->used + need > CHUNK_BYTES) {
        c = malloc(sizeof(chunk) + CHUNK_BYTES);
        if (c == NULL) abort();
        c->next = arena.chunks;
        c->used = 0;
        arena.chunks = c;
        arena.bytes += CHUNK_BYTES;
    }
    header *h = (header *)((char *)(c + 1) + c->used);
    c->used += need;
    h->capacity = capacity;
    h->on_heap = 0;
    arena.live += 1;
    return h + 1;
}

static void *arena_calloc(size_t count, size_t size) {
    if (size != 0 && count > SIZE_MAX / size) abort();
    size_t total = count * size;
    if (!arena_serves(total)) return heap_block(total, 1);
    void *block = arena_block(total);
    memset(block, 0, total);
    return block;
}

static void *arena_realloc(void *pointer, size_t size) {
    if (pointer == NULL) return arena_serves(size) ? arena_block(size) : heap_block(size, 0);
    header *h = (header *)pointer - 1;
    if (h->on_heap) {
        header *moved = realloc(h, sizeof(header) + size);
        if (moved == NULL) abort();
        moved->capacity = size;
        return moved + 1;
    }
    if (size <= h->capacity) return pointer;
    void *block = arena_serves(size) ? arena_block(size) : heap_block(size, 0);
    memcpy(block, pointer, h->capacity);
    arena.live -= 1;  // the old block is left behind, as if freed
    return block;
}

static void arena_free(void *pointer) {
    if (pointer == NULL) return;
    header *h = (header *)pointer - 1;
    if (h->on_heap) {
        free(h);
    } else {
        arena.live -= 1;  // its memory goes back with the arena's
    }
}

static mem arena_mem = {arena_calloc, arena_realloc, arena_free};

void *sitegen_arena_begin(void) {
    arena.depth += 1;
    return &arena_mem;
}

long sitegen_arena_end(void) {
    if (arena.depth == 0) return 0;
    arena.depth -= 1;
    if (arena.depth > 0) return 0;
    long unfreed = arena.live;
    arena.live = 0;
    while (arena.chunks != NULL) {
        chunk *next = arena.chunks->next;
        free(arena.chunks);
        arena.chunks = next;
    }
    arena.bytes = 0;
    return unfreed;
}

unsigned long sitegen_arena_bytes(void) { return (unsigned long)arena.bytes; }
