// How large one cell may be: Excel's own limit for its text, and a bound on the XML of one element.

/** Excel and WPS hold at most 32 767 characters in a cell; a longer text was not typed into either. */
export const CELL_TEXT_LIMIT = 32_767;
/** One <c> (or <si>) element's XML: 1 M characters is far above what 32 767 characters with formatting take. */
export const ELEMENT_LIMIT = 1024 * 1024;
