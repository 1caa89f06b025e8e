import { describe, expect, it } from 'vitest';
import { stripPrompts } from '../../../src/lib/prompts.ts';

describe('stripPrompts', () => {
  it('removes a leading "$ " from every line', () => {
    expect(stripPrompts('$ cd data\n$ ls -l', 'bash')).toBe('cd data\nls -l');
  });

  it('removes shell continuation and R console prompts "> "', () => {
    expect(stripPrompts('$ ls \\\n> -l', 'bash')).toBe('ls \\\n-l');
    expect(stripPrompts('> x <- 1\n> print(x)', 'r')).toBe('x <- 1\nprint(x)');
  });

  it('keeps lines without a prompt and "$" or ">" elsewhere in a line', () => {
    expect(stripPrompts('echo $HOME > out.txt\n$HOME\n>x', 'bash')).toBe(
      'echo $HOME > out.txt\n$HOME\n>x',
    );
  });

  it('only strips a prompt at the start of a line, once', () => {
    expect(stripPrompts('  $ indented\n$ $ twice', 'bash')).toBe('  $ indented\n$ twice');
  });

  it('keeps Markdown quotes ("> ") in Markdown blocks, but still strips "$ "', () => {
    expect(stripPrompts('> a quote\n$ not markdown really', 'markdown')).toBe(
      '> a quote\nnot markdown really',
    );
    expect(stripPrompts('> a quote', 'MD')).toBe('> a quote');
  });

  it('works without a language', () => {
    expect(stripPrompts('$ make')).toBe('make');
  });
});
