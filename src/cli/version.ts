// The tool's own name and version, read from package.json (src/cli and dist/cli are two levels down).
import { readFileSync } from 'node:fs';

let cached: { name: string; version: string } | undefined;

export function toolInfo(): { name: string; version: string } {
  if (!cached) {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      name: string;
      version: string;
    };
    cached = { name: pkg.name, version: pkg.version };
  }
  return cached;
}
