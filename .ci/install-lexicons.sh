#!/usr/bin/env bash
# Install the bilingual lexicons query translation reads, idempotently (Debian packages,
# GPL/CC BY-SA data read where Debian puts it; presslens never copies them):
#   de-en  dict-de-en (TU Chemnitz "Ding")
#   es-en  apertium-eng-spa, dict-freedict-spa-eng, dict-freedict-eng-spa
#   ru-en  mueller7-dict, dict-freedict-eng-rus
#   sv-en  dict-freedict-swe-eng, dict-freedict-eng-swe
#   sv-de  dict-freedict-swe-deu, dict-freedict-deu-swe (also completes sv-en through German)
#   tr-en  dict-freedict-tur-eng, dict-freedict-eng-tur
# Then `presslens lexicons` compiles them into the index directory.
set -euo pipefail

packages=(
    dict-de-en
    apertium-eng-spa dict-freedict-spa-eng dict-freedict-eng-spa
    mueller7-dict dict-freedict-eng-rus
    dict-freedict-swe-eng dict-freedict-eng-swe
    dict-freedict-swe-deu dict-freedict-deu-swe
    dict-freedict-tur-eng dict-freedict-eng-tur
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [ "${#missing[@]}" -gt 0 ]; then
    sudo_cmd=""
    if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
fi
echo "lexicons: ${#packages[@]} packages installed (${#missing[@]} new)"
