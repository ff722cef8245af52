// What evaluating a draft yields: one result per field, and the tally of a plan's results.

export type Status = 'right' | 'wrong' | 'missing' | 'invented';

export interface FieldResult {
  field: string;
  status: Status;
  expected?: string;
  got?: string;
}

export type Add = (field: string, status: Status, expected?: unknown, got?: unknown) => void;

export interface Score {
  right: number;
  wrong: number;
  missing: number;
  invented: number;
  /** right / (right + wrong + missing) */
  share: number;
}

export function score(results: FieldResult[]): Score {
  const count = (s: Status) => results.filter((r) => r.status === s).length;
  const [right, wrong, missing, invented] = [count('right'), count('wrong'), count('missing'), count('invented')];
  const stated = right + wrong + missing;
  return { right, wrong, missing, invented, share: stated === 0 ? 1 : right / stated };
}
