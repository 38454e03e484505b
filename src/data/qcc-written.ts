// Whether an xlsx is one qcc wrote itself (a template or a gap list): its custom document property says so.
import { entryText, zipEntries } from './zip-entries.js';
import { qccKindIn, type QccWorkbookKind } from '../util/qcc-marker.js';

/** The qcc kind of a workbook, or undefined for any other file (or one whose properties cannot be read). */
export async function qccWorkbookKind(path: string): Promise<QccWorkbookKind | undefined> {
  try {
    const custom = (await zipEntries(path)).get('docProps/custom.xml');
    // The part is a few hundred bytes; a huge one is not ours.
    if (!custom || custom.compressedSize > 65536) return undefined;
    return qccKindIn(await entryText(path, custom));
  } catch {
    return undefined;
  }
}
