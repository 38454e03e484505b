#!/usr/bin/env bash
# Prints the sample's gap list and template as LibreOffice would (PDF, then one PNG a page) to see them as paper shows.
# Needs: soffice and pdftoppm (apt-get install -y libreoffice-calc-nogui poppler-utils fonts-noto-cjk). Not run in CI.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=docs/print
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
npm run build >/dev/null
node bin/qcc.js gaps --profile fixtures/sample/qcc.yaml --date 2020-12-15 -o "$tmp/gap-list.xlsx" --force
node bin/qcc.js template --profile fixtures/sample/qcc.yaml -o "$tmp/template.xlsx" --force
for name in gap-list template; do
  # A private LibreOffice profile, so a desktop session's settings or lock do not get in the way.
  soffice --headless -env:UserInstallation="file://$tmp/lo" --convert-to pdf --outdir "$tmp" "$tmp/$name.xlsx" >/dev/null
  rm -f "$out/$name"-*.png
  pdftoppm -r 60 -png "$tmp/$name.pdf" "$out/$name"
done
ls "$out"/*.png
