import { instructorPrefix, type View } from '../lib/site-paths.ts';

/**
 * Every page exists in both views. Routes live under `src/pages/[...view]/`: the rest parameter
 * is empty for the learner view and `instructor` for the instructor view.
 */
export const viewParams = [
  { view: undefined, name: 'learner' as View },
  { view: instructorPrefix, name: 'instructor' as View },
];

export function viewOf(params: { view?: string | undefined }): View {
  return params.view === instructorPrefix ? 'instructor' : 'learner';
}
