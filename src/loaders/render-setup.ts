/** The environment variable naming the file that holds a render worker's `RenderSetup`. */
export const setupVariable = 'LESSON_RENDER_SETUP';
