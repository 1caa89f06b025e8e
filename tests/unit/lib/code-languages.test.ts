import { expect, it } from 'vitest';
import { codeLanguagesOf } from '../../../src/lib/code-languages.ts';

it('finds the languages of fences, kramdown classes and Liquid highlight tags', () => {
  const source = [
    '```bash',
    'ls',
    '```',
    '~~~',
    'print(1)',
    '~~~',
    '{: .language-Python}',
    '> > ```yaml',
    '> > a: 1',
    '> > ```',
    '- ```{r, lang="sql"}',
    '  x',
    '  ```',
    '``` {.julia}',
    '```',
    '{% highlight ruby %}',
    'puts 1',
    '{% endhighlight %}',
    'Inline ``` `code` ``` is not a fence.',
  ].join('\n');
  expect([...codeLanguagesOf(source)].sort()).toEqual([
    'bash',
    'julia',
    'lang',
    'python',
    'r',
    'ruby',
    'sql',
    'yaml',
  ]);
});

it('finds nothing in text without code', () => {
  expect(codeLanguagesOf('# Title\n\nA paragraph about languages.\n').size).toBe(0);
});
