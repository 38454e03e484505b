// The package is one the project controls: a scoped name with the `qcc` command, links back to the repository, the
// docs the README links to are packed, and no page invites `npx qcc` (which would fetch a stranger's package).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';
import { REPOSITORY } from '../../src/util/repository.js';

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  bin: Record<string, string>;
  files: string[];
  homepage: string;
  repository: { type: string; url: string };
  bugs: { url: string };
};

/** README, CONTRIBUTING and every page and recipe under docs/. */
function pages(): string[] {
  const docs = (dir: string): string[] =>
    readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? docs(`${dir}/${e.name}`)
        : /\.(md|ya?ml)$|^Jenkinsfile$/.test(e.name)
          ? [`${dir}/${e.name}`]
          : [],
    );
  return ['README.md', 'CONTRIBUTING.md', ...docs('docs')].sort();
}

describe('package.json', () => {
  it('has a scoped name the project controls, and the command is still qcc', () => {
    expect(manifest.name).toBe('@qcc-cn/qcc');
    expect(manifest.bin).toEqual({ qcc: 'bin/qcc.js' });
  });

  it('points to the repository, its home page and its issues', () => {
    const repo = REPOSITORY;
    expect(manifest.repository).toEqual({ type: 'git', url: `git+${repo}.git` });
    expect(manifest.homepage).toBe(`${repo}#readme`);
    expect(manifest.bugs.url).toBe(`${repo}/issues`);
  });

  it('packs every file the README links to', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const links = [...readme.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)]
      .map((m) => m[1] as string)
      .filter((link) => !/^[a-z]+:/i.test(link));
    expect(links.length).toBeGreaterThan(0);
    const packed = (path: string) =>
      ['README.md', 'package.json'].includes(path) ||
      manifest.files.some((entry) => !entry.startsWith('!') && (path === entry || path.startsWith(`${entry}/`)));
    for (const link of new Set(links)) {
      expect(existsSync(join(ROOT, link)), `${link} exists`).toBe(true);
      expect(packed(link), `${link} is in package.json files`).toBe(true);
    }
  });
});

describe.each(pages())('%s', (page) => {
  it('never invites `npx qcc`: npx runs qcc only with --no (installed copy), or in the warning against it', () => {
    const text = readFileSync(join(ROOT, page), 'utf8');
    const bad = text
      .split(/\n\s*\n/)
      .filter((paragraph) =>
        [...paragraph.matchAll(/\bnpx((?:\s+-\S*)*)\s+qcc\b/g)].some((m) => !/(^|\s)--no(\s|$)/.test(m[1] as string)),
      )
      .filter((paragraph) => !/不要[^`\n]*`npx qcc`|Do not run `npx qcc` outside this project/.test(paragraph));
    expect(bad).toEqual([]);
  });
});
