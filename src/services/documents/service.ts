import type { Db } from '../../db/client.js';
import type { Clock } from '../shared/clock.js';
import { RuleError } from '../shared/errors.js';
import type { Actor } from '../campaigns/members.js';
import { campaignForActor } from '../awards/nominee-view.js';
import { baoCaoKetQuaFields } from './build/bao-cao-ket-qua.js';
import { baoCaoThanhTichFields } from './build/bao-cao-thanh-tich.js';
import { bienBanFields } from './build/bien-ban.js';
import { nomineeName } from './build/common.js';
import { quyetDinhFields } from './build/quyet-dinh.js';
import { toTrinhCapTrenFields } from './build/to-trinh-cap-tren.js';
import { toTrinhFields } from './build/to-trinh.js';
import type { NomineeFacts } from './facts.js';
import { fileNameOf } from './format.js';
import { DocumentFacts, type FactSources } from './gather.js';
import { DOCX_MIME, type TemplateFields, type TemplateName, type TemplateStore } from './render.js';
import type { DocumentChoice, DocumentKind, RenderedDocument } from './types.js';
import { may, mayActForUnit } from '../../domain/permissions.js';

// The documents a person may take: a unit's head gets the unit's Tờ trình and each of
// its nominees' Báo cáo thành tích; the secretariat (ADMIN) all; the leader the Quyết định, the
// Tờ trình cấp trên, the Báo cáo kết quả and the Biên bản. render() checks the role again.

const CAMPAIGN_WIDE: ReadonlySet<DocumentKind> = new Set(['bien-ban-hoi-dong', 'quyet-dinh', 'to-trinh-cap-tren', 'bao-cao-ket-qua']);
/** a withdrawn nomination has no paperwork */
const LIVE = { status: { not: 'WITHDRAWN' } } as const;

export class DocumentService {
  private readonly facts: DocumentFacts;

  constructor(
    private readonly db: Db,
    sources: FactSources,
    private readonly templates: TemplateStore,
    private readonly clock: Clock,
  ) {
    this.facts = new DocumentFacts(db, sources);
  }

  async available(actor: Actor, campaignId: number): Promise<DocumentChoice[]> {
    await campaignForActor(this.db, actor, campaignId);
    const choices: DocumentChoice[] = [];
    const nominees = await this.facts.nominees(campaignId, LIVE);
    const mine = nominees.filter((n) => mayActForUnit(actor, 'documents', n.unitId));
    for (const unitId of [...new Set(mine.map((n) => n.unitId))]) {
      const first = mine.find((n) => n.unitId === unitId)!;
      choices.push({ kind: 'to-trinh', unitId, nominationId: null, subject: first.unitName });
      for (const n of mine.filter((x) => x.unitId === unitId)) choices.push({ kind: 'bao-cao-thanh-tich', unitId, nominationId: n.nominationId, subject: nomineeName(n) });
    }
    if (may(actor, 'documents.campaign')) {
      if (await this.facts.hasClosedReview(campaignId)) choices.push(campaignWide('bien-ban-hoi-dong'));
      if (this.decidable(nominees).length > 0) choices.push(campaignWide('quyet-dinh'));
      if (this.higher(nominees).length > 0) choices.push(campaignWide('to-trinh-cap-tren'));
      choices.push(campaignWide('bao-cao-ket-qua'));
    }
    return choices;
  }

  async render(actor: Actor, campaignId: number, choice: DocumentChoice): Promise<RenderedDocument> {
    const { organizationId } = await campaignForActor(this.db, actor, campaignId);
    if (CAMPAIGN_WIDE.has(choice.kind) && !may(actor, 'documents.campaign')) throw new RuleError('document-forbidden');
    const now = this.clock();
    const campaign = await this.facts.campaign(campaignId);
    const done = (template: TemplateName, fields: TemplateFields, ...name: string[]): RenderedDocument => ({
      fileName: fileNameOf(...name),
      bytes: this.templates.render(template, campaign.organizationCode, fields),
      mimeType: DOCX_MIME,
    });

    switch (choice.kind) {
      case 'to-trinh': {
        const unit = choice.unitId === null ? null : await this.facts.unit(organizationId, choice.unitId);
        if (!unit) throw new RuleError('document-unit-unknown');
        if (!mayActForUnit(actor, 'documents', unit.id)) throw new RuleError('document-forbidden');
        const nominees = await this.facts.nominees(campaignId, { ...LIVE, unitId: unit.id });
        if (nominees.length === 0) throw new RuleError('document-no-nominees', { unit: unit.name });
        return done('to-trinh', toTrinhFields({ campaign, unit, head: await this.facts.head(unit.id), nominees, now }), 'to-trinh', unit.name);
      }
      case 'bao-cao-thanh-tich': {
        const [nominee] = choice.nominationId === null ? [] : await this.facts.nominees(campaignId, { ...LIVE, id: choice.nominationId });
        if (!nominee) throw new RuleError('document-nomination-unknown');
        if (!mayActForUnit(actor, 'documents', nominee.unitId)) throw new RuleError('document-forbidden');
        const memberId = nominee.member ? await this.facts.memberIdOf(nominee.nominationId) : null;
        const whose = memberId !== null ? { memberId } : { unitId: nominee.unitId };
        const fields = baoCaoThanhTichFields({
          campaign,
          nominee,
          head: await this.facts.head(nominee.unitId),
          results: await this.facts.unitResults(campaignId, nominee.unitId),
          initiatives: await this.facts.initiatives(campaignId, whose),
          violations: await this.facts.violations(campaignId, whose),
          now,
        });
        const template = nominee.member ? 'bao-cao-thanh-tich-ca-nhan' : 'bao-cao-thanh-tich-tap-the';
        return done(template, fields, 'bao-cao-thanh-tich', nomineeName(nominee));
      }
      case 'bien-ban-hoi-dong': {
        const review = await this.facts.review(campaignId, organizationId);
        if (!review) throw new RuleError('document-no-review');
        return done('bien-ban-hoi-dong', bienBanFields({ campaign, review, now }), 'bien-ban-hoi-dong', campaign.code);
      }
      case 'quyet-dinh': {
        const nominees = this.decidable(await this.facts.nominees(campaignId, LIVE));
        if (nominees.length === 0) throw new RuleError('document-nothing-to-decide');
        const fields = quyetDinhFields({ campaign, nominees, reviewClosedAt: await this.facts.lastReviewClosedAt(campaignId), now });
        return done('quyet-dinh', fields, 'quyet-dinh', campaign.code);
      }
      case 'to-trinh-cap-tren': {
        const nominees = this.higher(await this.facts.nominees(campaignId, LIVE));
        if (nominees.length === 0) throw new RuleError('document-nothing-higher');
        const fields = toTrinhCapTrenFields({ campaign, nominees, reviewClosedAt: await this.facts.lastReviewClosedAt(campaignId), now });
        return done('to-trinh-cap-tren', fields, 'to-trinh-cap-tren', campaign.code);
      }
      case 'bao-cao-ket-qua': {
        const results = await this.facts.campaignResults(campaignId);
        const fields = baoCaoKetQuaFields({ campaign, ...results, awards: await this.facts.awards(campaignId), now });
        return done('bao-cao-ket-qua', fields, 'bao-cao-ket-qua', campaign.code);
      }
    }
  }

  /**
   * Who the Quyết định lists: the local awards the council passed and the leader has not yet
   * decided (a draft, number blank); once all are decided, those of the latest decision on record.
   */
  private decidable(nominees: readonly NomineeFacts[]): NomineeFacts[] {
    const local = nominees.filter((n) => n.decidedBy === 'LOCAL');
    const waiting = local.filter((n) => n.status === 'PASSED');
    if (waiting.length > 0) return waiting;
    const decided = local.filter((n) => n.status === 'APPROVED' && n.decisionNumber !== null);
    const latest = decided.reduce<NomineeFacts | null>((a, n) => (a === null || (n.decisionDate?.getTime() ?? 0) > (a.decisionDate?.getTime() ?? 0) ? n : a), null);
    return latest ? decided.filter((n) => n.decisionNumber === latest.decisionNumber) : [];
  }

  /** Higher forms the council passed, not yet answered by the higher level. */
  private higher(nominees: readonly NomineeFacts[]): NomineeFacts[] {
    return nominees.filter((n) => n.decidedBy === 'HIGHER' && ((n.status === 'PASSED' && n.proposalStatus === null) || n.proposalStatus === 'SUBMITTED'));
  }
}

function campaignWide(kind: DocumentKind): DocumentChoice {
  return { kind, unitId: null, nominationId: null, subject: null };
}
