// jemalloc's options for sitegen, read by jemalloc at start-up when the release
// build links it (Package.swift); without jemalloc this is an unused string.
// The MALLOC_CONF environment variable still overrides them.
//
// percpu_arena:percpu: one arena per CPU, taken by whichever thread runs there
// (the default, four arenas per CPU, spreads a build's two workers' blocks over
// eight arenas; measured alternately on the 10,000-page benchmark, one per CPU
// was 5% faster).
// dirty_decay_ms:1000: freed pages go back to the system after one second instead
// of ten. A build frees much of its parse-time memory before rendering; peak RSS
// 485 -> 467 MB on that benchmark, at no measurable cost in time.
const char *malloc_conf = "percpu_arena:percpu,dirty_decay_ms:1000";
