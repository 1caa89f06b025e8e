/**
 * A render pool worker (tinypool): builds its renderer from the setup the loader cloned into it,
 * grammars loaded before the first page, and renders the pages it is handed.
 */
import Tinypool from 'tinypool';
import { createPageRenderer, type RenderSetup } from './render-page.ts';

export default await createPageRenderer(Tinypool.workerData as RenderSetup);
