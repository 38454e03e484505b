// An xlsx that could not be read as one located, localised problem; the library's own text never reaches the user.
import type { Problem } from '../model/index.js';
import type { Translator } from '../i18n/index.js';
import { makeProblem } from '../wording/problem.js';
import { XlsxFailure } from './xlsx-failure.js';

/**
 * Any error from reading an xlsx: qcc's own failures by reason, anything else (zlib, a parser) as a damaged file.
 * `verbose`: the library's own text follows a damaged file's detail, for whoever reports the bug.
 */
export function xlsxFailureProblem(tr: Translator, file: string, error: unknown, verbose = false): Problem {
  const failure =
    error instanceof XlsxFailure ? error : new XlsxFailure('inflate', { part: '' }, (error as Error).message);
  const { reason, params } = failure;
  const part = params.part ?? '';
  const limit =
    params.ratio !== undefined
      ? tr.t('data.limit.ratio', { ratio: params.ratio })
      : tr.t('data.limit.megabytes', { megabytes: params.megabytes ?? 0 });
  const sheetPlace = params.cell && part ? { sheet: part, cell: params.cell } : {};
  switch (reason) {
    case 'too-large':
      return makeProblem(tr, 'zip-too-large', 'error', { file }, { file, part, limit });
    case 'cell-too-large':
      return makeProblem(
        tr,
        'cell-too-large',
        'error',
        { file, ...sheetPlace },
        { file, limit: (params.characters ?? 0).toLocaleString('en') },
      );
    case 'ods':
      return makeProblem(tr, 'data-file-not-xlsx', 'error', { file }, { file, detail: tr.t('data.detail.ods') });
    case 'not-xlsx':
      return makeProblem(tr, 'data-file-not-xlsx', 'error', { file }, { file, detail: tr.t('data.detail.not-xlsx') });
    default:
      break;
  }
  const details: Record<Exclude<typeof reason, 'too-large' | 'cell-too-large' | 'ods' | 'not-xlsx'>, () => string> = {
    'not-zip': () => tr.t('data.detail.not-zip'),
    'broken-zip': () => tr.t('data.detail.broken-zip'),
    'broken-entry': () => tr.t('data.detail.broken-entry', { part }),
    compression: () => tr.t('data.detail.compression', { part }),
    inflate: () => (part ? tr.t('data.detail.inflate', { part }) : tr.t('data.detail.unknown')),
    'cut-off': () => tr.t('data.detail.cut-off', { part }),
    'shared-string': () =>
      tr.t('data.detail.shared-string', { part, cell: params.cell ?? '', count: params.count ?? 0 }),
  };
  const library = verbose && failure.libraryText ? `（${failure.libraryText}）` : '';
  const detail = details[reason]() + library;
  return makeProblem(tr, 'data-file-corrupt', 'error', { file, ...sheetPlace }, { file, detail });
}
