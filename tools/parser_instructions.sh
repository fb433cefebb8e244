#!/usr/bin/env bash
# Instructions a caption under callgrind, for the whole parse and for each compiled step: the
# measure of parser speed that does not move with this host's load. Two runs of
# tools/parser_instructions_run.py (R rounds of ../shared/dev/dev-gold.jsonl after a warm-up
# round, and 0 rounds) are subtracted, which leaves out start-up and warm-up. The hash seed is
# fixed so that a repeat gives the same figure.
#     tools/parser_instructions.sh [ROUNDS]      (from the repository root; needs valgrind)
set -euo pipefail
ROUNDS=${1:-2}
PYTHON=${PYTHON:-python}
A=$(mktemp /tmp/callgrind-rounds.XXXXXX)
B=$(mktemp /tmp/callgrind-none.XXXXXX)
run() { PYTHONHASHSEED=0 PYTHONPATH=. valgrind --tool=callgrind --callgrind-out-file="$1" \
        "$PYTHON" tools/parser_instructions_run.py "$2" >/dev/null 2>&1; }
run "$A" "$ROUNDS" &
run "$B" 0
wait
"$PYTHON" tools/parser_instructions_run.py --report "$A" "$B" "$ROUNDS"
