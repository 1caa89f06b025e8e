/** Make sure the browser tests have a Chromium (see `ensureChromium` in scripts/browser.ts). */
import { ensureChromium } from './browser.ts';

ensureChromium();
