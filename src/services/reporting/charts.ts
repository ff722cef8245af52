import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { ChartRenderer } from '../../charts/chart-renderer.js';
import type { StandingsChartInput } from '../../charts/standings-chart.js';
import type { FileStore } from '../shared/file-store.js';

/** Pictures kept in memory (about 100 KB for 15 units, 400 KB for 60): more than a city's communes ask for at once. */
const RECENT_CHARTS = 160;

/**
 * Standings pictures, rendered once per change: the picture is cached under a hash of everything
 * drawn on it, so asking again while the standings stand still costs a file read. Recent pictures
 * stay in memory too: when a whole commune asks at once, one rendering serves them all, and the
 * replies on their way share one copy of the bytes instead of one each. The pixels are drawn in a
 * worker thread that stops when idle (ChartRenderer).
 */
export class ChartService {
  private readonly recent = new LRUCache<string, Promise<Uint8Array>>({ max: RECENT_CHARTS });

  constructor(
    private readonly files: FileStore,
    private readonly renderer = new ChartRenderer(),
  ) {}

  async standings(input: StandingsChartInput): Promise<{ png: Uint8Array; key: string }> {
    const drawn = {
      title: input.title,
      subtitle: input.subtitle ?? '',
      entries: input.entries.map((e) => [e.rank, e.unitName, e.score === null ? null : input.scoreLabel(e.score), e.gradeLabel]),
    };
    const key = createHash('sha256').update(JSON.stringify(drawn)).digest('hex').slice(0, 32);
    let png = this.recent.get(key);
    if (!png) {
      png = this.files.cached(`xephang-${key}.png`, () => this.renderer.render(input));
      this.recent.set(key, png);
      // A rendering that failed is tried again by the next one who asks.
      png.catch(() => this.recent.get(key) === png && this.recent.delete(key));
    }
    return { png: await png, key };
  }

  /** Stops the drawing worker, if one is running. */
  close(): Promise<void> {
    return this.renderer.close();
  }
}
