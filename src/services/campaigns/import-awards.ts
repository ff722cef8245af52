import type { CampaignFile } from '../../campaign-file/schema.js';
import { put, type ChangeCount, type Tx } from './import-rows.js';

// The file's award quotas and dossier documents as rows of one campaign. A row the file no longer
// lists is deleted, unless nominations or dossier files point at it.

export async function syncQuotas(tx: Tx, count: ChangeCount, campaignId: number, file: CampaignFile): Promise<void> {
  const keyOf = (q: { nomineeKind: string; awardForm: string }) => `${q.nomineeKind} ${q.awardForm}`;
  const existing = new Map((await tx.awardQuota.findMany({ where: { campaignId } })).map((q) => [keyOf(q), q]));
  const listed = new Set<string>();
  for (const q of file.award_quotas) {
    const key = { nomineeKind: q.nominee, awardForm: q.form };
    listed.add(keyOf(key));
    // No `max`: the plan sets no number, and none is invented.
    const data = { awardTitle: q.title, maxCount: q.max ?? null, decidedBy: q.decided_by === 'higher' ? ('HIGHER' as const) : ('LOCAL' as const), decider: q.decider ?? null };
    await put(count, existing.get(keyOf(key)) ?? null, data, {
      create: () => tx.awardQuota.create({ data: { campaignId, ...key, ...data } }),
      update: (id) => tx.awardQuota.update({ where: { id }, data }),
    });
  }
  for (const q of existing.values()) {
    if (listed.has(keyOf(q))) continue;
    // Nominations name their award form: the quota stays while any nomination uses it.
    const used = await tx.nomination.count({ where: { campaignId, nomineeKind: q.nomineeKind, awardForm: q.awardForm } });
    if (used > 0) {
      count.kept++;
    } else {
      await tx.awardQuota.delete({ where: { id: q.id } });
      count.removed++;
    }
  }
}

export async function syncDossierDocKinds(tx: Tx, count: ChangeCount, campaignId: number, file: CampaignFile): Promise<void> {
  const existing = new Map((await tx.dossierDocKind.findMany({ where: { campaignId } })).map((d) => [d.code, d]));
  for (const [sortOrder, d] of file.dossier_documents.entries()) {
    const data = { title: d.title, required: d.required, perNominee: d.per_nominee, sortOrder };
    await put(count, existing.get(d.code) ?? null, data, {
      create: () => tx.dossierDocKind.create({ data: { campaignId, code: d.code, ...data } }),
      update: (id) => tx.dossierDocKind.update({ where: { id }, data }),
    });
  }
  const listed = new Set(file.dossier_documents.map((d) => d.code));
  for (const d of existing.values()) {
    if (listed.has(d.code)) continue;
    const used = await tx.dossierDocument.count({ where: { kindId: d.id } });
    if (used > 0) {
      count.kept++;
    } else {
      await tx.dossierDocKind.delete({ where: { id: d.id } });
      count.removed++;
    }
  }
}
