import { isRuleId } from '../rules.ts';
import type { Problem } from './row.ts';

/* Reading what other tools printed: the build's log, the verifier's messages. */

/**
 * Why a build failed, from its log: the error diagnostics it printed (`file:line  error  message
 * (rule)`, the one format the build and the checker print), else its last lines.
 */
export function buildFailures(log: string, logFile: string): Problem[] {
  const lines = log
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const errors = lines.flatMap((line): Problem[] => {
    const m = /(\S+)\s{2}error\s{2}(.*?)\s{2}\(([\w./-]+)\)$/.exec(line);
    // The build prints only registered ids; anything else in that shape is not one of its lines.
    return m && isRuleId(m[3]!) ? [{ rule: `build/${m[3]}`, where: m[1]!, what: m[2]! }] : [];
  });
  if (errors.length) return errors;
  return [
    { rule: 'build/failed', where: logFile, what: lines.slice(-3).join(' / ') || 'no output' },
  ];
}

/**
 * The verifier ends its messages with the author's text in quotes (`paragraph missing from …:
 * "…"`); the report keeps what happened and leaves the quoted prose to `detail`.
 */
export function splitQuote(message: string): { what: string; detail?: string } {
  const at = message.indexOf(': "');
  return at === -1
    ? { what: message }
    : { what: message.slice(0, at), detail: message.slice(at + 3).replace(/"$/, '') };
}
