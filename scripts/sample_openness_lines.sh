#!/bin/sh
# Copies the openness reference data (EOSAI index, MOF model files) into the bundled demo sample, gzip-compressed
# byte-exact (gzip -n: no name or time stamp, so the copies are reproducible), and prints the lines of
# app/src/main/resources/sample/sample.txt that list them. Run from the repository root:
#   scripts/sample_openness_lines.sh ../shared/data/raw
set -eu
RAW=${1:-../shared/data/raw}
SAMPLE=app/src/main/resources/sample
mkdir -p "$SAMPLE/eosai-index" "$SAMPLE/mof-models"
(cd "$RAW/eosai-index" && for f in *.yaml _parameters.yml _parameters-descriptions.yml; do
  gzip -9 -n -c "$f" > "$OLDPWD/$SAMPLE/eosai-index/$f.gz"; done)
(cd "$RAW/mof-model-openness-tool/models" && for f in *.yml; do
  gzip -9 -n -c "$f" > "$OLDPWD/$SAMPLE/mof-models/$f.gz"; done)
(cd "$SAMPLE" && LC_ALL=C ls eosai-index | sed 's/^/eosai-index\//; s/$/;;eosai;/'
 cd "$OLDPWD/$SAMPLE" && LC_ALL=C ls mof-models | sed 's/^/mof-models\//; s/$/;;mof;/')
