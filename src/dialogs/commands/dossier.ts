import { formatDate } from '../../domain/dates.js';
import { mayManageDossier, type ChecklistItem } from '../../services/dossier.js';
import type { CampaignView } from '../../services/campaigns.js';
import { formatDue } from '../format.js';
import { actorOf, type Command, type DialogContext, type StepResult } from '../port.js';
import { campaignOf, unitFromArgs } from '../scope.js';

// /nophoso: file a dossier document (Tờ trình, Biên bản họp, Báo cáo thành tích…) for my unit.
// /hoso: the dossier checklist — what is in, what is missing, until when — and files handed back.

function checklistLines(ctx: DialogContext, campaign: CampaignView, unitName: string, items: ChecklistItem[]): string {
  const lines = [ctx.t('dossier-title', { unit: unitName })];
  for (const item of items) {
    lines.push(
      item.document
        ? ctx.t('dossier-item-in', { kind: item.title, name: item.document.name, date: formatDate(item.document.uploadedAt), by: item.document.uploadedBy })
        : ctx.t(item.required ? 'dossier-item-missing' : 'dossier-item-optional', { kind: item.title }),
    );
  }
  const filed = items.filter((i) => i.document).length;
  lines.push('', ctx.t('dossier-count', { filed, total: items.length }));
  for (const d of campaign.deadlines.filter((d) => d.kind === 'DOSSIER')) lines.push(`• ${d.title}: ${formatDue(ctx, d.dueOn)}`);
  return lines.join('\n');
}

/** The unit a dossier command is about, or a reply saying why there is none. */
async function dossierScope(ctx: DialogContext, args: string): Promise<{ campaign: CampaignView; unit: { id: number; name: string } } | StepResult> {
  const campaign = await campaignOf(ctx);
  const actor = actorOf(ctx);
  const unit = unitFromArgs(ctx, campaign, args, actor.roles.includes('ADMIN') || actor.roles.includes('LEADER'));
  if (!unit) return { replies: [ctx.t('dossier-no-unit')] };
  return { campaign, unit };
}

async function askKind(ctx: DialogContext, campaign: CampaignView, unit: { id: number; name: string }): Promise<StepResult> {
  const items = await ctx.services.dossier.checklist(campaign.id, unit.id);
  if (items.length === 0) return { replies: [ctx.t('dossier-no-kinds')] };
  return {
    replies: [ctx.t('dossier-pick-kind', { unit: unit.name })],
    ask: {
      step: 'kind',
      data: { unitId: unit.id },
      options: items.map((i) => ({ value: String(i.kindId), label: i.document ? `${i.title} ✓` : i.title })),
    },
  };
}

export const submitDossierCommand: Command = {
  name: 'nophoso',
  access: ['HEAD', 'ADMIN'],
  descriptionKey: 'cmd-nophoso',
  async start(ctx, args) {
    const scope = await dossierScope(ctx, args);
    if ('replies' in scope) return scope;
    if (!mayManageDossier(actorOf(ctx), scope.unit.id)) return { replies: [ctx.t('dossier-forbidden-unit')] };
    return askKind(ctx, scope.campaign, scope.unit);
  },
  steps: {
    async kind(ctx, data, answer) {
      const campaign = await campaignOf(ctx);
      const items = await ctx.services.dossier.checklist(campaign.id, Number(data.unitId));
      const item = items.find((i) => answer.kind === 'option' && String(i.kindId) === answer.value);
      if (!item) return { replies: [ctx.t('dossier-kind-gone')] };
      const ask = ctx.envelope.noDocuments ? 'dossier-ask-file-photo-only' : 'dossier-ask-file';
      const replaced = item.document ? [ctx.t('dossier-will-add', { name: item.document.name })] : [];
      return {
        replies: [[ctx.t(ask, { kind: item.title }), ...replaced].join('\n')],
        ask: { step: 'file', data: { unitId: data.unitId, kindId: item.kindId }, acceptsFile: true },
      };
    },
    async file(ctx, data, answer) {
      if (answer.kind !== 'file') return { replies: [ctx.t(ctx.envelope.noDocuments ? 'dossier-need-photo' : 'dossier-need-file')], retry: true };
      const campaign = await campaignOf(ctx);
      const unitId = Number(data.unitId);
      const kindId = Number(data.kindId);
      const kind = (await ctx.services.dossier.checklist(campaign.id, unitId)).find((i) => i.kindId === kindId);
      if (!kind) return { replies: [ctx.t('dossier-kind-gone')] };
      const blob = await ctx.services.files.receive(answer.file, ctx.t('dossier-file-fallback-name'));
      await ctx.services.dossier.submit({ actor: actorOf(ctx), campaignId: campaign.id, unitId, kindId, blob, channel: ctx.envelope.channel });
      const items = await ctx.services.dossier.checklist(campaign.id, unitId);
      const unit = campaign.units.find((u) => u.id === unitId);
      return { replies: [ctx.t('dossier-received', { name: blob.originalName, kind: kind.title }), checklistLines(ctx, campaign, unit?.name ?? '', items)] };
    },
  },
};

export const dossierCommand: Command = {
  name: 'hoso',
  access: ['HEAD', 'ADMIN', 'LEADER'],
  descriptionKey: 'cmd-hoso',
  async start(ctx, args) {
    const scope = await dossierScope(ctx, args);
    if ('replies' in scope) return scope;
    const items = await ctx.services.dossier.checklist(scope.campaign.id, scope.unit.id);
    const text = checklistLines(ctx, scope.campaign, scope.unit.name, items);
    const filed = items.filter((i) => i.document);
    if (filed.length === 0 || !mayManageDossier(actorOf(ctx), scope.unit.id)) return { replies: [text] };
    return {
      replies: [text, ctx.t('dossier-get-hint')],
      ask: { step: 'get', data: {}, options: filed.map((i) => ({ value: String(i.document!.id), label: i.title })) },
    };
  },
  steps: {
    async get(ctx, _data, answer) {
      if (answer.kind !== 'option') return { replies: [ctx.t('dossier-get-hint')], retry: true };
      const campaign = await campaignOf(ctx);
      const doc = await ctx.services.dossier.fetch(actorOf(ctx), campaign.id, Number(answer.value));
      return { replies: [{ text: ctx.t('dossier-sent', { name: doc.name }), document: doc }] };
    },
  },
};
