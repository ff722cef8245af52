import { mayActForUnit } from '../../domain/permissions.js';
import type { Translate } from '../../i18n/i18n.js';
import type { Actor } from '../../services/campaigns/members.js';
import type { Services } from '../../services/index.js';
import type { StoredBlob } from '../../services/shared/file-store.js';
import type { WebPurpose } from '../../services/shared/web-links.js';

// What an upload link is for, named in the person's language, and how a received file is filed
// there: through the very services the chat uses, with the same permission checks.

export type UploadPurpose = Extract<WebPurpose, { kind: 'dossier' | 'evidence' }>;

export interface UploadTarget {
  /** "Tờ trình — Phòng Văn hóa – Xã hội" */
  label: string;
  /** files the item under its dossier kind, or attaches it to the report; returns the chat confirmation */
  file(blob: StoredBlob): Promise<{ key: string; args: Record<string, string> }>;
}

/** The item, or the locale key of why the person may not file there (any more). */
export async function uploadTarget(services: Services, actor: Actor, purpose: UploadPurpose, t: Translate): Promise<UploadTarget | { refused: string }> {
  if (purpose.kind === 'dossier') {
    if (!mayActForUnit(actor, 'dossier', purpose.unitId)) return { refused: 'web-upload-forbidden' };
    const items = await services.dossier.checklist(purpose.campaignId, purpose.unitId);
    const item = items.find((i) => i.kindId === purpose.kindId && (i.nominee?.nominationId ?? null) === purpose.nominationId);
    if (!item) return { refused: 'web-upload-item-gone' };
    const nominee = item.nominee ? (item.nominee.memberName ?? t('dossier-nominee-collective', { unit: item.nominee.unitName })) : null;
    const campaign = await services.campaigns.view(purpose.campaignId);
    const unit = campaign.units.find((u) => u.id === purpose.unitId)?.name ?? '';
    const kind = nominee ? `${item.title} — ${nominee}` : item.title;
    return {
      label: `${kind} (${unit})`,
      async file(blob) {
        const { campaignId, unitId, kindId, nominationId } = purpose;
        await services.dossier.submit({ actor, campaignId, unitId, kindId, nominationId, blob, channel: purpose.channel });
        return { key: 'dossier-received', args: { name: blob.originalName, kind } };
      },
    };
  }
  const report = await services.reports.evidenceTarget(purpose.campaignId, purpose.reportId);
  if (!report) return { refused: 'web-upload-item-gone' };
  if (!mayActForUnit(actor, 'report', report.unitId)) return { refused: 'web-upload-forbidden' };
  const label = t('web-upload-evidence-label', { criterion: report.criterionTitle, unit: report.unitName });
  return {
    label,
    async file(blob) {
      await services.reports.attachEvidence({ actor, campaignId: purpose.campaignId, reportId: purpose.reportId, blob, channel: purpose.channel });
      return { key: 'web-evidence-received', args: { name: blob.originalName, criterion: report.criterionTitle } };
    },
  };
}
