import { acceptedType, displayName, extensionOf, MAX_FILE_BYTES } from '../domain/file-types.js';
import { PlanReadError } from './errors.js';
import type { PlanBlock, PlanText } from './plan-text.js';

export { PlanReadError, type PlanReadReason } from './errors.js';

/**
 * Reads a plan the secretariat sent (Word, PDF with text, OpenDocument, plain text or Markdown)
 * into blocks in reading order. The type is decided from the bytes, as for evidence and dossiers;
 * the name and the announced type only tell plain text and old Word files apart. Every refusal is a
 * PlanReadError with a message key; the readers' libraries are loaded on the first plan.
 */
export async function readPlan(bytes: Uint8Array, name: string | null, mime: string | null): Promise<PlanText> {
  const shownName = displayName(name, 'plan');
  if (bytes.byteLength > MAX_FILE_BYTES) throw new PlanReadError('plan-read-too-big', { maxMb: Math.round(MAX_FILE_BYTES / 1024 / 1024) });
  if (bytes.byteLength === 0) throw new PlanReadError('plan-read-empty', { name: shownName });
  const { fileTypeFromBuffer } = await import('file-type');
  const sniffed = (await fileTypeFromBuffer(bytes))?.ext;
  // A damaged Word or OpenDocument file is only a zip to the sniffer; its reader says what is wrong.
  const damaged = sniffed === 'zip' && ['docx', 'odt'].includes(extensionOf(name)) ? extensionOf(name) : undefined;
  const type = acceptedType(sniffed, name)?.ext ?? damaged;
  const read = async (): Promise<PlanText> => {
    switch (type) {
      case 'docx':
        return { format: 'docx', blocks: await (await import('./readers/docx.js')).readDocx(bytes) };
      case 'odt':
        return { format: 'odt', blocks: await (await import('./readers/odt.js')).readOdt(bytes) };
      case 'pdf':
        return { format: 'pdf', ...(await (await import('./readers/pdf.js')).readPdf(bytes)) };
    }
    if (sniffed === 'cfb') {
      // A password-protected .docx is wrapped in the old container; a real .doc needs saving as .docx.
      throw new PlanReadError(extensionOf(name) === 'docx' ? 'plan-read-encrypted' : 'plan-read-old-word', { name: shownName });
    }
    // Text has no signature, but a byte-order mark can look like one (UTF-16's FF FE passes for MPEG audio).
    const text = sniffed === undefined || TEXT_BOMS.some((bom) => bom.every((byte, i) => bytes[i] === byte)) ? decodeText(bytes, mime) : null;
    if (text === null) throw new PlanReadError('plan-read-type-refused', { name: shownName });
    return { format: 'text', blocks: (await import('./readers/text.js')).readText(text) };
  };
  let plan: PlanText;
  try {
    plan = await read();
  } catch (error) {
    if (error instanceof PlanReadError) throw withName(error, shownName);
    throw new PlanReadError('plan-read-unreadable', { name: shownName }, error);
  }
  if (plan.blocks.length === 0) throw new PlanReadError('plan-read-empty', { name: shownName });
  return plan;
}

const TEXT_BOMS = [
  [0xef, 0xbb, 0xbf],
  [0xff, 0xfe],
  [0xfe, 0xff],
];

/** Readers throw without knowing the file's name; the message quotes it. */
function withName(error: PlanReadError, name: string): PlanReadError {
  return 'name' in error.args ? error : new PlanReadError(error.reason, { ...error.args, name }, error.cause);
}

/**
 * Bytes with no known signature are a plan only if they are text: UTF-8 (what Telegram and editors
 * send), or UTF-16 with its byte-order mark (Windows Notepad's "Unicode"). Control characters
 * other than tabs and line ends mean a binary file.
 */
function decodeText(bytes: Uint8Array, mime: string | null): string | null {
  if (mime !== null && !/^(text\/|application\/(octet-stream|markdown)$)/.test(mime)) return null;
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  return /[^\P{Cc}\t\n\f\r]/u.test(text) ? null : text;
}

export type { PlanBlock, PlanText };
