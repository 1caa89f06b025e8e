import { lookup } from 'mrmime';

/** The Content-Type of a file served locally (dev server, test server): mrmime's table, text as UTF-8. */
export function contentType(file: string): string {
  const type = lookup(file) ?? 'application/octet-stream';
  return type.startsWith('text/') ? `${type}; charset=utf-8` : type;
}
