import { createHash } from 'node:crypto';
import { renderStandingsChart, type StandingsChartInput } from '../charts/standings-chart.js';
import type { FileStore } from './file-store.js';

/**
 * Standings pictures, rendered once per change: the picture is cached under a hash of everything
 * drawn on it, so asking again while the standings stand still costs a file read.
 */
export class ChartService {
  constructor(private readonly files: FileStore) {}

  async standings(input: StandingsChartInput): Promise<{ png: Uint8Array; key: string }> {
    const drawn = {
      title: input.title,
      subtitle: input.subtitle ?? '',
      entries: input.entries.map((e) => [e.rank, e.unitName, input.scoreLabel(e.score), e.gradeLabel]),
    };
    const key = createHash('sha256').update(JSON.stringify(drawn)).digest('hex').slice(0, 32);
    const png = await this.files.cached(`xephang-${key}.png`, () => renderStandingsChart(input));
    return { png, key };
  }
}
