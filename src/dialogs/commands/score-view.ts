import { formatDate } from '../../domain/dates.js';
import { formatNumber, parseDecimal } from '../../domain/numbers.js';
import type { CriterionProposal } from '../../services/reporting/scores.js';
import { formatValue } from '../../domain/targets.js';
import type { Answer, DialogContext, StepResult } from '../port.js';

// What /chamdiem and /thamdinh both show about one criterion of a unit.

/** Points as typed: "10,5" or "10.5"; a percent sign is not a point. */
function parsePoints(text: string): number | null {
  const parsed = parseDecimal(text);
  return parsed && !parsed.percent ? parsed.value : null;
}

/** The points an answer gives, or the retry that says what is allowed (0 to the criterion's max). */
export function pointsAnswer(ctx: DialogContext, answer: Answer, maxPoints: number): { points: number } | { retry: StepResult } {
  const max = formatNumber(maxPoints);
  const points = answer.kind === 'text' ? parsePoints(answer.text) : null;
  if (points === null) return { retry: { replies: [ctx.t('score-points-not-number', { max, example: formatNumber(10.5) })], retry: true } };
  if (points < 0 || points > maxPoints) return { retry: { replies: [ctx.t('score-out-of-range', { max })], retry: true } };
  return { points };
}

/** "đã chấm" / "chưa chấm", or "đã chấm 1/2" for an area partly self-scored. */
export function scoredStatus(ctx: DialogContext, items: readonly CriterionProposal[]): string {
  const done = items.filter((p) => p.self !== null || p.appraised !== null).length;
  if (done === 0) return ctx.t('score-status-todo');
  if (done === items.length) return ctx.t('score-status-done');
  return ctx.t('score-status-partial', { done, total: items.length });
}

/** Target, latest report, proposed points, evidence, self-score and appraisal: one line each. */
export function criterionFacts(ctx: DialogContext, p: CriterionProposal): string[] {
  const c = p.criterion;
  const max = formatNumber(c.maxPoints);
  const lines = [
    c.target === null ? ctx.t('score-detail-no-target') : ctx.t('score-detail-target', { target: formatValue(c.target, c.unitOfMeasure) }),
    p.latest ? ctx.t('score-detail-report', { value: formatValue(p.latest.value, c.unitOfMeasure), date: formatDate(p.latest.reportedAt) }) : ctx.t('score-detail-no-report'),
  ];
  if (c.scoringRule === 'MANUAL') lines.push(ctx.t('score-detail-proposal-manual'));
  else if (p.computed !== null) lines.push(ctx.t('score-detail-proposal', { points: formatNumber(p.computed), max }));
  lines.push(ctx.t('score-detail-evidence', { count: p.evidenceCount }));
  if (p.self) {
    lines.push(ctx.t('score-detail-self', { points: formatNumber(p.self.points), max, date: p.self.at ? formatDate(p.self.at) : '–' }));
    if (p.self.explanation) lines.push(ctx.t('score-detail-explanation', { text: p.self.explanation }));
  }
  if (p.appraised) {
    lines.push(
      p.appraised.reason
        ? ctx.t('score-detail-appraised', { points: formatNumber(p.appraised.points), max, reason: p.appraised.reason })
        : ctx.t('score-detail-appraised-agreed', { points: formatNumber(p.appraised.points), max }),
    );
  }
  return lines;
}
