import { commandAccess, mayActForAnyUnit, mayActForOwnUnit, mayActForUnit } from '../../domain/permissions.js';
import { formatDate, formatDateTime } from '../../domain/dates.js';
import { itemDone, type ChecklistItem, type DossierNominee } from '../../services/awards/dossier.js';
import type { CampaignView } from '../../services/campaigns/campaigns.js';
import { dueLines } from '../format.js';
import { actorOf, type Command, type DialogContext, type StepResult } from '../port.js';
import { campaignOf, unitFromArgs } from '../scope.js';
import { z } from 'zod';
import { expectFile, optionValue, picked } from '../answers.js';
import { NO_STATE, step } from '../state.js';

// /nophoso: file a dossier document (Tờ trình, Biên bản họp, Báo cáo thành tích…) for my unit;
// a per-nominee document (Báo cáo thành tích where the plan asks one per nominee) asks whose it is.
// /hoso: the dossier checklist — what is in, what is missing (per nominee), until when — files
// handed back, and the head's confirmation of reports the secretariat filed.

/** The unit filing. */
const IN_UNIT = z.object({ unitId: z.number() });
/** The kind of document, while the nominee is asked. */
const OF_KIND = IN_UNIT.extend({ kindId: z.number() });
/** What the file is for (a per-nominee kind names the nomination), while the file is asked. */
const FILING = OF_KIND.extend({ nominationId: z.number().optional() });
type Filing = z.infer<typeof FILING>;

function nomineeLabel(ctx: DialogContext, n: DossierNominee): string {
  return n.memberName ?? ctx.t('dossier-nominee-collective', { unit: n.unitName });
}

function itemLine(ctx: DialogContext, item: ChecklistItem, label: string): string {
  const doc = item.document;
  if (!doc) return ctx.t(item.required ? 'dossier-item-missing' : 'dossier-item-optional', { kind: label });
  const args = { kind: label, name: doc.name, date: formatDate(doc.uploadedAt), by: doc.uploadedBy };
  return ctx.t(itemDone(item) ? 'dossier-item-in' : 'dossier-item-unconfirmed', args);
}

async function checklistLines(ctx: DialogContext, campaign: CampaignView, unitName: string, items: ChecklistItem[]): Promise<string> {
  const lines = [ctx.t('dossier-title', { unit: unitName })];
  const headed = new Set<number>();
  for (const item of items) {
    if (!item.perNominee) {
      lines.push(itemLine(ctx, item, item.title));
      continue;
    }
    // Per-nominee kinds: the kind once, then one line per nominee.
    if (!headed.has(item.kindId)) lines.push(ctx.t('dossier-per-nominee-head', { kind: item.title }));
    headed.add(item.kindId);
    lines.push(`  ${item.nominee ? itemLine(ctx, item, nomineeLabel(ctx, item.nominee)) : ctx.t('dossier-per-nominee-none')}`);
  }
  const counted = items.filter((i) => !i.perNominee || i.nominee);
  lines.push('', ctx.t('dossier-count', { filed: counted.filter(itemDone).length, total: counted.length }));
  lines.push(
    ...(await dueLines(
      ctx,
      campaign.id,
      campaign.deadlines.filter((d) => d.kind === 'DOSSIER'),
    )),
  );
  return lines.join('\n');
}

/** The unit a dossier command is about, or a reply saying why there is none. */
async function dossierScope(ctx: DialogContext, args: string): Promise<{ campaign: CampaignView; unit: { id: number; name: string } } | StepResult> {
  const campaign = await campaignOf(ctx);
  const actor = actorOf(ctx);
  const unit = unitFromArgs(ctx, campaign, args, mayActForAnyUnit(actor, 'view'));
  if (!unit) return { replies: [ctx.t('dossier-no-unit')] };
  return { campaign, unit };
}

async function askKind(ctx: DialogContext, campaign: CampaignView, unit: { id: number; name: string }): Promise<StepResult> {
  const items = await ctx.services.dossier.checklist(campaign.id, unit.id);
  if (items.length === 0) return { replies: [ctx.t('dossier-no-kinds', { office: campaign.leadOffice })] };
  const kinds = [...new Map(items.map((i) => [i.kindId, i])).values()];
  // ✓ once every item of the kind is in (for a per-nominee kind: every nominee's).
  const done = (kindId: number) => items.filter((i) => i.kindId === kindId).every((i) => itemDone(i));
  return {
    replies: [ctx.t('dossier-pick-kind', { unit: unit.name })],
    ask: { step: 'kind', data: { unitId: unit.id }, options: kinds.map((k) => ({ value: String(k.kindId), label: done(k.kindId) ? `${k.title} ✓` : k.title })) },
  };
}

function askFile(ctx: DialogContext, campaignId: number, item: ChecklistItem, data: Filing): StepResult {
  const kind = item.nominee ? `${item.title} — ${nomineeLabel(ctx, item.nominee)}` : item.title;
  const replaced = item.document ? [ctx.t('dossier-will-add', { name: item.document.name })] : [];
  return { replies: [[askFileText(ctx, kind, campaignId, data), ...replaced].join('\n')], ask: { step: 'file', data, acceptsFile: true } };
}

/** Where documents cannot come through the chat (Zalo), a link to the upload page; photos are still taken here. */
function askFileText(ctx: DialogContext, kind: string, campaignId: number, data: Filing): string {
  if (ctx.envelope.capabilities.documents) return ctx.t('dossier-ask-file', { kind });
  const links = ctx.services.webLinks;
  if (!links.enabled) return ctx.t('dossier-ask-file-photo-only', { kind });
  const { channel } = ctx.envelope;
  const purpose = { kind: 'dossier' as const, channel, campaignId, unitId: data.unitId, kindId: data.kindId, nominationId: data.nominationId ?? null };
  const link = links.mint(actorOf(ctx).memberId, purpose);
  return ctx.t('dossier-ask-file-link', { kind, url: link.url, until: formatDateTime(link.expiresAt) });
}

export const submitDossierCommand: Command = {
  name: 'nophoso',
  access: commandAccess('nophoso'),
  descriptionKey: 'cmd-nophoso',
  async start(ctx, args) {
    const scope = await dossierScope(ctx, args);
    if ('replies' in scope) return scope;
    if (!mayActForUnit(actorOf(ctx), 'dossier', scope.unit.id)) return { replies: [ctx.t('dossier-forbidden-unit')] };
    return askKind(ctx, scope.campaign, scope.unit);
  },
  steps: {
    kind: step(IN_UNIT, async (ctx, data, answer) => {
      const campaign = await campaignOf(ctx);
      const items = await ctx.services.dossier.checklist(campaign.id, data.unitId);
      const value = optionValue(answer);
      const ofKind = items.filter((i) => String(i.kindId) === value);
      const first = ofKind[0];
      if (!first) return { replies: [ctx.t('dossier-kind-gone')] };
      if (!first.perNominee) return askFile(ctx, campaign.id, first, { unitId: data.unitId, kindId: first.kindId });
      if (!first.nominee) return { replies: [ctx.t('dossier-no-nominees', { kind: first.title })] };
      return {
        replies: [ctx.t('dossier-pick-nominee', { kind: first.title })],
        ask: {
          step: 'nominee',
          data: { unitId: data.unitId, kindId: first.kindId },
          options: ofKind.map((i) => ({ value: String(i.nominee!.nominationId), label: itemDone(i) ? `${nomineeLabel(ctx, i.nominee!)} ✓` : nomineeLabel(ctx, i.nominee!) })),
        },
      };
    }),
    nominee: step(OF_KIND, async (ctx, data, answer) => {
      const campaign = await campaignOf(ctx);
      const items = await ctx.services.dossier.checklist(campaign.id, data.unitId);
      const item = picked(
        answer,
        items.filter((i) => i.kindId === data.kindId),
        (i) => String(i.nominee?.nominationId),
      );
      if (!item?.nominee) return { replies: [ctx.t('dossier-nominee-gone')] };
      return askFile(ctx, campaign.id, item, { unitId: data.unitId, kindId: item.kindId, nominationId: item.nominee.nominationId });
    }),
    file: step(FILING, async (ctx, data, answer) => {
      const file = expectFile(ctx, answer, ctx.envelope.capabilities.documents ? 'dossier-need-file' : 'dossier-need-photo');
      if ('retry' in file) return file.retry;
      const campaign = await campaignOf(ctx);
      const { unitId, kindId } = data;
      const nominationId = data.nominationId ?? null;
      const item = (await ctx.services.dossier.checklist(campaign.id, unitId)).find((i) => i.kindId === kindId && (i.nominee?.nominationId ?? null) === nominationId);
      if (!item) return { replies: [ctx.t(nominationId === null ? 'dossier-kind-gone' : 'dossier-nominee-gone')] };
      const blob = await ctx.services.files.receive(file.value, ctx.t('dossier-file-fallback-name'));
      await ctx.services.dossier.submit({ actor: actorOf(ctx), campaignId: campaign.id, unitId, kindId, nominationId, blob, channel: ctx.envelope.channel });
      const items = await ctx.services.dossier.checklist(campaign.id, unitId);
      const unit = campaign.units.find((u) => u.id === unitId);
      const kind = item.nominee ? `${item.title} — ${nomineeLabel(ctx, item.nominee)}` : item.title;
      const filed = items.find((i) => i.kindId === kindId && (i.nominee?.nominationId ?? null) === nominationId);
      const note = filed && !itemDone(filed) && filed.perNominee ? [ctx.t('dossier-awaiting-confirm')] : [];
      return { replies: [[ctx.t('dossier-received', { name: blob.originalName, kind }), ...note].join('\n'), await checklistLines(ctx, campaign, unit?.name ?? '', items)] };
    }),
  },
};

const CONFIRM = 'xn:';

export const dossierCommand: Command = {
  name: 'hoso',
  access: commandAccess('hoso'),
  descriptionKey: 'cmd-hoso',
  async start(ctx, args) {
    const scope = await dossierScope(ctx, args);
    if ('replies' in scope) return scope;
    const items = await ctx.services.dossier.checklist(scope.campaign.id, scope.unit.id);
    const text = await checklistLines(ctx, scope.campaign, scope.unit.name, items);
    const actor = actorOf(ctx);
    if (!mayActForUnit(actor, 'dossier', scope.unit.id)) return { replies: [text] };
    const label = (i: ChecklistItem) => (i.nominee ? `${i.title} — ${nomineeLabel(ctx, i.nominee)}` : i.title);
    const filed = items.filter((i) => i.document);
    // Only the unit's head confirms its reports (the secretariat files, the head vouches).
    const head = mayActForOwnUnit(actor, 'dossier.confirm-own-unit', scope.unit.id);
    const toConfirm = head ? filed.filter((i) => !itemDone(i)) : [];
    if (filed.length === 0) return { replies: [text] };
    return {
      replies: [text, ctx.t(toConfirm.length > 0 ? 'dossier-get-or-confirm-hint' : 'dossier-get-hint')],
      ask: {
        step: 'get',
        data: {},
        options: [
          ...toConfirm.map((i) => ({ value: `${CONFIRM}${i.document!.id}`, label: ctx.t('dossier-confirm-label', { kind: label(i) }) })),
          ...filed.map((i) => ({ value: String(i.document!.id), label: label(i) })),
        ],
      },
    };
  },
  steps: {
    get: step(NO_STATE, async (ctx, _data, answer) => {
      if (answer.kind !== 'option') return { replies: [ctx.t('dossier-get-hint')], retry: true };
      const campaign = await campaignOf(ctx);
      if (answer.value.startsWith(CONFIRM)) {
        const documentId = Number(answer.value.slice(CONFIRM.length));
        await ctx.services.dossier.confirm(actorOf(ctx), campaign.id, documentId);
        return { replies: [ctx.t('dossier-confirmed')] };
      }
      const doc = await ctx.services.dossier.fetch(actorOf(ctx), campaign.id, Number(answer.value));
      return { replies: [{ text: ctx.t('dossier-sent', { name: doc.name }), document: doc }] };
    }),
  },
};
