import type { CampaignFile } from '../../campaign-file/schema.js';
import type { Role } from '../../generated/prisma/client.js';
import { searchKey } from '../../domain/text.js';
import { put, differs, type ChangeCount, type Tx } from './import-rows.js';

// The file's units, task areas with their criteria, deadlines and members as rows. Reports, scores
// and members point at units and criteria: those the file drops are set aside, never deleted.

/** Returns unit ids by code (the members refer to units by code). */
export async function syncUnits(tx: Tx, count: ChangeCount, organizationId: number, file: CampaignFile): Promise<Map<string, number>> {
  const existing = new Map((await tx.unit.findMany({ where: { organizationId } })).map((u) => [u.code, u]));
  const ids = new Map<string, number>();
  for (const [sortOrder, u] of file.units.entries()) {
    const data = { name: u.name, searchKey: searchKey(u.name), active: true, sortOrder };
    const row = await put(count, existing.get(u.code) ?? null, data, {
      create: () => tx.unit.create({ data: { organizationId, code: u.code, ...data } }),
      update: (id) => tx.unit.update({ where: { id }, data }),
    });
    ids.set(u.code, row.id);
  }
  // Reports, scores and members point at units: a unit the file drops is only deactivated.
  const dropped = [...existing.values()].filter((u) => u.active && !ids.has(u.code));
  await tx.unit.updateMany({ where: { id: { in: dropped.map((u) => u.id) } }, data: { active: false } });
  count.removed += dropped.length;
  return ids;
}

export async function syncTaskAreasAndCriteria(
  tx: Tx,
  counts: { taskAreas: ChangeCount; criteria: ChangeCount },
  campaignId: number,
  file: CampaignFile,
  unitIds: Map<string, number>,
): Promise<void> {
  const areas = new Map((await tx.taskArea.findMany({ where: { campaignId } })).map((a) => [a.code, a]));
  const criteria = new Map((await tx.criterion.findMany({ where: { campaignId } })).map((c) => [c.code, c]));
  const listedCriteria = new Set<string>();
  let criterionOrder = 0;
  for (const [sortOrder, a] of file.task_areas.entries()) {
    const areaData = { title: a.title, searchKey: searchKey(a.title), sortOrder };
    const area = await put(counts.taskAreas, areas.get(a.code) ?? null, areaData, {
      create: () => tx.taskArea.create({ data: { campaignId, code: a.code, ...areaData } }),
      update: (id) => tx.taskArea.update({ where: { id }, data: areaData }),
    });
    for (const c of a.criteria) {
      listedCriteria.add(c.code);
      const data = {
        taskAreaId: area.id,
        title: c.title,
        searchKey: searchKey(c.title),
        unitOfMeasure: c.unit_of_measure,
        target: c.target,
        minValue: c.min,
        maxValue: c.max,
        scoringRule: SCORING[c.scoring],
        maxPoints: c.points,
        direction: c.direction === 'lower' ? ('LOWER_IS_BETTER' as const) : ('HIGHER_IS_BETTER' as const),
        heldByUnitId: c.held_by === undefined ? null : unitIds.get(c.held_by)!,
        sortOrder: criterionOrder++,
        retired: false,
      };
      await put(counts.criteria, criteria.get(c.code) ?? null, data, {
        create: () => tx.criterion.create({ data: { campaignId, code: c.code, ...data } }),
        update: (id) => tx.criterion.update({ where: { id }, data }),
      });
    }
  }
  // Reports and scores point at criteria (and criteria at their area): retire, never delete.
  const retiring = [...criteria.values()].filter((c) => !c.retired && !listedCriteria.has(c.code));
  await tx.criterion.updateMany({ where: { id: { in: retiring.map((c) => c.id) } }, data: { retired: true } });
  counts.criteria.removed += retiring.length;
  const listedAreas = new Set(file.task_areas.map((a) => a.code));
  counts.taskAreas.removed += [...areas.keys()].filter((code) => !listedAreas.has(code)).length;
}

const SCORING = { linear: 'LINEAR', threshold: 'THRESHOLD', manual: 'MANUAL' } as const;

export async function syncDeadlines(tx: Tx, count: ChangeCount, campaignId: number, file: CampaignFile): Promise<void> {
  const existing = new Map((await tx.deadline.findMany({ where: { campaignId } })).map((d) => [d.code, d]));
  for (const d of file.deadlines) {
    const data = { title: d.title, kind: d.kind, dueOn: d.due };
    await put(count, existing.get(d.code) ?? null, data, {
      create: () => tx.deadline.create({ data: { campaignId, code: d.code, ...data } }),
      update: (id) => tx.deadline.update({ where: { id }, data }),
    });
  }
  // No table points at deadlines, so a dropped one goes.
  const listed = new Set(file.deadlines.map((d) => d.code));
  const dropped = [...existing.values()].filter((d) => !listed.has(d.code));
  await tx.deadline.deleteMany({ where: { id: { in: dropped.map((d) => d.id) } } });
  count.removed += dropped.length;
}

/**
 * Members the file declares, with exactly the file's roles. Members it does not name (joined by
 * invite, or declared by another campaign of the organization) are left alone.
 */
export async function syncMembers(tx: Tx, count: ChangeCount, organizationId: number, unitIds: Map<string, number>, file: CampaignFile): Promise<void> {
  const codes = file.members.map((m) => m.code);
  const existing = new Map(
    (await tx.member.findMany({ where: { organizationId, code: { in: codes } }, include: { roles: true } })).map((m) => [m.code, m]),
  );
  for (const m of file.members) {
    const data = { fullName: m.name, searchKey: searchKey(m.name), jobTitle: m.title ?? null, unitId: m.unit ? unitIds.get(m.unit)! : null };
    const before = existing.get(m.code) ?? null;
    const member = await put(count, before, data, {
      create: () => tx.member.create({ data: { organizationId, code: m.code, ...data } }),
      update: (id) => tx.member.update({ where: { id }, data }),
    });
    const had = new Set<Role>(before?.roles.map((g) => g.role) ?? []);
    const wanted = new Set<Role>(m.roles);
    const adding = [...wanted].filter((r) => !had.has(r));
    const dropping = [...had].filter((r) => !wanted.has(r));
    if (adding.length > 0) await tx.roleGrant.createMany({ data: adding.map((role) => ({ memberId: member.id, role })) });
    if (dropping.length > 0) await tx.roleGrant.deleteMany({ where: { memberId: member.id, role: { in: dropping } } });
    // A member whose only change is a role counts as updated.
    if (before && (adding.length > 0 || dropping.length > 0) && !differs(before, data)) {
      count.unchanged--;
      count.updated++;
    }
  }
}
