// A location as one short line a person can follow: "填报.xlsx › 指标数据!E17", "data.csv:17", "06.yaml:12:5".
import type { Location } from '../model/index.js';

export function formatLocation(location: Location): string {
  if (location.sheet !== undefined) {
    const cell = location.cell ?? (location.row !== undefined ? String(location.row) : '');
    return cell ? `${location.file} › ${location.sheet}!${cell}` : `${location.file} › ${location.sheet}`;
  }
  if (location.line !== undefined) {
    return location.column !== undefined
      ? `${location.file}:${location.line}:${location.column}`
      : `${location.file}:${location.line}`;
  }
  return location.file;
}
