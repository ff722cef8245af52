import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { nfc } from '../../domain/text.js';
import { programFile } from '../../paths.js';
import { RuleError } from '../shared/errors.js';
import { BLANK } from './format.js';

// Templates and rendering (docs/templates.md). A document comes from a Word file: the one shipped in
// templates/, or an organization's own edited copy in DOCUMENT_TEMPLATE_DIR, looked up as
// <dir>/<organization code>/<name>.docx, then <dir>/<name>.docx (one commune per install). Paths
// are built from the fixed template names and the organization's code only, never from chat text.

export const TEMPLATE_NAMES = [
  'to-trinh',
  'bao-cao-thanh-tich-tap-the',
  'bao-cao-thanh-tich-ca-nhan',
  'bien-ban-hoi-dong',
  'quyet-dinh',
  'to-trinh-cap-tren',
  'bao-cao-ket-qua',
] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** an organization code usable as a folder name (campaign files use such codes: "kim-phuong") */
const SAFE_CODE = /^[a-z0-9][a-z0-9_-]{0,63}$/i;

export interface LocatedTemplate {
  path: string;
  /** how the template is named in messages: "templates/to-trinh.docx", "kim-phuong/to-trinh.docx" */
  label: string;
}

export type TemplateFields = Record<string, unknown>;

/** Every string NFC: names typed on a phone may arrive decomposed, and Word shows those badly. */
function normalise(value: unknown): unknown {
  if (typeof value === 'string') return nfc(value);
  if (Array.isArray(value)) return value.map(normalise);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalise(v)]));
  return value;
}

/** The first faulty tag a docxtemplater error names ("{#de_nghi" unclosed → "de_nghi"). */
function faultOf(error: unknown): string {
  const props = (error as { properties?: { errors?: Array<{ properties?: { xtag?: string; id?: string } }>; xtag?: string; id?: string } }).properties;
  const first = props?.errors?.[0]?.properties ?? props;
  return first?.xtag ?? first?.id ?? '?';
}

export class TemplateStore {
  constructor(
    /** DOCUMENT_TEMPLATE_DIR, or null: the shipped templates only */
    private readonly customDir: string | null,
    private readonly shippedDir: string = programFile('templates'),
  ) {}

  locate(name: TemplateName, organizationCode: string): LocatedTemplate {
    const file = `${name}.docx`;
    if (this.customDir) {
      const own = SAFE_CODE.test(organizationCode) ? join(this.customDir, organizationCode, file) : null;
      if (own && existsSync(own)) return { path: own, label: `${organizationCode}/${file}` };
      const flat = join(this.customDir, file);
      if (existsSync(flat)) return { path: flat, label: file };
    }
    return { path: join(this.shippedDir, file), label: `templates/${file}` };
  }

  /**
   * Fills the template. A value given as null or undefined becomes the visible blank "……"; a tag
   * the document does not know (a typo made in Word), or a broken tag, is refused naming the
   * template and the field, so the office can fix its copy.
   */
  render(name: TemplateName, organizationCode: string, fields: TemplateFields): Uint8Array {
    const template = this.locate(name, organizationCode);
    let zip: PizZip;
    try {
      zip = new PizZip(readFileSync(template.path));
    } catch {
      throw new RuleError('document-template-unreadable', { template: template.label });
    }
    const unknown: string[] = [];
    let doc: Docxtemplater;
    try {
      doc = new Docxtemplater(zip, {
        paragraphLoop: true,
        // refusals are reported as RuleErrors; the library would also print them
        errorLogging: false,
        linebreaks: true,
        nullGetter: (part, scope) => {
          const known = scope.scopeList.some((s: unknown) => s !== null && typeof s === 'object' && Object.hasOwn(s, part.value));
          if (!known) unknown.push(part.value);
          return part.module ? '' : BLANK;
        },
      });
    } catch (error) {
      throw new RuleError('document-template-broken', { template: template.label, field: faultOf(error) });
    }
    try {
      doc.render(normalise(fields) as TemplateFields);
    } catch (error) {
      throw new RuleError('document-template-broken', { template: template.label, field: faultOf(error) });
    }
    if (unknown.length > 0) throw new RuleError('document-template-field-unknown', { template: template.label, field: unknown[0]! });
    return doc.getZip().generate({ type: 'uint8array', compression: 'DEFLATE' });
  }
}
