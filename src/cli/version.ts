// The tool's own name and version, read from package.json (src/cli and dist/cli are two levels down). The name is
// the command's (bin) name, `qcc`, not the scoped package name, so reports keep naming the tool the user typed.
import { readFileSync } from 'node:fs';

let cached: { name: string; version: string } | undefined;

export function toolInfo(): { name: string; version: string } {
  if (!cached) {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      bin: Record<string, string>;
      version: string;
    };
    cached = { name: Object.keys(pkg.bin)[0] ?? 'qcc', version: pkg.version };
  }
  return cached;
}
