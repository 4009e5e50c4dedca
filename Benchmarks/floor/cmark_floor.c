/* The library floor of the benchmark: cmark-gfm called from one process on
 * N threads, one HTML file per page (no templates, no navigation, no checks).
 *
 *   cmark_floor THREADS OUT_DIR < list-of-markdown-paths
 *
 * Every GFM extension sitegen uses is attached. cmark-gfm 0.29 mutates a
 * process-wide table of special characters in every parse, so parses on
 * several threads can race; this floor does not lock (it is a lower bound,
 * the few inline characters a race may miss do not change its cost).
 */
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static char **paths;
static size_t count;
static const char *out_dir;
static int threads;
static size_t bytes_written[64];

static void make_parents(char *path) {
    for (char *p = path + 1; *p; p++) {
        if (*p == '/') {
            *p = 0;
            mkdir(path, 0755);
            *p = '/';
        }
    }
}

static char *read_file(const char *path, size_t *length) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buffer = malloc(size + 1);
    *length = fread(buffer, 1, size, f);
    fclose(f);
    return buffer;
}

static void *work(void *arg) {
    int me = (int)(long)arg;
    const char *names[] = {"table", "strikethrough", "autolink", "tagfilter", "tasklist"};
    for (size_t i = me; i < count; i += threads) {
        size_t length;
        char *text = read_file(paths[i], &length);
        if (!text) continue;
        cmark_parser *parser = cmark_parser_new(CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES);
        for (int e = 0; e < 5; e++) cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(names[e]));
        cmark_parser_feed(parser, text, length);
        cmark_node *root = cmark_parser_finish(parser);
        char *html = cmark_render_html(root, CMARK_OPT_FOOTNOTES, cmark_parser_get_syntax_extensions(parser));
        char out[4096];
        snprintf(out, sizeof out, "%s/%zu.html", out_dir, i);
        make_parents(out);
        FILE *f = fopen(out, "wb");
        size_t n = strlen(html);
        if (f) {
            fwrite(html, 1, n, f);
            fclose(f);
        }
        bytes_written[me] += n;
        free(html);
        cmark_node_free(root);
        cmark_parser_free(parser);
        free(text);
    }
    return NULL;
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: cmark_floor THREADS OUT_DIR < paths\n");
        return 2;
    }
    threads = atoi(argv[1]);
    if (threads < 1 || threads > 64) threads = 2;
    out_dir = argv[2];
    cmark_gfm_core_extensions_ensure_registered();
    size_t capacity = 1024;
    paths = malloc(capacity * sizeof *paths);
    char line[4096];
    while (fgets(line, sizeof line, stdin)) {
        line[strcspn(line, "\n")] = 0;
        if (!*line) continue;
        if (count == capacity) paths = realloc(paths, (capacity *= 2) * sizeof *paths);
        paths[count++] = strdup(line);
    }
    mkdir(out_dir, 0755);
    pthread_t ids[64];
    for (int t = 0; t < threads; t++) pthread_create(&ids[t], NULL, work, (void *)(long)t);
    size_t total = 0;
    for (int t = 0; t < threads; t++) {
        pthread_join(ids[t], NULL);
        total += bytes_written[t];
    }
    printf("%zu files, %zu HTML bytes\n", count, total);
    return 0;
}
