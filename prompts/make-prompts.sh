#!/usr/bin/env bash
# Makes each prompt's audio from the text beside it: prompts/<campaign>/<name>.txt ->
# <name>.wav, 8 kHz mono A-law, spoken by espeak-ng's Vietnamese voice and converted by sox.
# Usage: prompts/make-prompts.sh [FOLDER...]   (default: every folder under prompts/)
# Needs the Debian packages espeak-ng and sox.
set -euo pipefail
cd "$(dirname "$0")"
command -v espeak-ng >/dev/null && command -v sox >/dev/null || {
  echo "make-prompts.sh needs espeak-ng and sox (apt-get install espeak-ng sox)" >&2; exit 1; }
folders=("$@")
[ ${#folders[@]} -gt 0 ] || folders=(*/)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for folder in "${folders[@]}"; do
  for text in "${folder%/}"/*.txt; do
    wav="${text%.txt}.wav"
    espeak-ng -v vi -s 150 -w "$tmp/raw.wav" -f "$text"
    sox "$tmp/raw.wav" -r 8000 -c 1 -e a-law "$wav" gain -n -3
    echo "$wav: $(soxi -D "$wav") s"
  done
done
