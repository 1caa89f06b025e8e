/**
 * A render pool worker process (tinypool): builds its renderer from the setup file the loader
 * wrote, grammars loaded before the first page, and renders the pages it is handed.
 */
import { readFileSync } from 'node:fs';
import { deserialize } from 'node:v8';
import { createPageRenderer } from './render-page.ts';
import { reviveSetup, setupVariable } from './render-setup.ts';

const setupFile = process.env[setupVariable];
if (!setupFile) throw new Error(`${setupVariable} is not set: the render pool starts this file`);

export default await createPageRenderer(reviveSetup(deserialize(readFileSync(setupFile))));
