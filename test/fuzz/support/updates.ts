import type { Message } from 'grammy/types';
import {
  buttonsOf,
  GROUP_ID as TELEGRAM_GROUP,
  messageUpdate,
  tapUpdate,
  textUpdate as telegramText,
  type Person as TelegramPerson,
} from '../../channels/telegram/support/telegram.js';
import { fixture as zaloFixture, textUpdate as zaloText, updateFrom, type Person as ZaloPerson } from '../../channels/zalo/support/zalo.js';
import { ANSWERS, COMMANDS, HEAVY_COMMANDS, inviteText } from './cast.js';
import { addExtraField, deleteAt, getAt, hugeText, oddId, oddNumber, oddText, pathsOf, pickPath, setAt, unicodeMutation, wrongValue, type Json } from './mutate.js';
import { Rand } from './rand.js';

// Seeded streams of Telegram and Zalo updates: valid-looking ones built from the recorded fixtures
// (commands, answers, taps on the bot's real buttons, files) sent mostly by registered members,
// about a third of them mutated. The same seed and the same view of the bot give the same stream.

export interface Fuzzed {
  /** position in this channel's stream: with the seed, what names the update for a replay */
  index: number;
  /** what it was built as */
  kind: string;
  /** what was done to it afterwards */
  mutations: string[];
  update: Json;
}

export interface TelegramFile {
  fileId: string;
  kind: 'photo' | 'document';
  name: string;
  mime: string;
  size: number;
}

export interface TelegramWorld {
  members: TelegramPerson[];
  strangers: TelegramPerson[];
  inviteCodes: string[];
  /** files the Bot API file server has */
  files: TelegramFile[];
  /** message dates start here (Unix seconds) */
  date: number;
}

export interface TelegramView {
  /** the bot's latest message with buttons in a chat */
  keyboard(chatId: number): Message | undefined;
}

export interface ZaloWorld {
  members: ZaloPerson[];
  strangers: ZaloPerson[];
  inviteCodes: string[];
  /** pictures the fake Zalo CDN serves */
  photoUrls: string[];
  date: number;
}

export interface ZaloView {
  /** the bot's latest text to a chat */
  lastText(chatId: string): string | undefined;
}

const MUTATION_RATE = 0.35;

/** A person to speak next: often the same one again, so dialogs get answered and go deep. */
function speaker<P>(r: Rand, last: P | null, world: { members: P[]; strangers: P[] }): P {
  if (last && r.chance(0.6)) return last;
  return r.chance(0.75) ? r.pick(world.members) : r.pick(world.strangers);
}

function commandText(r: Rand, codes: string[], stranger: boolean): string {
  if (codes.length > 0 && r.chance(stranger ? 0.5 : 0.03)) return `/start ${inviteText(r, r.pick(codes))}`;
  for (;;) {
    const text = r.pick(COMMANDS);
    // A chart or a spreadsheet takes far longer than a message: keep them a small share.
    if (!HEAVY_COMMANDS.has(text) || r.chance(0.25)) return text;
  }
}

function answerText(r: Rand): string {
  return r.chance(0.1) ? oddText(r, 6) : r.pick(ANSWERS);
}

// ——— Telegram ———

const TELEGRAM_PATHS = [
  'update_id',
  'message',
  'message.text',
  'message.from',
  'message.from.id',
  'message.from.is_bot',
  'message.from.first_name',
  'message.from.last_name',
  'message.from.language_code',
  'message.chat',
  'message.chat.id',
  'message.chat.type',
  'message.message_id',
  'message.date',
  'message.photo',
  'message.photo.1.file_id',
  'message.photo.1.file_size',
  'message.photo.1.width',
  'message.document',
  'message.document.file_id',
  'message.document.file_name',
  'message.document.file_size',
  'message.document.mime_type',
  'message.entities',
  'callback_query',
  'callback_query.data',
  'callback_query.from',
  'callback_query.from.id',
  'callback_query.from.is_bot',
  'callback_query.message',
  'callback_query.message.chat',
  'callback_query.message.chat.id',
  'callback_query.message.chat.type',
  'callback_query.message.date',
  'callback_query.message.text',
  'callback_query.message.reply_markup',
  'callback_query.message.reply_to_message',
  'callback_query.message.message_id',
  'callback_query.id',
];
const TELEGRAM_TEXTS = [
  'message.text',
  'message.caption',
  'message.from.first_name',
  'message.from.last_name',
  'message.from.language_code',
  'message.document.file_name',
  'callback_query.data',
  'callback_query.from.first_name',
  'message.chat.title',
];
const TELEGRAM_IDS = [
  'update_id',
  'message.message_id',
  'message.from.id',
  'message.chat.id',
  'message.date',
  'callback_query.from.id',
  'callback_query.message.chat.id',
  'callback_query.message.message_id',
  'callback_query.message.date',
  'callback_query.message.reply_to_message.from.id',
];
const UPDATE_KINDS = [
  'edited_message',
  'channel_post',
  'edited_channel_post',
  'business_message',
  'message_reaction',
  'inline_query',
  'chosen_inline_result',
  'shipping_query',
  'pre_checkout_query',
  'poll',
  'poll_answer',
  'my_chat_member',
  'chat_member',
  'chat_join_request',
  'chat_boost',
  'purchased_paid_media',
  'no_such_kind',
];

export function telegramUpdates(seed: number, world: TelegramWorld) {
  const r = new Rand(seed);
  let index = 0;
  let updateId = 500_000_000;
  let messageId = 1;
  let last: TelegramPerson | null = null;

  /** the fixture-built update with this stream's own ids and dates */
  const own = (u: unknown): Json => {
    const update = u as Record<string, Json>;
    update.update_id = ++updateId;
    const message = update.message as Record<string, Json> | undefined;
    if (message) Object.assign(message, { message_id: ++messageId, date: world.date + index });
    const query = update.callback_query as Record<string, Json> | undefined;
    if (query) query.id = `fz-${updateId}`;
    return update as Json;
  };

  const text = (p: TelegramPerson, t: string, chat: 'private' | 'group' = 'private') => own(telegramText(p, t, chat));

  /** a tap on one of the bot's buttons, or on something that looks like one */
  const tap = (p: TelegramPerson, message: Message | undefined, corrupt: boolean): Json => {
    const buttons = buttonsOf(message);
    if (!message || buttons.length === 0)
      return own(tapUpdate(p, { message_id: 1, date: world.date, chat: { id: p.id, type: 'private', first_name: p.first_name } } as Message, corruptData(r, 'c:1:1')));
    const data = r.pick(buttons).data;
    return own(tapUpdate(p, message, corrupt ? corruptData(r, data) : data));
  };

  const file = (p: TelegramPerson, kind: 'photo' | 'document'): Json => {
    const known = world.files.filter((f) => f.kind === kind);
    const f = known.length > 0 && r.chance(0.8) ? r.pick(known) : { fileId: `bogus-${r.int(1, 1e6)}`, kind, name: 'bao-cao.pdf', mime: 'application/pdf', size: r.int(1, 50_000) };
    if (kind === 'photo') {
      const photo = [
        { file_id: `${f.fileId}-s`, file_unique_id: `${f.fileId}-us`, file_size: 900, width: 90, height: 67 },
        { file_id: f.fileId, file_unique_id: `${f.fileId}-u`, file_size: f.size, width: 1280, height: 960 },
      ];
      return own(messageUpdate('photo', p, 'private', { photo, ...(r.chance(0.2) ? { caption: answerText(r) } : {}) }));
    }
    const document = { file_id: f.fileId, file_unique_id: `${f.fileId}-u`, file_name: f.name, mime_type: f.mime, file_size: f.size };
    return own(messageUpdate('document', p, 'private', { document }));
  };

  /** updates the bot has no business with: edits, stickers, members joining, channel posts */
  const ignoredKind = (p: TelegramPerson): Json => {
    const update = text(p, answerText(r)) as Record<string, Json>;
    const message = update.message as Record<string, Json>;
    return r.weighted<() => Json>([
      [1, () => ({ update_id: update.update_id!, edited_message: { ...message, edit_date: world.date + index } })],
      [1, () => ({ update_id: update.update_id!, channel_post: { ...message, chat: { id: -1001, type: 'channel', title: 'Kênh' } } })],
      [
        1,
        () => (
          delete message.text,
          Object.assign(message, { sticker: { file_id: 'sticker-1', file_unique_id: 'st-u', type: 'regular', width: 512, height: 512, is_animated: false, is_video: false } }),
          update
        ),
      ],
      [
        1,
        () => (
          delete message.text,
          Object.assign(message, {
            chat: { id: TELEGRAM_GROUP, type: 'supergroup', title: 'Nhóm' },
            new_chat_members: [{ id: 8000000001, is_bot: true, first_name: 'Thi đua CCHC' }],
          }),
          update
        ),
      ],
      [1, () => (delete message.text, Object.assign(message, { voice: { file_id: 'voice-1', file_unique_id: 'v-u', duration: 3 } }), update)],
      [
        1,
        () => ({
          update_id: update.update_id!,
          my_chat_member: { chat: message.chat!, from: message.from!, date: world.date, old_chat_member: { status: 'member' }, new_chat_member: { status: 'kicked' } },
        }),
      ],
    ])();
  };

  const valid = (p: TelegramPerson, view: TelegramView): { kind: string; update: Json } => {
    const stranger = world.strangers.includes(p);
    const keyboard = view.keyboard(p.id);
    const kind = r.weighted<string>([
      [keyboard ? 14 : 24, 'command'],
      [keyboard ? 14 : 40, 'answer'],
      [keyboard ? 45 : 0, 'tap'],
      [6, 'tap-stale'],
      [stranger ? 1 : 5, 'photo'],
      [stranger ? 1 : 5, 'document'],
      [6, 'group'],
      [3, 'ignored-kind'],
    ]);
    switch (kind) {
      case 'command':
        return { kind, update: text(p, commandText(r, world.inviteCodes, stranger)) };
      case 'answer': {
        // Typing an option's label or number instead of tapping it works too.
        const labels = buttonsOf(keyboard).map((b) => b.text);
        const typed = labels.length > 0 && r.chance(0.5) ? (r.chance(0.5) ? r.pick(labels) : String(r.int(0, labels.length + 1))) : answerText(r);
        return { kind, update: text(p, typed) };
      }
      case 'tap':
        return { kind, update: tap(p, keyboard, false) };
      case 'tap-stale':
        return { kind, update: tap(p, keyboard, true) };
      case 'photo':
      case 'document':
        return { kind, update: file(p, kind) };
      case 'group': {
        const groupKeyboard = view.keyboard(TELEGRAM_GROUP);
        if (groupKeyboard && r.chance(0.3)) return { kind, update: tap(p, groupKeyboard, r.chance(0.3)) };
        const said = r.chance(0.6) ? r.pick(['/xephang', '/xephang@ThiDuaTestBot', '/xephang the che', '/baocao@ThiDuaTestBot', '/start', '/trogiup', '/huy']) : answerText(r);
        return { kind, update: text(p, said, 'group') };
      }
      default:
        return { kind, update: ignoredKind(p) };
    }
  };

  const mutations: Record<string, (u: Json) => void> = {
    unicode(u) {
      const paths = pathsOf(u).filter((p) => TELEGRAM_TEXTS.includes(p.join('.')) && typeof getAt(u, p) === 'string');
      const path = paths.length > 0 ? r.pick(paths) : pickPath(r, u, []);
      if (path) setAt(u, path, unicodeMutation(r, String(getAt(u, path) ?? '')));
    },
    huge(u) {
      const target = pathsOf(u).find((p) => ['message.text', 'callback_query.data', 'message.document.file_name', 'message.caption'].includes(p.join('.')));
      setAt(u, target ?? ['message', 'text'], hugeText(r));
    },
    'wrong-type'(u) {
      const path = pickPath(r, u, TELEGRAM_PATHS);
      if (path) setAt(u, path, wrongValue(r, getAt(u, path)));
    },
    'missing-field'(u) {
      const path = pickPath(r, u, TELEGRAM_PATHS);
      if (path) deleteAt(u, path);
    },
    'extra-field'(u) {
      addExtraField(r, u);
    },
    'odd-id'(u) {
      const paths = pathsOf(u).filter((p) => TELEGRAM_IDS.includes(p.join('.')));
      if (paths.length > 0) setAt(u, r.pick(paths), oddNumber(r));
    },
    'unknown-kind'(u) {
      const record = u as Record<string, Json>;
      const key = Object.keys(record).find((k) => k !== 'update_id');
      if (!key) return;
      const payload = record[key]!;
      if (r.chance(0.7)) delete record[key];
      record[r.pick(UPDATE_KINDS)] = payload;
    },
    'bogus-file'(u) {
      const message = getAt(u, ['message']);
      if (message === null || typeof message !== 'object' || Array.isArray(message)) return;
      const bogusId = () => r.pick<Json>(['', ' ', `bogus-${r.int(1, 1e6)}`, '../../etc/passwd', 'x'.repeat(r.int(100, 5000)), oddText(r, 3)]);
      const bogusSize = () => r.pick<Json>([-1, 0, 20 * 1024 * 1024 + 1, 2 ** 53, 1e15, 1.5, '48213']);
      if (r.chance(0.5)) {
        message.photo = r.chance(0.2)
          ? []
          : Array.from({ length: r.int(1, 4) }, () => ({ file_id: bogusId(), file_unique_id: 'u', file_size: bogusSize(), width: r.pick<Json>([0, -5, 1e9, 90]), height: 60 }));
      } else {
        const name = r.pick<Json>([
          '../../../etc/passwd',
          'a.pdf\u0000.exe',
          `${'x'.repeat(r.int(200, 5000))}.pdf`,
          'bao-cao.exe',
          '.pdf',
          '',
          'CON.pdf',
          `${oddText(r, 3)}.docx`,
          'to-trinh.PDF',
        ]);
        message.document = {
          file_id: bogusId(),
          file_unique_id: 'u',
          file_name: name,
          mime_type: r.pick<Json>(['application/pdf', 'application/x-msdownload', '', 'image/jpeg', oddText(r, 2)]),
          file_size: bogusSize(),
        };
      }
      if (r.chance(0.5)) delete message.text;
    },
  };

  return {
    next(view: TelegramView): Fuzzed {
      const p = speaker(r, last, world);
      last = p;
      const built = valid(p, view);
      const applied: string[] = [];
      if (r.chance(MUTATION_RATE)) {
        const names = Object.keys(mutations);
        for (
          let n = r.weighted([
            [6, 1],
            [3, 2],
            [1, 3],
          ]);
          n > 0;
          n--
        ) {
          const name = r.pick(names);
          mutations[name]!(built.update);
          applied.push(name);
        }
      }
      return { index: index++, kind: built.kind, mutations: applied, update: built.update };
    },
  };
}

/** Button data as it arrives when something is off: another version, an unknown value, garbage, too long. */
function corruptData(r: Rand, data: string): string {
  const m = /^c:(\d+):(.*)$/s.exec(data);
  const version = Number(m?.[1] ?? 1);
  const value = m?.[2] ?? '1';
  return r.weighted<() => string>([
    [3, () => `c:${version + r.pick([-1, 1, 100])}:${value}`],
    [2, () => `c:${version}:${r.pick(['zzz', '0', '-1', '999999', 'skip', 'save', 'prefer:ZALO', 'prefer:CONSOLE', '__proto__'])}`],
    [2, () => r.pick(['', 'c:', 'c::', 'c:1', 'c:-1:1', 'c:999999999999999:1', 'c:1e3:1', 'c:00001:1', 'x'.repeat(64), '{"a":1}'])],
    [1, () => `c:${version}:${'x'.repeat(r.int(60, 300))}`],
    [2, () => `c:${version}:${oddText(r, 4)}`],
  ])();
}

// ——— Zalo ———

const ZALO_PATHS = [
  'event_name',
  'message',
  'message.message_id',
  'message.from',
  'message.from.id',
  'message.from.display_name',
  'message.from.name',
  'message.from.is_bot',
  'message.chat',
  'message.chat.id',
  'message.chat.chat_type',
  'message.text',
  'message.photo_url',
  'message.photo',
  'message.date',
  'ok',
  'result',
  'result.event_name',
  'result.message',
  'result.message.text',
  'result.message.from.id',
  'result.message.chat.id',
  'result.message.message_id',
];
const ZALO_TEXTS = [
  'message.text',
  'message.from.display_name',
  'message.from.name',
  'message.chat.chat_type',
  'event_name',
  'message.photo_url',
  'result.message.text',
  'result.event_name',
];
const ZALO_IDS = ['message.message_id', 'message.from.id', 'message.chat.id', 'result.message.message_id', 'result.message.from.id', 'result.message.chat.id'];
const ZALO_EVENTS = [
  'message.video.received',
  'message.file.received',
  'message.location.received',
  'message.link.received',
  'user.follow',
  '',
  'MESSAGE.TEXT.RECEIVED',
  'message.text.received ',
  'message.image.received',
  'message.text.received',
];

export function zaloUpdates(seed: number, world: ZaloWorld) {
  const r = new Rand(seed);
  let index = 0;
  let messageNo = 0;
  let last: ZaloPerson | null = null;
  const seenIds: string[] = [];

  const own = (u: unknown): Json => {
    const update = u as { message?: Record<string, Json> };
    const id = (0xfa000000 + ++messageNo).toString(16).padStart(20, '0');
    seenIds.push(id);
    if (seenIds.length > 50) seenIds.shift();
    if (update.message) Object.assign(update.message, { message_id: id, date: world.date * 1000 + index });
    return update as Json;
  };

  const valid = (p: ZaloPerson, view: ZaloView): { kind: string; update: Json } => {
    const stranger = world.strangers.includes(p);
    const kind = r.weighted<string>([
      [30, 'command'],
      [50, 'answer'],
      [stranger ? 1 : 7, 'photo'],
      [6, 'group'],
      [4, 'ignored-kind'],
    ]);
    switch (kind) {
      case 'command':
        return { kind, update: own(zaloText(p, commandText(r, world.inviteCodes, stranger))) };
      case 'answer': {
        // Zalo has no buttons: options come as "1. …" lines, answered by their number.
        const options = (view.lastText(p.id)?.match(/^\d+\. /gm) ?? []).length;
        const typed = options > 0 && r.chance(0.7) ? String(r.int(0, options + 1)) : answerText(r);
        return { kind, update: own(zaloText(p, typed)) };
      }
      case 'photo': {
        // An address the CDN no longer serves stands for a temporary one that expired.
        const known = world.photoUrls.length > 0 ? r.pick(world.photoUrls) : 'http://127.0.0.1:1/cdn/x.jpg';
        const url = r.chance(0.85) ? known : known.replace('/cdn/', '/cdn/expired-');
        return { kind, update: own(updateFrom(r.chance(0.7) ? 'image' : 'image-photo-field', p, r.chance(0.7) ? { photo_url: url } : { photo: url })) };
      }
      case 'group': {
        const said = r.chance(0.6) ? r.pick(['@Thi đua CCHC /xephang', '@Thi đua CCHC /xephang the che', '/xephang', '@bot /baocao', '@Thi đua CCHC /trogiup']) : answerText(r);
        return { kind, update: own(zaloText(p, said, true)) };
      }
      default: {
        const name = r.pick(['sticker', 'voice', 'unsupported', 'unsupported-no-message']);
        return { kind, update: name === 'unsupported-no-message' ? (zaloFixture(name) as unknown as Json) : own(updateFrom(name, p)) };
      }
    }
  };

  const mutations: Record<string, (u: Json) => Json> = {
    unicode(u) {
      const paths = pathsOf(u).filter((p) => ZALO_TEXTS.includes(p.join('.')) && typeof getAt(u, p) === 'string');
      const path = paths.length > 0 ? r.pick(paths) : pickPath(r, u, []);
      if (path) setAt(u, path, unicodeMutation(r, String(getAt(u, path) ?? '')));
      return u;
    },
    huge(u) {
      const target = pathsOf(u).find((p) => ['message.text', 'result.message.text', 'message.from.display_name'].includes(p.join('.')));
      if (target) setAt(u, target, hugeText(r));
      return u;
    },
    'wrong-type'(u) {
      const path = pickPath(r, u, ZALO_PATHS);
      if (path) setAt(u, path, wrongValue(r, getAt(u, path)));
      return u;
    },
    'missing-field'(u) {
      const path = pickPath(r, u, ZALO_PATHS);
      if (path) deleteAt(u, path);
      return u;
    },
    'extra-field'(u) {
      addExtraField(r, u);
      return u;
    },
    'odd-id'(u) {
      const paths = pathsOf(u).filter((p) => ZALO_IDS.includes(p.join('.')));
      if (paths.length > 0) setAt(u, r.pick(paths), oddId(r));
      return u;
    },
    'unknown-kind'(u) {
      const path = pathsOf(u).find((p) => p.at(-1) === 'event_name');
      if (path) setAt(u, path, r.chance(0.8) ? r.pick(ZALO_EVENTS) : oddText(r, 3));
      return u;
    },
    'bogus-file'(u) {
      const message = pathsOf(u).find((p) => p.at(-1) === 'message');
      if (!message) return u;
      const eventPath = [...message.slice(0, -1), 'event_name'];
      setAt(u, eventPath, 'message.image.received');
      const url = r.pick<Json>([
        'javascript:alert(1)',
        'file:///etc/passwd',
        'http://127.0.0.1:1/x.jpg',
        `${world.photoUrls[0] ?? 'http://127.0.0.1:1'}/../../etc/passwd`,
        'https://',
        `https://${oddText(r, 2)}`,
        '',
        'ftp://127.0.0.1/x.jpg',
        42,
      ]);
      setAt(u, [...message, r.chance(0.5) ? 'photo_url' : 'photo'], url);
      return u;
    },
    duplicate(u) {
      // Zalo may deliver the same message twice; the handler drops it the second time.
      const path = pathsOf(u).find((p) => p.join('.').endsWith('message.message_id'));
      if (path && seenIds.length > 1) setAt(u, path, r.pick(seenIds));
      return u;
    },
    envelope(u) {
      return r.weighted<() => Json>([
        [2, () => ({ ok: true, result: u })],
        [1, () => ({ ok: false, error_code: 408, description: 'Request timeout' })],
        [1, () => ({ ok: true, result: null })],
        [1, () => [u, u]],
        [1, () => ({ ok: true, result: [u] })],
        [1, () => ({ ok: true, result: { ok: true, result: u } })],
        [1, () => r.pick<Json>([null, 'message.text.received', 42, [], {}])],
      ])();
    },
  };

  return {
    next(view: ZaloView): Fuzzed {
      const p = speaker(r, last, world);
      last = p;
      const built = valid(p, view);
      // Both envelopes Zalo is known to use: the bare update, and the getUpdates { ok, result } wrapper.
      let update: Json = r.chance(0.3) ? { ok: true, result: built.update } : built.update;
      const applied: string[] = [];
      if (r.chance(MUTATION_RATE)) {
        const names = Object.keys(mutations);
        for (
          let n = r.weighted([
            [6, 1],
            [3, 2],
            [1, 3],
          ]);
          n > 0;
          n--
        ) {
          const name = r.pick(names);
          update = mutations[name]!(update);
          applied.push(name);
        }
      }
      return { index: index++, kind: built.kind, mutations: applied, update };
    },
  };
}
