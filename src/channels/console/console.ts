import { readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import { randomUUID } from 'node:crypto';
import type { Readable, Writable } from 'node:stream';
import { matchByName } from '../../domain/text.js';
import { CHANNEL_CAPABILITIES } from '../../domain/channels.js';
import type { DialogEngine } from '../../dialogs/engine.js';
import type { Incoming, Reply } from '../../dialogs/port.js';
import { roleNames } from '../../i18n/roles.js';
import type { I18n, Translate } from '../../i18n/i18n.js';
import type { MemberService } from '../../services/campaigns/members.js';
import type { Announcer, ChannelAdapter, Deliver } from '../contract.js';
import { formatReplies } from './format.js';
import { saveDocument } from './save-document.js';

export interface ConsoleOptions {
  engine: DialogEngine;
  members: MemberService;
  i18n: I18n;
  organizationId: number;
  /** the console account to start as */
  userId: string;
  input: Readable;
  output: Writable;
  /** a person at a terminal: show a banner and a prompt */
  interactive: boolean;
  /** where files the bot sends (drafted documents, dossier files) are written; a temporary folder by default */
  documentsDir?: string;
}

/**
 * The terminal as a chat. Besides the bot's commands it knows `:ai` (demo members), `:la <tên>`
 * (become that member), `:khach` (an unregistered visitor) and `:tep <path>` (send a file). Each
 * identity is its own chat. Started, it answers the input's lines until the input ends.
 */
export class ConsoleChannel implements ChannelAdapter {
  readonly name = 'console';
  readonly channel = 'CONSOLE' as const;
  readonly capabilities = CHANNEL_CAPABILITIES.CONSOLE;
  private userId: string;
  private readonly t: Translate;
  /** group announcements made while a line was handled, shown after its answer */
  private readonly announced: string[] = [];
  private reader: Interface | null = null;
  private reading: Promise<void> | null = null;

  /** The terminal has no groups: it shows every announcement to the person at it, after the answer to their line. */
  readonly announcer: Announcer = {
    chatFor: () => 'console',
    post: async (_chat, text) => {
      this.announced.push(this.t('console-announcement', { text }));
    },
  };

  /** An outbox message to a console account is shown in the terminal, whoever is typing. */
  readonly deliver: Deliver = async (account, text) => {
    this.options.output.write(`${this.t('console-delivered', { account, text })}\n`);
    return 'sent';
  };

  constructor(private readonly options: ConsoleOptions) {
    this.userId = options.userId;
    this.t = options.i18n.translator('vi');
  }

  /** Answers one line as the bot would; console commands are handled here. */
  async handleLine(raw: string): Promise<string> {
    const line = raw.trim();
    // Blank lines and # notes let a scripted session explain itself.
    if (line === '' || line.startsWith('#')) return '';
    if (line === ':ai') return this.listMembers();
    if (line.startsWith(':la')) return this.switchTo(line.slice(3).trim());
    if (line === ':khach') {
      this.become(`visitor-${randomUUID().slice(0, 8)}`);
      return this.t('console-visitor');
    }
    if (line.startsWith(':tep')) return this.sendFile(line.slice(4).trim());
    if (line.startsWith(':')) return this.t('console-unknown', { command: line });
    return this.send({ kind: 'text', text: line });
  }

  private async send(incoming: Incoming): Promise<string> {
    const replies = await this.options.engine.handle({ channel: 'CONSOLE', chatId: this.userId, userId: this.userId, incoming });
    return [formatReplies(replies, this.t, await this.saveDocuments(replies)), ...this.announced.splice(0)].join('\n\n');
  }

  /** Writes each file the bot sent into the documents folder; a line per file saying where (or why not). */
  private async saveDocuments(replies: readonly Reply[]): Promise<Map<Reply, string>> {
    const dir = this.options.documentsDir ?? join(tmpdir(), 'thidua-vanban');
    const notes = new Map<Reply, string>();
    for (const reply of replies) {
      if (!reply.document) continue;
      const { name } = reply.document;
      const note = await saveDocument(dir, reply.document).then(
        (path) => this.t('console-document-saved', { name, path }),
        (error: NodeJS.ErrnoException) => this.t('console-document-unsaved', { name, dir, reason: error.code ?? error.message }),
      );
      notes.set(reply, note);
    }
    return notes;
  }

  /** `:tep <path>`: the person at the terminal sends one of their own files, as a chat app would. */
  private async sendFile(path: string): Promise<string> {
    if (path === '') return this.t('console-file-usage');
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) return this.t('console-file-missing', { path });
    return this.send({
      kind: 'file',
      file: { kind: 'document', name: basename(path), mime: null, size: info.size, download: () => readFile(path) },
    });
  }

  /** Speaks as another console account from now on. */
  become(userId: string): void {
    this.userId = userId;
  }

  async whoAmI(): Promise<string> {
    const actor = await this.options.members.findActor('CONSOLE', this.userId);
    return actor ? this.t('console-you-are', { name: actor.fullName, unit: actor.unit?.name ?? this.t('unit-none') }) : this.t('console-visitor');
  }

  async start(): Promise<void> {
    this.reading ??= this.read();
  }

  /** Ends once the input does (Ctrl-D, or the end of a piped script). */
  finished(): Promise<void> {
    return this.reading ?? Promise.resolve();
  }

  /** Takes no more lines; the one being answered finishes. */
  async stop(): Promise<void> {
    this.reader?.close();
    await this.reading;
  }

  private async read(): Promise<void> {
    const { input, output, interactive } = this.options;
    const rl = createInterface({ input, terminal: false });
    this.reader = rl;
    const prompt = () => interactive && output.write('> ');
    if (interactive) {
      output.write(`${this.t('console-banner')}\n${await this.whoAmI()}\n`);
      prompt();
    }
    for await (const line of rl) {
      const answer = await this.handleLine(line);
      if (answer) output.write(`${answer}\n${interactive ? '\n' : ''}`);
      prompt();
    }
  }

  private async listMembers(): Promise<string> {
    const people = await this.options.members.membersOnChannel(this.options.organizationId, 'CONSOLE');
    const lines = people.map((p) => `• ${p.fullName} — ${roleNames(this.t, p.roles)}${p.unitName ? ` — ${p.unitName}` : ''}`);
    return [this.t('console-members-title'), ...lines, this.t('console-members-hint')].join('\n');
  }

  private async switchTo(name: string): Promise<string> {
    if (name === '') return this.t('console-switch-usage');
    const people = await this.options.members.membersOnChannel(this.options.organizationId, 'CONSOLE');
    const found = matchByName(name, people, (p) => p.fullName);
    if (found.length === 0) return this.t('console-switch-unknown', { name });
    if (found.length > 1) return this.t('console-switch-ambiguous', { names: found.map((p) => p.fullName).join('; ') });
    this.become(found[0]!.externalId);
    return this.whoAmI();
  }
}
