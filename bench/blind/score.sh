#!/usr/bin/env bash
# Parse one part of the blind set with the project's CLI and score it with shared/eval/score.py.
# usage: bench/blind/score.sh a|b|c|c-tune|c-held|d|d-tune|d-held|e|e-tune|e-held|f|f-tune|f-held|g|g-tune|g-held|h|h-tune|h-held|i|i-tune|i-held|j|j-tune|j-held|k|k-tune|k-held|l|l-tune|l-held|m|m-tune|m-held|n|n-tune|n-held|o|o-tune|o-held|p|p-tune|p-held|q|q-tune|q-held|r|r-tune|r-held|s|s-tune|s-held|t|t-tune|t-held|u|u-tune|u-held|v|v-tune|v-held
#        [extra score.py options, e.g. --by=format]
# c-held, d-held, e-held, f-held, g-held, h-held, i-held, j-held, k-held, l-held, m-held, n-held, o-held, p-held, q-held, r-held, s-held, t-held, u-held and v-held are held out:
# score them to report a number, never to tune the parser (README).
set -euo pipefail
half="${1:?usage: score.sh a|b|c|c-tune|c-held|d|d-tune|d-held|e|e-tune|e-held|f|f-tune|f-held|g|g-tune|g-held|h|h-tune|h-held|i|i-tune|i-held|j|j-tune|j-held|k|k-tune|k-held|l|l-tune|l-held|m|m-tune|m-held|n|n-tune|n-held|o|o-tune|o-held|p|p-tune|p-held|q|q-tune|q-held|r|r-tune|r-held|s|s-tune|s-held|t|t-tune|t-held|u|u-tune|u-held|v|v-tune|v-held [score.py options]}"
shift
truth_name=truth.jsonl
case "$half" in
  a | b | c | d | e | f | g | h | i | j | k | l | m | n | o | p | q | r | s | t | u | v) ;;
  c-tune | c-held | d-tune | d-held | e-tune | e-held | f-tune | f-held | g-tune | g-held | h-tune | h-held | i-tune | i-held | j-tune | j-held | k-tune | k-held | l-tune | l-held | m-tune | m-held | n-tune | n-held | o-tune | o-held | p-tune | p-held | q-tune | q-held | r-tune | r-held | s-tune | s-held | t-tune | t-held | u-tune | u-held | v-tune | v-held) truth_name="${half#?-}.jsonl"; half="${half%%-*}" ;;
  *) echo "score.sh: unknown set '$half' (a, b, c, c-tune, c-held, d, d-tune, d-held, e, e-tune, e-held, f, f-tune, f-held, g, g-tune, g-held, h, h-tune, h-held, i, i-tune, i-held, j, j-tune, j-held, k, k-tune, k-held, l, l-tune, l-held, m, m-tune, m-held, n, n-tune, n-held, o, o-tune, o-held, p, p-tune, p-held, q, q-tune, q-held, r, r-tune, r-held, s, s-tune, s-held, t, t-tune, t-held, u, u-tune, u-held, v, v-tune or v-held)" >&2; exit 2 ;;
esac
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
recruit="$repo/.venv/bin/recruit"
scorer="${SCORE_PY:-$repo/../shared/eval/score.py}"
preds="$(mktemp)"
trap 'rm -f "$preds"' EXIT
as_of=()
if "$recruit" parse --help | grep -q -- "--as-of"; then
  as_of=(--as-of 2026-12-01)
fi
files=()
while IFS= read -r f; do files+=("$here/$half/$f"); done < <(
  python3 -c 'import json,sys; [print(json.loads(l)["file"]) for l in open(sys.argv[1]) if l.strip()]' \
    "$here/$half/$truth_name")
# exit status 1 only means some file failed to parse; the score still counts it (as empty)
"$recruit" parse --json "${as_of[@]}" "${files[@]}" > "$preds" || true
python3 "$scorer" "$here/$half/$truth_name" "$preds" "$@"
