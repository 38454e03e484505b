// YAML that is nested too deep, too long or repeats a key among thousands: one problem with its place, no overflow.
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.js';
import { MAX_YAML_DEPTH, MAX_YAML_TOKENS, parseYamlFile } from '../../src/pack/yaml-file.js';

const tr = translator('zh');
const codes = (text: string) => parseYamlFile(text, 'qcc.yaml', tr).problems.map((p) => p.code);

describe('YAML limits', () => {
  it('reads nesting up to the limit', () => {
    const depth = MAX_YAML_DEPTH - 1;
    expect(codes(`x: ${'['.repeat(depth)}${']'.repeat(depth)}\n`)).toEqual([]);
  });
  it('refuses deeper nesting at the line and column where it goes too deep', () => {
    const { problems } = parseYamlFile(`a: 1\nx: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, 'qcc.yaml', tr);
    expect(problems.map((p) => [p.code, p.location.line])).toEqual([['yaml-too-deep', 2]]);
    expect(problems[0]!.message).toBe(`YAML 嵌套层数超过 ${MAX_YAML_DEPTH} 层`);
  });
  it('refuses more tokens than the limit', () => {
    expect(codes(`x: [${'1,'.repeat(MAX_YAML_TOKENS)}]\n`)).toEqual(['yaml-too-many-tokens']);
  });
  it('finds a repeated key among 20 000 at its line', () => {
    let text = '';
    for (let i = 0; i < 20_000; i += 1) text += `k${i}: 1\n`;
    const { problems } = parseYamlFile(`${text}k3: 2\n`, 'qcc.yaml', tr);
    expect(problems.map((p) => [p.code, p.location.line])).toEqual([['yaml-duplicate-key', 20_001]]);
  });
  it('still reports a repeated key in a small file, and the value of a good one', () => {
    expect(codes('a: 1\nb: 2\na: 3\n')).toEqual(['yaml-duplicate-key']);
    expect(parseYamlFile('a: 1\nb: [x, {c: 2}]\n', 'f.yaml', tr).value).toEqual({ a: 1, b: ['x', { c: 2 }] });
  });
});
