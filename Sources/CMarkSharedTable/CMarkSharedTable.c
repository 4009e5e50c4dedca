// cmark-gfm 0.29 keeps the inline trigger characters of syntax extensions in
// a process-wide table: every parse adds its extensions' characters when it
// starts processing inlines and removes them when it ends
// (cmark_manage_extensions_special_characters, github/cmark-gfm#176), so a
// parse finishing on one thread breaks a parse running on another.
//
// sitegen attaches the same extensions to every parser, so the table it
// needs never changes: this definition, which the dynamic linker binds in
// place of the library's own (the library calls it through its PLT), keeps
// the "add" and drops the "remove". MarkdownParser checks that it is really
// in use and otherwise keeps serialising parses behind a lock.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdatomic.h>
#include <stddef.h>
#include "CMarkSharedTable.h"

typedef void (*manage_function)(void *parser, int add);

static atomic_int active = 0;

void cmark_manage_extensions_special_characters(void *parser, int add) {
    static _Atomic(manage_function) original = NULL;
    manage_function call = atomic_load(&original);
    if (call == NULL) {
        call = (manage_function)dlsym(RTLD_NEXT, "cmark_manage_extensions_special_characters");
        atomic_store(&original, call);
    }
    atomic_store(&active, 1);
    if (add && call != NULL) call(parser, add);
}

int sitegen_cmark_shared_table_active(void) { return atomic_load(&active); }
