import { kneeVignettes } from './knee.js';
import { legAndFootVignettes } from './leg-and-foot.js';
import { redFlagVignettes } from './red-flags.js';
import type { Vignette } from './vignette.js';

export type { Vignette } from './vignette.js';

/** Every vignette, each written from a clinical description in a cited source. */
export const vignettes: Vignette[] = [...kneeVignettes, ...legAndFootVignettes, ...redFlagVignettes];
