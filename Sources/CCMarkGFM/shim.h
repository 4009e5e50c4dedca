#ifndef SITEGEN_CCMARKGFM_SHIM_H
#define SITEGEN_CCMARKGFM_SHIM_H
#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm/syntax_extension.h>

/// cmark-gfm 0.29 keeps the "special inline characters" of syntax extensions in a
/// process-wide table and adds/removes them around every parse, which races when
/// documents are parsed on several threads (github/cmark-gfm#176). sitegen adds the
/// characters once (see MarkdownParser) and then empties each extension's list so
/// no later parse touches the shared table. Frees the list it detaches.
static inline void sitegen_detach_special_inline_chars(cmark_syntax_extension *ext) {
    cmark_llist *chars = ext->special_inline_chars;
    ext->special_inline_chars = NULL;
    cmark_llist_free(cmark_get_default_mem_allocator(), chars);
}
#endif
