import type { Db } from '../db/client.js';
import { formatDate } from '../domain/dates.js';
import type { Channel } from '../generated/prisma/client.js';
import { audit } from './audit.js';
import type { Clock } from './clock.js';
import { RuleError } from './errors.js';
import type { FileStore, StoredBlob } from './file-store.js';
import type { Actor } from './members.js';

export interface ChecklistItem {
  kindId: number;
  title: string;
  required: boolean;
  /** the latest document of this kind, if any */
  document: { id: number; name: string; uploadedAt: Date; uploadedBy: string } | null;
}

/** The head manages their unit's dossier; the secretariat every unit's. */
export function mayManageDossier(actor: Actor, unitId: number): boolean {
  return actor.roles.includes('ADMIN') || (actor.roles.includes('HEAD') && actor.unit?.id === unitId);
}

/** The award dossier of a unit: Tờ trình, Biên bản họp, Báo cáo thành tích… as the campaign lists them. */
export class DossierService {
  constructor(
    private readonly db: Db,
    private readonly files: FileStore,
    private readonly clock: Clock,
  ) {}

  async checklist(campaignId: number, unitId: number): Promise<ChecklistItem[]> {
    const kinds = await this.db.dossierDocKind.findMany({
      where: { campaignId },
      orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
      include: {
        documents: {
          where: { unitId },
          orderBy: [{ uploadedAt: 'desc' }, { id: 'desc' }],
          take: 1,
          include: { evidence: { include: { member: true } } },
        },
      },
    });
    return kinds.map((k) => {
      const doc = k.documents[0];
      return {
        kindId: k.id,
        title: k.title,
        required: k.required,
        document: doc ? { id: doc.id, name: doc.evidence.originalName, uploadedAt: doc.uploadedAt, uploadedBy: doc.evidence.member.fullName } : null,
      };
    });
  }

  /** Units that have filed a document of every required kind. */
  async completeUnits(campaignId: number): Promise<Set<number>> {
    const [required, filed] = await Promise.all([
      this.db.dossierDocKind.count({ where: { campaignId, required: true } }),
      this.db.dossierDocument.findMany({ where: { campaignId, kind: { required: true } }, distinct: ['unitId', 'kindId'], select: { unitId: true } }),
    ]);
    const kindsFiled = new Map<number, number>();
    for (const { unitId } of filed) kindsFiled.set(unitId, (kindsFiled.get(unitId) ?? 0) + 1);
    return new Set([...kindsFiled].filter(([, count]) => count >= required).map(([unitId]) => unitId));
  }

  /**
   * Files a document under its kind. Sending the very file already filed there is recognised and
   * refused, so the dossier never lists one document twice.
   */
  async submit(input: { actor: Actor; campaignId: number; unitId: number; kindId: number; blob: StoredBlob; channel: Channel }): Promise<{ documentId: number }> {
    if (!mayManageDossier(input.actor, input.unitId)) throw new RuleError('dossier-forbidden-unit');
    return this.db.$transaction(async (tx) => {
      const kind = await tx.dossierDocKind.findFirst({ where: { id: input.kindId, campaignId: input.campaignId } });
      if (!kind) throw new RuleError('dossier-kind-gone');
      const same = await tx.dossierDocument.findFirst({
        where: { campaignId: input.campaignId, unitId: input.unitId, kindId: kind.id, evidence: { sha256: input.blob.sha256 } },
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
          evidenceId: evidence.id,
          uploadedById: input.actor.memberId,
          uploadedAt: this.clock(),
        },
      });
      await audit(tx, { actorId: input.actor.memberId, action: 'dossier.submit', entity: 'DossierDocument', entityId: doc.id, details: { kind: kind.code, sha256: input.blob.sha256 } });
      return { documentId: doc.id };
    });
  }

  /** A filed document handed back to someone allowed to see it. */
  async fetch(actor: Actor, campaignId: number, documentId: number): Promise<{ name: string; mime: string; bytes: Uint8Array }> {
    const doc = await this.db.dossierDocument.findFirst({ where: { id: documentId, campaignId }, include: { evidence: true } });
    if (!doc) throw new RuleError('dossier-document-gone');
    if (!mayManageDossier(actor, doc.unitId)) throw new RuleError('dossier-forbidden-unit');
    return { name: doc.evidence.originalName, mime: doc.evidence.mime, bytes: await this.files.read(doc.evidence.storageKey) };
  }
}
