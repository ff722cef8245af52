import { readText } from '../../../src/plan-reader/readers/text.js';
import type { PlanText } from '../../../src/plan-reader/plan-text.js';
import { outline, type Line } from '../../../src/plan-reader/draft/structure.js';

/** A plan typed as lines, read the way a .txt plan is read (one block per non-empty line). */
export const plan = (text: string): PlanText => ({ format: 'text', blocks: readText(text) });
export const linesOf = (text: string): Line[] => outline(plan(text));
