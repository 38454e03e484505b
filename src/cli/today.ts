// "Today" for every command (waiver expiry, the default year, pack cases): the date the caller pinned, else the
// system date in the user's time zone, as YYYY-MM-DD.
import type { CliIo } from './io.js';

export function today(io: CliIo): string {
  if (io.today) return io.today;
  const now = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}
