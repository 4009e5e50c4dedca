// Nothing to call: the target only defines jemalloc's `malloc_conf` (MallocConf.c).
