import { formatDate } from '../../domain/dates.js';
import { cleanLines } from '../../domain/text.js';
import { ATTESTATION_NOTE, REFUSAL_REASON } from '../../services/awards/attestations.js';
import type { NominationCheck } from '../../services/awards/nominations.js';
import type { StoredBlob } from '../../services/shared/file-store.js';
import { actorOf, type DialogContext, type Reply, type StepHandler, type StepResult } from '../port.js';
import { campaignOf } from '../scope.js';
import { z } from 'zod';
import { textOfLength } from '../answers.js';
import { step, storedBlob } from '../state.js';

// /denghi's attested criteria, step by step: the head answers with a note, a file (its caption or
// a note typed next being the note), or both; the secretariat looks at what was given (the file
// handed back) and confirms it or sends it back with a reason.

const SKIP = 'skip';
const CONFIRM = 'confirm';
const REFUSE = 'refuse';
const LATER = 'later';

/** The attested criterion of a nomination being ticked or reviewed. */
const ATTESTING = z.object({ nominationId: z.number(), itemCode: z.string(), title: z.string() });
type Attesting = z.infer<typeof ATTESTING>;
/** With the file the head sent, while a note may follow. */
const FILE_GIVEN = ATTESTING.extend({ file: storedBlob });

/** The question for an item to tick: a note or a file (a photo only where documents cannot travel). */
export function askAttestation(ctx: DialogContext, data: Attesting): StepResult {
  const files = ctx.envelope.capabilities.documents ? 'any' : 'photo';
  return { replies: [ctx.t('nomination-ask-attest', { title: data.title, files, ...ATTESTATION_NOTE })], ask: { step: 'attestNote', data, acceptsText: true, acceptsFile: true } };
}

/** The item as the secretariat reviews it: what the head gave, the file attached; then the decision. */
export async function askReview(ctx: DialogContext, check: NominationCheck, data: Attesting): Promise<StepResult> {
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

async function record(ctx: DialogContext, data: Attesting & { file?: StoredBlob }, note: string | null): Promise<StepResult> {
  const campaign = await campaignOf(ctx);
  const blob = data.file ?? null;
  const file = blob ? { blob, channel: ctx.envelope.channel } : null;
  await ctx.services.nominations.attest(actorOf(ctx), campaign.id, data.nominationId, data.itemCode, note, file);
  const lines = [ctx.t('nomination-attested', { title: data.title })];
  if (blob) lines.push(ctx.t('attestation-given-file', { name: blob.originalName }));
  lines.push(ctx.t('nomination-attested-follow', { office: campaign.leadOffice }));
  return { replies: [lines.join('\n')] };
}

export const attestSteps: Record<'attestNote' | 'attestMore' | 'review' | 'refuseReason', StepHandler> = {
  attestNote: step(ATTESTING, async (ctx, data, answer) => {
    if (answer.kind === 'text') {
      const note = textOfLength(ctx, answer, ATTESTATION_NOTE, 'attestation-note-length');
      return 'retry' in note ? note.retry : record(ctx, data, note.value);
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
  }),
  attestMore: step(FILE_GIVEN, async (ctx, data, answer) => {
    if (answer.kind !== 'text') return record(ctx, data, null);
    const note = textOfLength(ctx, answer, ATTESTATION_NOTE, 'attestation-note-length');
    return 'retry' in note ? note.retry : record(ctx, data, note.value);
  }),
  review: step(ATTESTING, async (ctx, data, answer) => {
    if (answer.kind !== 'option' || answer.value === LATER) return { replies: [ctx.t('attestation-review-later')] };
    const campaign = await campaignOf(ctx);
    if (answer.value === REFUSE) return { replies: [ctx.t('attestation-ask-refusal', REFUSAL_REASON)], ask: { step: 'refuseReason', data, acceptsText: true } };
    await ctx.services.nominations.confirm(actorOf(ctx), campaign.id, data.nominationId, data.itemCode);
    return { replies: [ctx.t('nomination-confirmed', { title: data.title })] };
  }),
  refuseReason: step(ATTESTING, async (ctx, data, answer) => {
    const reason = textOfLength(ctx, answer, REFUSAL_REASON, 'attestation-refusal-length');
    if ('retry' in reason) return reason.retry;
    const campaign = await campaignOf(ctx);
    await ctx.services.nominations.refuse(actorOf(ctx), campaign.id, data.nominationId, data.itemCode, reason.value);
    return { replies: [ctx.t('attestation-refused', { title: data.title })] };
  }),
};
