// How a change can move the standings: which changes do, the campaign under the change, and who moves.
import type { CampaignView } from './campaigns.js';
import type { CampaignChange, StandingsMove } from './campaign-change-types.js';

/** Changes that can move the standings, previewed on the stored figures. */
export function isScoring(change: CampaignChange): change is Extract<CampaignChange, { kind: 'set-target' | 'set-weight' | 'retire-unit' }> {
  return change.kind === 'set-target' || change.kind === 'set-weight' || change.kind === 'retire-unit';
}

/** The campaign as the standings would see it after the change. */
export function underChange(view: CampaignView, change: Extract<CampaignChange, { kind: 'set-target' | 'set-weight' | 'retire-unit' }>): CampaignView {
  const weight = new Map(change.kind === 'set-weight' ? change.weights.map((w) => [w.criterionCode, w.points]) : []);
  return {
    ...view,
    units: change.kind === 'retire-unit' ? view.units.filter((u) => u.code !== change.unitCode) : view.units,
    taskAreas: view.taskAreas.map((a) => ({
      ...a,
      criteria: a.criteria.map((c) => ({
        ...c,
        ...(change.kind === 'set-target' && c.code === change.criterionCode ? { target: change.target } : {}),
        maxPoints: weight.get(c.code) ?? c.maxPoints,
      })),
    })),
  };
}

export function moves(
  before: ReadonlyArray<{ unitId: number; unitName: string; rank: number; score: number; grade: { grade: string } }>,
  after: ReadonlyArray<{ unitId: number; unitName: string; rank: number; score: number; grade: { grade: string } }>,
): StandingsMove[] {
  const place = (e: (typeof before)[number] | undefined) => (e ? { rank: e.rank, score: e.score, grade: e.grade.grade } : null);
  const ids = [...new Set([...after.map((e) => e.unitId), ...before.map((e) => e.unitId)])];
  return ids.map((unitId) => {
    const was = before.find((e) => e.unitId === unitId);
    const now = after.find((e) => e.unitId === unitId);
    return { unitId, unitName: (now ?? was)!.unitName, before: place(was), after: place(now) };
  });
}
