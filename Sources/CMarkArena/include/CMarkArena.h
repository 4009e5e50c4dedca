#ifndef SITEGEN_CMARK_ARENA_H
#define SITEGEN_CMARK_ARENA_H
/// A cmark_mem (calloc, realloc, free; the layout of cmark-gfm's struct)
/// that serves a parse from a per-thread arena between begin and end.
/// Outside a begin/end pair it passes every call to the C heap.
void *sitegen_arena_begin(void);
/// Ends the innermost begin; the outermost end releases the arena, so every
/// cmark object made from it must be freed by then. Returns how many of the
/// arena's blocks were never freed (0 for an inner end).
long sitegen_arena_end(void);
/// Bytes the calling thread's arena holds now (for tests).
unsigned long sitegen_arena_bytes(void);
#endif
