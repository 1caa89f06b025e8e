import { useRunTempFolder } from '../helpers/run-temp-folder.ts';

/** Vitest's global setup: the run's own temporary folder, removed at the end (its teardown). */
export default function setup(): () => void {
  return useRunTempFolder();
}
