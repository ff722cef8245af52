import { formatDate } from '../../domain/dates.js';
import { cleanLines } from '../../domain/text.js';
import { ATTESTATION_NOTE, REFUSAL_REASON } from '../../services/awards/attestations.js';
import type { StoredBlob } from '../../services/shared/file-store.js';
import type { NominationCheck } from '../../services/awards/nominations.js';
import { actorOf, type DialogContext, type DialogData, type Reply, type StepHandler, type StepResult } from '../port.js';
import { campaignOf } from '../scope.js';

// /denghi's attested criteria, step by step: the head answers with a note, a file (its caption or
// a note typed next being the note), or both; the secretariat looks at what was given (the file
// handed back) and confirms it or sends it back with a reason.

const SKIP = 'skip';
const CONFIRM = 'confirm';
const REFUSE = 'refuse';
const LATER = 'later';

/** The question for an item to tick: a note or a file (a photo only where documents cannot travel). */
export function askAttestation(ctx: DialogContext, data: DialogData): StepResult {
  const files = ctx.envelope.noDocuments ? 'photo' : 'any';
  return { replies: [ctx.t('nomination-ask-attest', { title: String(data.title), files, ...ATTESTATION_NOTE })], ask: { step: 'attestNote', data, acceptsText: true, acceptsFile: true } };
}

/** The item as the secretariat reviews it: what the head gave, the file attached; then the decision. */
export async function askReview(ctx: DialogContext, check: NominationCheck, data: { nominationId: number; itemCode: string; title: string }): Promise<StepResult> {
  const given = check.attestations.get(data.itemCode);
  const lines = [ctx.t('attestation-review', { title: data.title, date: given ? formatDate(given.attestedAt) : '' })];
  if (given?.note) lines.push(ctx.t('attestation-given-note', { note: given.note }));
  if (given?.file) lines.push(ctx.t('attestation-given-file', { name: given.file.name }));
  const campaign = await campaignOf(ctx);
  const file = await ctx.services.nominations.attestationFile(actorOf(ctx), campaign.id, data.nominationId, data.itemCode);
  const detail: Reply = file ? { text: lines.join('\n'), document: file } : { text: lines.join('\n') };
  const options = [
    { value: CONFIRM, label: ctx.t('attestation-option-confirm') },
    { value: REFUSE, label: ctx.t('attestation-option-refuse') },
    { value: LATER, label: ctx.t('attestation-option-later') },
  ];
  return { replies: [detail, ctx.t('attestation-ask-decision')], ask: { step: 'review', data, options } };
}

function noteProblem(ctx: DialogContext, note: string): string | null {
  const { min, max } = ATTESTATION_NOTE;
  return note.length < min || note.length > max ? ctx.t('attestation-note-length', { min, max, length: note.length }) : null;
}

async function record(ctx: DialogContext, data: DialogData, note: string | null): Promise<StepResult> {
  const campaign = await campaignOf(ctx);
  const blob = (data.file as StoredBlob | undefined) ?? null;
  const file = blob ? { blob, channel: ctx.envelope.channel } : null;
  await ctx.services.nominations.attest(actorOf(ctx), campaign.id, Number(data.nominationId), String(data.itemCode), note, file);
  const lines = [ctx.t('nomination-attested', { title: String(data.title) })];
  if (blob) lines.push(ctx.t('attestation-given-file', { name: blob.originalName }));
  lines.push(ctx.t('nomination-attested-follow', { office: campaign.leadOffice }));
  return { replies: [lines.join('\n')] };
}

export const attestSteps: Record<string, StepHandler> = {
  async attestNote(ctx, data, answer) {
    if (answer.kind === 'text') {
      const note = answer.text.trim();
      const problem = noteProblem(ctx, note);
      return problem ? { replies: [problem], retry: true } : record(ctx, data, note);
    }
    if (answer.kind !== 'file') return askAttestation(ctx, data);
    const blob = await ctx.services.files.receive(answer.file, ctx.t('attestation-file-fallback-name'));
    const withFile = { ...data, file: blob };
    const caption = answer.file.caption === undefined ? '' : cleanLines(answer.file.caption);
    const problem = caption === '' ? null : noteProblem(ctx, caption);
    if (caption !== '' && !problem) return record(ctx, withFile, caption);
    return {
      replies: [[ctx.t('attestation-file-received', { name: blob.originalName }), ...(problem ? [problem] : []), ctx.t('attestation-ask-more', ATTESTATION_NOTE)].join('\n')],
      ask: { step: 'attestMore', data: withFile, acceptsText: true, options: [{ value: SKIP, label: ctx.t('attestation-option-no-note') }] },
    };
  },
  async attestMore(ctx, data, answer) {
    if (answer.kind !== 'text') return record(ctx, data, null);
    const note = answer.text.trim();
    const problem = noteProblem(ctx, note);
    return problem ? { replies: [problem], retry: true } : record(ctx, data, note);
  },
  async review(ctx, data, answer) {
    if (answer.kind !== 'option' || answer.value === LATER) return { replies: [ctx.t('attestation-review-later')] };
    const campaign = await campaignOf(ctx);
    if (answer.value === REFUSE) return { replies: [ctx.t('attestation-ask-refusal', REFUSAL_REASON)], ask: { step: 'refuseReason', data, acceptsText: true } };
    await ctx.services.nominations.confirm(actorOf(ctx), campaign.id, Number(data.nominationId), String(data.itemCode));
    return { replies: [ctx.t('nomination-confirmed', { title: String(data.title) })] };
  },
  async refuseReason(ctx, data, answer) {
    const reason = answer.kind === 'text' ? answer.text.trim() : '';
    const { min, max } = REFUSAL_REASON;
    if (reason.length < min || reason.length > max) return { replies: [ctx.t('attestation-refusal-length', { min, max, length: reason.length })], retry: true };
    const campaign = await campaignOf(ctx);
    await ctx.services.nominations.refuse(actorOf(ctx), campaign.id, Number(data.nominationId), String(data.itemCode), reason);
    return { replies: [ctx.t('attestation-refused', { title: String(data.title) })] };
  },
};
