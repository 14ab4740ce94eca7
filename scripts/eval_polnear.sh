#!/usr/bin/env bash
# Score the extractor, with textacy's direct-quotation baseline side by side, on PolNeAR dev.
# The corpus stays outside the repository (its texts belong to their publishers).
# Usage: scripts/eval_polnear.sh [more `quotes eval` options, e.g. --limit 20 -v --format json]
set -euo pipefail
cd "$(dirname "$0")/.."
POLNEAR="${POLNEAR:-../shared/corpus/polnear}"
if [ ! -d "$POLNEAR/dev/attributions" ]; then
    echo "eval_polnear: no PolNeAR dev split under $POLNEAR (set POLNEAR=...)" >&2
    exit 2
fi
exec .venv/bin/quotes eval "$POLNEAR/dev/attributions" "$POLNEAR/dev/text" \
    --gold-format brat --baseline textacy --scope "${SCOPE:-attributions}" "$@"
