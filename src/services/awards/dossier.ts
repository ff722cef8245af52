import type { Db } from '../../db/client.js';
import { formatDate } from '../../domain/dates.js';
import type { Channel, NomineeKind } from '../../generated/prisma/client.js';
import { audit } from '../shared/audit.js';
import type { Clock } from '../shared/clock.js';
import { RuleError } from '../shared/errors.js';
import type { FileStore, StoredBlob } from '../shared/file-store.js';
import type { Actor } from '../campaigns/members.js';
import { loadNominees } from './nominee-view.js';
import { STANDING } from './nominee-view.js';
import { mayActForOwnUnit, mayActForUnit } from '../../domain/permissions.js';

/** A standing nomination that owes its own document of a per-nominee kind (Báo cáo thành tích). */
export interface DossierNominee {
  nominationId: number;
  kind: NomineeKind;
  unitName: string;
  /** the person, for an individual */
  memberName: string | null;
}

export interface ChecklistItem {
  kindId: number;
  code: string;
  title: string;
  required: boolean;
  /** one document per nominee (collective and each individual) rather than one per unit */
  perNominee: boolean;
  /** whose document this item is, for a per-nominee kind; null there when the unit has nominated nobody yet */
  nominee: DossierNominee | null;
  /** the latest document of this kind (and nominee), if any */
  document: { id: number; name: string; uploadedAt: Date; uploadedBy: string; confirmed: boolean } | null;
}

/** What one nomination's dossier still owes: see DossierService.dossierFor. */
export interface NominationDossier {
  required: number;
  complete: boolean;
  missing: Array<{ code: string; title: string; unconfirmed: boolean }>;
}

/**
 * Whether an item is done: filed and, for a per-nominee report, confirmed by the unit's head
 * ("có xác nhận của thủ trưởng đơn vị trình khen", An Hải III.4). A per-nominee kind with nobody
 * nominated yet is not an item anyone can file, so it is neither done nor owed.
 */
export function itemDone(item: ChecklistItem): boolean {
  return item.document !== null && (!item.perNominee || item.document.confirmed);
}

/** Items the unit must file and has not (a per-nominee placeholder with no nominee is not owed). */
export function itemsOwed(items: readonly ChecklistItem[]): ChecklistItem[] {
  return items.filter((i) => i.required && !itemDone(i) && !(i.perNominee && i.nominee === null));
}

type Kind = { id: number; code: string; title: string; required: boolean; perNominee: boolean };
type Doc = { id: number; kindId: number; unitId: number; nominationId: number | null; uploadedAt: Date; uploadedById: number; evidence: { originalName: string } };
type Uploader = { fullName: string; unitId: number | null; head: boolean };

/**
 * The award dossier of a unit, as the campaign lists it: documents of the unit's submission
 * (Tờ trình with its list, Biên bản) once, and per-nominee ones (Báo cáo thành tích) once for each
 * standing nomination of the unit: 01 collective and 04 individuals owe five reports.
 */
export class DossierService {
  constructor(
    private readonly db: Db,
    private readonly files: FileStore,
    private readonly clock: Clock,
  ) {}

  async checklist(campaignId: number, unitId: number): Promise<ChecklistItem[]> {
    const data = await this.load(campaignId, { unitId });
    return this.items(
      data,
      unitId,
      data.nominees.filter((n) => n.unitId === unitId),
    );
  }

  /** Units that have everything required in, per nominee where the kind is per nominee. */
  async completeUnits(campaignId: number): Promise<Set<number>> {
    const data = await this.load(campaignId, {});
    const units = new Set(data.docs.map((d) => d.unitId));
    return new Set(
      [...units].filter(
        (unitId) =>
          itemsOwed(
            this.items(
              data,
              unitId,
              data.nominees.filter((n) => n.unitId === unitId),
            ),
          ).length === 0,
      ),
    );
  }

  /**
   * One nomination's dossier: its unit's per-submission documents and its own per-nominee ones.
   * `required` counts them; `missing` names what is still owed (a per-nominee report filed but not
   * yet confirmed by the head counts as missing, with `unconfirmed`). Eligibility's "hồ sơ đầy đủ"
   * reads this. Before the nomination is saved (`{ unitId }`), its own reports cannot be filed yet:
   * they are owed.
   */
  async dossierFor(campaignId: number, nomination: number | { unitId: number }): Promise<NominationDossier> {
    let unitId: number;
    let nominees: DossierNominee[];
    if (typeof nomination === 'number') {
      const row = await this.db.nomination.findFirst({ where: { id: nomination, campaignId }, select: { unitId: true } });
      if (!row) throw new RuleError('nomination-gone');
      unitId = row.unitId;
      nominees = await loadNominees(this.db, campaignId, { id: nomination });
    } else {
      unitId = nomination.unitId;
      // No nomination has id 0: a placeholder for the nominee about to be saved, with nothing filed.
      nominees = [{ nominationId: 0, kind: 'COLLECTIVE', unitName: '', memberName: null }];
    }
    const data = await this.load(campaignId, { unitId });
    const items = this.items(data, unitId, nominees).filter((i) => i.required);
    const owed = itemsOwed(items);
    return { required: items.length, complete: owed.length === 0, missing: owed.map((i) => ({ code: i.code, title: i.title, unconfirmed: i.document !== null })) };
  }

  private async load(campaignId: number, where: { unitId?: number }) {
    const [kinds, nominees, docs] = await Promise.all([
      this.db.dossierDocKind.findMany({ where: { campaignId }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] }),
      loadNominees(this.db, campaignId, { ...where, status: { in: STANDING } }),
      this.db.dossierDocument.findMany({
        where: { campaignId, ...where },
        orderBy: [{ uploadedAt: 'desc' }, { id: 'desc' }],
        include: { evidence: { select: { originalName: true } } },
      }),
    ]);
    const members = await this.db.member.findMany({
      where: { id: { in: [...new Set(docs.map((d) => d.uploadedById))] } },
      select: { id: true, fullName: true, unitId: true, roles: { where: { role: 'HEAD' }, select: { role: true } } },
    });
    const uploaders = new Map<number, Uploader>(members.map((m) => [m.id, { fullName: m.fullName, unitId: m.unitId, head: m.roles.length > 0 }]));
    return { kinds: kinds as Kind[], nominees, docs: docs as Doc[], uploaders };
  }

  private items(data: { kinds: Kind[]; docs: Doc[]; uploaders: Map<number, Uploader> }, unitId: number, nominees: readonly DossierNominee[]): ChecklistItem[] {
    const latest = (kindId: number, nominationId: number | null): ChecklistItem['document'] => {
      const doc = data.docs.find((d) => d.kindId === kindId && d.unitId === unitId && d.nominationId === nominationId);
      if (!doc) return null;
      const by = data.uploaders.get(doc.uploadedById);
      // The head confirms by filing it (or by confirming what the secretariat filed): see confirm().
      return { id: doc.id, name: doc.evidence.originalName, uploadedAt: doc.uploadedAt, uploadedBy: by?.fullName ?? '', confirmed: by?.head === true && by.unitId === unitId };
    };
    return data.kinds.flatMap((k): ChecklistItem[] => {
      const base = { kindId: k.id, code: k.code, title: k.title, required: k.required, perNominee: k.perNominee };
      if (!k.perNominee) return [{ ...base, nominee: null, document: latest(k.id, null) }];
      if (nominees.length === 0) return [{ ...base, nominee: null, document: null }];
      return nominees.map((n) => ({
        ...base,
        nominee: { nominationId: n.nominationId, kind: n.kind, unitName: n.unitName, memberName: n.memberName },
        document: latest(k.id, n.nominationId),
      }));
    });
  }

  /**
   * Files a document under its kind. Sending the very file already filed there is recognised and
   * refused, so the dossier never lists one document twice.
   */
  async submit(input: {
    actor: Actor;
    campaignId: number;
    unitId: number;
    kindId: number;
    nominationId?: number | null;
    blob: StoredBlob;
    channel: Channel;
  }): Promise<{ documentId: number }> {
    if (!mayActForUnit(input.actor, 'dossier', input.unitId)) throw new RuleError('dossier-forbidden-unit');
    return this.db.$transaction(async (tx) => {
      const kind = await tx.dossierDocKind.findFirst({ where: { id: input.kindId, campaignId: input.campaignId } });
      if (!kind) throw new RuleError('dossier-kind-gone');
      const nominationId = kind.perNominee ? (input.nominationId ?? null) : null;
      if (kind.perNominee) {
        const standing =
          nominationId === null
            ? null
            : await tx.nomination.findFirst({ where: { id: nominationId, campaignId: input.campaignId, unitId: input.unitId, status: { in: STANDING } } });
        if (!standing) throw new RuleError('dossier-nominee-gone');
      }
      const same = await tx.dossierDocument.findFirst({
        where: { campaignId: input.campaignId, unitId: input.unitId, kindId: kind.id, nominationId, evidence: { sha256: input.blob.sha256 } },
        orderBy: { uploadedAt: 'desc' },
      });
      if (same) throw new RuleError('file-duplicate', { date: formatDate(same.uploadedAt) });
      const evidence = await tx.evidence.create({
        data: {
          campaignId: input.campaignId,
          unitId: input.unitId,
          memberId: input.actor.memberId,
          originalName: input.blob.originalName,
          mime: input.blob.mime,
          size: input.blob.size,
          sha256: input.blob.sha256,
          storageKey: input.blob.storageKey,
          sourceChannel: input.channel,
          createdAt: this.clock(),
        },
      });
      const doc = await tx.dossierDocument.create({
        data: {
          campaignId: input.campaignId,
          unitId: input.unitId,
          kindId: kind.id,
          nominationId,
          evidenceId: evidence.id,
          uploadedById: input.actor.memberId,
          uploadedAt: this.clock(),
        },
      });
      await audit(tx, {
        actorId: input.actor.memberId,
        action: 'dossier.submit',
        entity: 'DossierDocument',
        entityId: doc.id,
        details: { kind: kind.code, nominationId, sha256: input.blob.sha256 },
      });
      return { documentId: doc.id };
    });
  }

  /**
   * The head confirms a per-nominee report someone else (the secretariat) filed. The confirmation
   * is the head filing that same file: a new entry with the head as uploader, so the history shows
   * who filed it and who confirmed it, and the latest entry is the confirmed one.
   */
  async confirm(actor: Actor, campaignId: number, documentId: number): Promise<void> {
    const doc = await this.db.dossierDocument.findFirst({ where: { id: documentId, campaignId }, include: { kind: true } });
    if (!doc) throw new RuleError('dossier-document-gone');
    if (!mayActForOwnUnit(actor, 'dossier.confirm-own-unit', doc.unitId)) throw new RuleError('dossier-confirm-head-only');
    const items = await this.checklist(campaignId, doc.unitId);
    const item = items.find((i) => i.document?.id === doc.id);
    // Only the latest file of a per-nominee item needs it; an older version is not the one on file.
    if (!item?.perNominee) throw new RuleError('dossier-document-gone');
    if (item.document?.confirmed) throw new RuleError('dossier-already-confirmed', { name: item.document.name });
    await this.db.$transaction(async (tx) => {
      const copy = await tx.dossierDocument.create({
        data: {
          campaignId,
          unitId: doc.unitId,
          kindId: doc.kindId,
          nominationId: doc.nominationId,
          evidenceId: doc.evidenceId,
          uploadedById: actor.memberId,
          uploadedAt: this.clock(),
        },
      });
      await audit(tx, {
        actorId: actor.memberId,
        action: 'dossier.confirm',
        entity: 'DossierDocument',
        entityId: copy.id,
        details: { confirms: doc.id, kind: doc.kind.code, nominationId: doc.nominationId },
      });
    });
  }

  /** A filed document handed back to someone allowed to see it. */
  async fetch(actor: Actor, campaignId: number, documentId: number): Promise<{ name: string; mime: string; bytes: Uint8Array }> {
    const doc = await this.db.dossierDocument.findFirst({ where: { id: documentId, campaignId }, include: { evidence: true } });
    if (!doc) throw new RuleError('dossier-document-gone');
    if (!mayActForUnit(actor, 'dossier', doc.unitId)) throw new RuleError('dossier-forbidden-unit');
    return { name: doc.evidence.originalName, mime: doc.evidence.mime, bytes: await this.files.read(doc.evidence.storageKey) };
  }
}
