// The page every sheet qcc writes prints on: A4 landscape (never the Letter paper a sheet without a setup falls back
// to), fitted to one page wide and as many pages tall as it takes.
import type { Worksheet } from 'exceljs';

export const A4_LANDSCAPE_FITTED: Partial<Worksheet['pageSetup']> = {
  paperSize: 9,
  orientation: 'landscape',
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
};
