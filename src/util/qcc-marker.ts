// The mark qcc leaves in the workbooks it writes (template, gap list), so that reading data can tell them apart.

/** What a qcc-written workbook is. A filled template is data; a blank one and any gap list are not. */
export type QccWorkbookKind = 'template' | 'gap-list';

/**
 * A custom document property (docProps/custom.xml): Excel, WPS and LibreOffice keep custom properties when they
 * save a workbook (File › Properties › Custom), and a clerk does not see or edit it by accident.
 */
export const QCC_KIND_PROPERTY = 'qcc:kind';

const KINDS: readonly QccWorkbookKind[] = ['template', 'gap-list'];

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** docProps/custom.xml holding the one property. */
export function customPropertiesXml(kind: QccWorkbookKind): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="${escapeXml(QCC_KIND_PROPERTY)}">` +
    `<vt:lpwstr>${kind}</vt:lpwstr></property>` +
    '</Properties>'
  );
}

/**
 * The kind named in a docProps/custom.xml, if any. Tolerant of how other programs write it back (attribute order,
 * namespace prefixes, another string type).
 */
export function qccKindIn(customXml: string): QccWorkbookKind | undefined {
  for (const match of customXml.matchAll(/<(?:\w+:)?property\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?property>/g)) {
    const name =
      /\bname\s*=\s*"([^"]*)"/.exec(match[1] ?? '')?.[1] ?? /\bname\s*=\s*'([^']*)'/.exec(match[1] ?? '')?.[1];
    if (name !== QCC_KIND_PROPERTY) continue;
    const value = /<(?:\w+:)?\w+>([^<]*)</.exec(match[2] ?? '')?.[1]?.trim();
    return KINDS.find((k) => k === value);
  }
  return undefined;
}
