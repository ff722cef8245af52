import type { Db } from '../../db/client.js';
import { checklistFor, itemsOf, type AwardRules } from '../../domain/eligibility.js';
import { cleanLines } from '../../domain/text.js';
import type { Channel } from '../../generated/prisma/client.js';
import { audit } from '../shared/audit.js';
import type { Clock } from '../shared/clock.js';
import { RuleError } from '../shared/errors.js';
import type { StoredBlob } from '../shared/file-store.js';
import type { Actor } from '../campaigns/members.js';
import type { Nominee } from './nominee-view.js';
import { may } from '../../domain/permissions.js';

// The attested items of a nomination's checklist: the head ticks an item with a note, a file, or
// both; while it is not confirmed the head may take it back and the secretariat may confirm it or
// send it back with a reason the head reads on the checklist.

export const ATTESTATION_NOTE = { min: 5, max: 1000 } as const;
export const REFUSAL_REASON = { min: 5, max: 1000 } as const;

/** What the head gave for one item, and what became of it. */
export interface AttestationView {
  note: string | null;
  file: { evidenceId: number; name: string } | null;
  attestedAt: Date;
  confirmed: boolean;
}

/** The secretariat's last refusal of an item not ticked again since. */
export interface Refusal {
  reason: string;
  at: Date;
}

type NominationRow = { id: number; status: string; nomineeKind: Nominee['kind']; awardForm: string; unitId: number };

export function asRules(json: unknown): AwardRules | null {
  return json !== null && typeof json === 'object' && Array.isArray((json as AwardRules).checklists) ? (json as AwardRules) : null;
}

/** The attested item of the nomination's checklist with this code; refused when there is none. */
async function attestedItem(db: Db, campaignId: number, n: NominationRow, itemCode: string) {
  const row = await db.campaign.findUniqueOrThrow({ where: { id: campaignId }, select: { awardRules: true } });
  const item = itemsOf(checklistFor(asRules(row.awardRules), n.nomineeKind, n.awardForm).rule).find((i) => i.code === itemCode && i.check === 'attested');
  if (!item) throw new RuleError('attestation-item-unknown', { code: itemCode });
  return item;
}

/** A note as kept: cleaned, and within its limits; null when none was given. */
export function attestationNote(raw: string | null): string | null {
  if (raw === null) return null;
  const text = cleanLines(raw);
  const { min, max } = ATTESTATION_NOTE;
  if (text.length < min || text.length > max) throw new RuleError('attestation-note-length', { min, max, length: text.length });
  return text;
}

/**
 * The head (or the secretariat) states an attested item is met, with a note saying how, a file
 * (stored as the unit's evidence), or both. Only a draft is attested; stating it again replaces
 * what was given and asks for confirmation again.
 */
export async function attest(
  db: Db,
  clock: Clock,
  actor: Actor,
  campaignId: number,
  n: NominationRow,
  itemCode: string,
  given: { note: string | null; file?: { blob: StoredBlob; channel: Channel } | null },
): Promise<void> {
  if (n.status !== 'DRAFT') throw new RuleError('nomination-not-draft', { status: n.status });
  await attestedItem(db, campaignId, n, itemCode);
  const note = attestationNote(given.note);
  const file = given.file ?? null;
  if (note === null && file === null) throw new RuleError('attestation-nothing-given');
  await db.$transaction(async (tx) => {
    const evidence = file
      ? await tx.evidence.create({
          data: {
            campaignId,
            unitId: n.unitId,
            memberId: actor.memberId,
            originalName: file.blob.originalName,
            mime: file.blob.mime,
            size: file.blob.size,
            sha256: file.blob.sha256,
            storageKey: file.blob.storageKey,
            sourceChannel: file.channel,
            createdAt: clock(),
          },
        })
      : null;
    // Ticking again clears an earlier refusal: the head has answered it.
    const data = {
      attestedById: actor.memberId,
      attestedAt: clock(),
      note,
      evidenceId: evidence?.id ?? null,
      confirmedById: null,
      confirmedAt: null,
      refusedById: null,
      refusedAt: null,
      refusalReason: null,
    };
    await tx.attestation.upsert({ where: { nominationId_itemCode: { nominationId: n.id, itemCode } }, create: { nominationId: n.id, itemCode, ...data }, update: data });
    await audit(tx, { actorId: actor.memberId, action: 'attestation.attest', entity: 'Nomination', entityId: n.id, details: { itemCode, evidenceId: evidence?.id ?? null } });
  });
}

/** The head takes back a tick the secretariat has not confirmed yet. */
export async function withdrawAttestation(db: Db, actor: Actor, n: NominationRow, itemCode: string): Promise<void> {
  if (n.status !== 'DRAFT') throw new RuleError('nomination-not-draft', { status: n.status });
  await db.$transaction(async (tx) => {
    const gone = await tx.attestation.deleteMany({ where: { nominationId: n.id, itemCode, confirmedAt: null, refusedAt: null } });
    if (gone.count === 0) throw new RuleError('attestation-nothing-to-withdraw');
    await audit(tx, { actorId: actor.memberId, action: 'attestation.withdraw', entity: 'Nomination', entityId: n.id, details: { itemCode } });
  });
}

/** The secretariat confirms what the head attested. */
export async function confirmAttestation(db: Db, clock: Clock, actor: Actor, campaignId: number, n: NominationRow, itemCode: string): Promise<void> {
  if (!may(actor, 'attestation.confirm')) throw new RuleError('attestation-confirm-forbidden');
  await attestedItem(db, campaignId, n, itemCode);
  await db.$transaction(async (tx) => {
    const moved = await tx.attestation.updateMany({
      where: { nominationId: n.id, itemCode, confirmedAt: null, refusedAt: null },
      data: { confirmedById: actor.memberId, confirmedAt: clock() },
    });
    if (moved.count === 0) throw new RuleError('attestation-nothing-to-confirm');
    await audit(tx, { actorId: actor.memberId, action: 'attestation.confirm', entity: 'Nomination', entityId: n.id, details: { itemCode } });
  });
}

/**
 * The secretariat sends a tick back: the item is unmet again, and the reason stays on the row for
 * the head to read until they tick it again.
 */
export async function refuseAttestation(db: Db, clock: Clock, actor: Actor, campaignId: number, n: NominationRow, itemCode: string, rawReason: string): Promise<void> {
  if (!may(actor, 'attestation.confirm')) throw new RuleError('attestation-confirm-forbidden');
  await attestedItem(db, campaignId, n, itemCode);
  const reason = cleanLines(rawReason);
  const { min, max } = REFUSAL_REASON;
  if (reason.length < min || reason.length > max) throw new RuleError('attestation-refusal-length', { min, max, length: reason.length });
  await db.$transaction(async (tx) => {
    const sent = await tx.attestation.updateMany({
      where: { nominationId: n.id, itemCode, confirmedAt: null, refusedAt: null },
      data: { refusedById: actor.memberId, refusedAt: clock(), refusalReason: reason },
    });
    if (sent.count === 0) throw new RuleError('attestation-nothing-to-confirm');
    await audit(tx, { actorId: actor.memberId, action: 'attestation.refuse', entity: 'Nomination', entityId: n.id, details: { itemCode, reason } });
  });
}

/** What was given for each ticked item of a nomination, and the standing refusals of the others. */
export async function attestationsOf(db: Db, nominationId: number): Promise<{ given: Map<string, AttestationView>; refusals: Map<string, Refusal> }> {
  const rows = await db.attestation.findMany({ where: { nominationId } });
  const ids = rows.map((r) => r.evidenceId).filter((id): id is number => id !== null);
  const files = ids.length === 0 ? [] : await db.evidence.findMany({ where: { id: { in: ids } }, select: { id: true, originalName: true } });
  const given = new Map<string, AttestationView>();
  const refusals = new Map<string, Refusal>();
  for (const r of rows) {
    if (r.refusedAt !== null) {
      refusals.set(r.itemCode, { reason: r.refusalReason ?? '', at: r.refusedAt });
      continue;
    }
    const file = files.find((f) => f.id === r.evidenceId);
    given.set(r.itemCode, { note: r.note, file: file ? { evidenceId: file.id, name: file.originalName } : null, attestedAt: r.attestedAt, confirmed: r.confirmedAt !== null });
  }
  return { given, refusals };
}
