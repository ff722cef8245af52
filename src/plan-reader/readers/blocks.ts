import { normaliseText, type PlanBlock } from '../plan-text.js';

/**
 * Collects blocks in reading order and names where each one is, the way an officer would look
 * for it in their own file: paragraphs are counted apart from table rows, per page when there are pages.
 */
export class BlockCollector {
  readonly blocks: PlanBlock[] = [];
  private paragraphs = 0;
  private tables = 0;
  private rows = 0;
  private page: number | null = null;

  /** Paragraphs are counted again from 1 on each page. */
  startPage(page: number): void {
    this.page = page;
    this.paragraphs = 0;
  }

  paragraph(raw: string): void {
    const text = normaliseText(raw);
    if (text === '') return;
    this.paragraphs += 1;
    const where = `đoạn ${this.paragraphs}`;
    this.push(text, 'paragraph', this.page === null ? where : `trang ${this.page}, ${where}`);
  }

  /**
   * A paragraph running on from the previous page is one block, located where it starts; its tail
   * still counts as the new page's first paragraph, as the officer sees it there.
   */
  continueParagraph(raw: string): void {
    const last = this.blocks.at(-1);
    if (last?.kind !== 'paragraph') return this.paragraph(raw);
    last.text = normaliseText(`${last.text} ${raw}`);
    this.paragraphs += 1;
  }

  startTable(): void {
    this.tables += 1;
    this.rows = 0;
  }

  /** Rows count as they are in the file, empty ones included, so "dòng 4" is the fourth row the officer sees. */
  row(cells: string[]): void {
    this.rows += 1;
    const clean = cells.map(normaliseText);
    if (clean.every((cell) => cell === '')) return;
    this.push(clean.join(' | '), 'table-row', `bảng ${this.tables}, dòng ${this.rows}`);
  }

  private push(text: string, kind: PlanBlock['kind'], location: string): void {
    this.blocks.push({ text, kind, location, index: this.blocks.length });
  }
}
