// Pairing the hand-checked items of a list with the drafted ones, each drafted item used once.
import type { Add } from './evaluate-results.js';

/** Each expected value right when a drafted one matches it (each used once), else missing; drafted values left over are invented. */
export function pairUp(field: string, expected: string[], got: string[], same: (a: string, b: string) => boolean, add: Add): void {
  const left = [...got];
  for (const e of expected) {
    const i = left.findIndex((g) => same(e, g));
    if (i === -1) add(field, 'missing', e);
    else add(field, 'right', e, left.splice(i, 1)[0]);
  }
  for (const g of left) add(field, 'invented', undefined, g);
}

/** A field of a paired item: the name it is reported under, and its value in the hand-checked item and in the drafted one. */
export interface Facet<H, D> {
  field: string;
  hand: (h: H) => unknown;
  drafted: (d: D) => unknown;
}

/**
 * Each hand-checked item paired with the first drafted one `same` accepts (each used once): the item is
 * right and its detail right when equal, else wrong; unpaired, both are missing. Returns the drafted items
 * left over, for the caller to report as invented.
 */
export function pairWithDetail<H, D>(hand: H[], drafted: D[], same: (h: H, d: D) => boolean, item: Facet<H, D>, detail: Facet<H, D>, add: Add): D[] {
  const left = [...drafted];
  for (const h of hand) {
    const i = left.findIndex((d) => same(h, d));
    if (i === -1) {
      add(item.field, 'missing', item.hand(h));
      add(detail.field, 'missing', detail.hand(h));
      continue;
    }
    const d = left.splice(i, 1)[0]!;
    add(item.field, 'right', item.hand(h), item.drafted(d));
    add(detail.field, detail.hand(h) === detail.drafted(d) ? 'right' : 'wrong', detail.hand(h), detail.drafted(d));
  }
  return left;
}
