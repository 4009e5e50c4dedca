#ifndef SITEGEN_CMARK_SHARED_TABLE_H
#define SITEGEN_CMARK_SHARED_TABLE_H
/// 1 once the replacement below has been called by cmark-gfm (the dynamic
/// linker bound cmark-gfm's call to it), so parses may run concurrently.
int sitegen_cmark_shared_table_active(void);
#endif
