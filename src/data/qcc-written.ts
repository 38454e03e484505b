// Whether an xlsx is one qcc wrote itself (a template or a gap list): its custom document property says so.
import { entryText, zipEntries, type ZipEntry } from './zip-entries.js';
import { qccKindIn, type QccWorkbookKind } from '../util/qcc-marker.js';

/**
 * The qcc kind of a workbook, or undefined for any other file (or one whose properties cannot be read). `entries`: the
 * zip directory when the caller has read it already.
 */
export async function qccWorkbookKind(
  path: string,
  entries?: Map<string, ZipEntry>,
): Promise<QccWorkbookKind | undefined> {
  try {
    const custom = (entries ?? (await zipEntries(path))).get('docProps/custom.xml');
    // The part is a few hundred bytes; a huge one is not ours.
    if (!custom || custom.compressedSize > 65536) return undefined;
    return qccKindIn(await entryText(path, custom));
  } catch {
    return undefined;
  }
}
