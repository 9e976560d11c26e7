import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (file: string): string => readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8');

describe('.env.example', () => {
  it('lists every variable src/server/config.ts reads, each with a comment line above it', () => {
    const configVariables = [...read('src/server/config.ts').matchAll(/^ {2}([A-Z][A-Z0-9_]+): z\b/gm)].map(
      (match) => match[1],
    );
    expect(configVariables.length).toBeGreaterThan(20);
    const lines = read('.env.example').split('\n');
    const listed = lines.flatMap((line, index) => {
      const name = /^(?:# )?([A-Z][A-Z0-9_]+)=/.exec(line)?.[1];
      return name && lines[index - 1]?.startsWith('# ') && !/^# [A-Z][A-Z0-9_]+=/.test(lines[index - 1] ?? '')
        ? [name]
        : [];
    });
    expect(listed.sort()).toEqual([...configVariables].sort());
  });
});
