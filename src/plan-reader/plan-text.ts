// The text of a plan document as the readers hand it to the drafter: blocks in reading order, each
// with a place the officer can find it again in their own file.

/** One paragraph, heading or table row of the plan, in reading order. */
export interface PlanBlock {
  /** NFC, whitespace collapsed, no leading/trailing spaces; table row cells joined by " | " */
  text: string;
  kind: 'paragraph' | 'table-row';
  /** where it is, for the officer: "đoạn 12", "trang 2, đoạn 3", "bảng 1, dòng 4" */
  location: string;
  /** index in reading order (0-based) */
  index: number;
}

export interface PlanText {
  blocks: PlanBlock[];
  format: 'docx' | 'pdf' | 'odt' | 'text';
  /** PDF only */
  pages?: number;
}

/** A block's text as every reader normalises it. */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}
