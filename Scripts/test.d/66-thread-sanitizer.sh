#!/usr/bin/env bash
# The test suite under ThreadSanitizer: the parallel parse, check and render, cmark-gfm's global
# tables behind the parse lock, the dev server and its watcher. Own scratch folder (.build-tsan).
# (AddressSanitizer and LeakSanitizer run as Scripts/test's unit-test step: Scripts/swift-test-asan.)
set -euo pipefail
cd "$(dirname "$0")/../.."
source Scripts/lib/sanitizer-report.sh
export SWIFT_BACKTRACE=enable=no
echo "--> swift test --sanitize=thread"
export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1"
# Skipped here: suites whose code runs on the calling thread only (values, text, search postings,
# the table formatter, renames, single huge inputs): a third of the run's CPU, and no thread for
# ThreadSanitizer to watch. They run under AddressSanitizer with every other test (Scripts/swift-test-asan).
single_threaded='SearchPostingsTests|ValuesTests|TextOnlyHTMLTests|TextFoldingTests|SeenRowsTests|TableFormatterTests'
single_threaded+='|TemplateEscapingTests|DecisionAnalysisBoundsTests|SearchTokenizerTests|GluedTableTests|PipeRowTests'
single_threaded+='|LineBytesTests|HeadingRenameTests|TableRenameTests|TableIDTests|TableIDInvalidFixTests|LargeInputTests|SourceTextTests|TablePaddingTests'
if ! swift test --sanitize=thread --scratch-path .build-tsan --skip "\\.($single_threaded)\\b" >/tmp/sitegen-tsan.log 2>&1; then
  show_failure /tmp/sitegen-tsan.log 'WARNING: ThreadSanitizer'
  echo "FAILED: ThreadSanitizer (log: /tmp/sitegen-tsan.log)"; exit 1
fi
grep -E 'Test run with' /tmp/sitegen-tsan.log | tail -1
