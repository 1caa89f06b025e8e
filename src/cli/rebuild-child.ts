/**
 * A quick rebuild in a process of its own (started by `buildSite`, src/cli/astro.ts): it loads
 * the renderer and the whole lesson, and when it finds that only a full build will do, all of that
 * goes away with the process instead of staying in the command's, which waits through Astro's
 * build beside it. The request comes as a message, the result goes back as one; problems and
 * progress print on the shared terminal.
 */
import { commandLog } from './astro.ts';
import { rebuildChangedEpisodes, type RebuildRequest, type RebuildResult } from './rebuild.ts';

process.once('message', (request: Omit<RebuildRequest, 'log'>) => {
  void rebuildChangedEpisodes({ ...request, log: commandLog })
    .catch((error: unknown): RebuildResult => ({
      // The full build is the reference: whatever stopped the quick one, it still has its say.
      fullBuild: `the quick rebuild failed (${error instanceof Error ? error.message : String(error)})`,
    }))
    .then((result) => process.send!(result, () => process.disconnect()));
});
