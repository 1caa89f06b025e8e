import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect } from 'vitest';

/**
 * Compare `actual` with the golden file at `path`. With UPDATE=1 the file is (re)written instead,
 * so a deliberate change of output is one command; read the diff before committing it.
 */
export function expectGolden(actual: string, path: string): void {
  const text = actual.endsWith('\n') ? actual : `${actual}\n`;
  if (process.env.UPDATE === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return;
  }
  if (!existsSync(path))
    throw new Error(`golden file ${path} is missing; run with UPDATE=1 to create it, then read it`);
  expect(text).toBe(readFileSync(path, 'utf8'));
}
