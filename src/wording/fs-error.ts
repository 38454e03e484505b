// An error from the file system in the user's words: "文件不存在", not "ENOENT: no such file or directory, open …".
import type { Translator } from '../i18n/index.js';

export function fsErrorText(error: unknown, file: string, tr: Translator): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return tr.t('data.detail.not-found', { file });
  if (code === 'EISDIR') return tr.t('data.detail.not-a-file', { file });
  if (code === 'EACCES' || code === 'EPERM') return tr.t('data.detail.no-permission', { file });
  return (error as Error)?.message ?? String(error);
}
