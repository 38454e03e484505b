#!/usr/bin/env bash
# Prints the sample's gap list and template as LibreOffice would (PDF, then one PNG a page) to see them as paper shows.
# Needs: soffice and pdftoppm (apt-get install -y libreoffice-calc-nogui poppler-utils fonts-noto-cjk
# fonts-crosextra-carlito). Carlito has Calibri's widths: without it LibreOffice measures the columns in DejaVu Sans,
# which is wider, and shrinks the page further than Excel or WPS would. Not run in CI.
# Usage: docs/print/make-pngs.sh [gap-list] [template]   (both when none is named)
# PNGs at 96 dpi: at 100 % they show the page as large as a PDF viewer does at 100 %.
# Gap list (measured in the PDF's text operators, 2026-12): its eleven core columns are the print area, fitted to
# A4 landscape at 96 % of 11 pt, so its text prints at 10.6 pt (all 21 columns printed at about 5 pt before).
set -euo pipefail
cd "$(dirname "$0")/../.."
out=docs/print
names=("$@")
[ ${#names[@]} -gt 0 ] || names=(gap-list template)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
npm run build >/dev/null
node bin/qcc.js gaps --profile fixtures/sample/qcc.yaml --date 2020-12-15 -o "$tmp/gap-list.xlsx" --force
node bin/qcc.js template --profile fixtures/sample/qcc.yaml -o "$tmp/template.xlsx" --force
for name in "${names[@]}"; do
  # A private LibreOffice profile, so a desktop session's settings or lock do not get in the way.
  soffice --headless -env:UserInstallation="file://$tmp/lo" --convert-to pdf --outdir "$tmp" "$tmp/$name.xlsx" >/dev/null
  rm -f "$out/$name"-*.png
  pdftoppm -r 96 -png "$tmp/$name.pdf" "$out/$name"
done
ls "$out"/*.png
