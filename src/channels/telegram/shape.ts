import { z } from 'zod';

// The fields of an update the channel reads, with their types. Telegram sends these right; a
// webhook can be sent anything, and grammY checks nothing: an update that does not fit is dropped
// here rather than failing half-way through the handler (found by the fuzzer, test/fuzz).

const user = z.object({
  id: z.number().int(),
  is_bot: z.boolean(),
  first_name: z.string(),
  last_name: z.string().optional(),
  username: z.string().optional(),
  language_code: z.string().optional(),
});
const chat = z.object({ id: z.number().int(), type: z.string(), title: z.string().optional() });
const entity = z.object({ offset: z.number().int(), length: z.number().int(), type: z.string() });
/** half of a UTF-16 pair without its other half: no URL or file name can carry it */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const fileId = z.string().refine((id) => !LONE_SURROGATE.test(id));
const file = { file_id: fileId, file_unique_id: z.string(), file_size: z.number().optional() };
const keyboard = z.object({ inline_keyboard: z.array(z.array(z.object({ text: z.string(), callback_data: z.string().optional() }))) });
const message = z.object({
  message_id: z.number().int(),
  date: z.number(),
  chat,
  from: user,
  text: z.string().optional(),
  caption: z.string().optional(),
  entities: z.array(entity).optional(),
  caption_entities: z.array(entity).optional(),
  photo: z.array(z.object({ ...file, width: z.number(), height: z.number() })).optional(),
  document: z.object({ ...file, file_name: z.string().optional(), mime_type: z.string().optional() }).optional(),
  reply_to_message: z.object({ from: user.optional() }).optional(),
});
const callbackQuery = z.object({
  id: z.string(),
  from: user,
  data: z.string().optional(),
  message: z.object({ message_id: z.number().int(), date: z.number(), chat, reply_markup: keyboard.optional() }).optional(),
});
const update = z.object({ update_id: z.number().int(), message: message.optional(), callback_query: callbackQuery.optional() });

/** Where an update departs from the shape the channel reads ("message.from.first_name"), or null. */
export function malformedAt(value: unknown): string | null {
  const result = update.safeParse(value);
  return result.success ? null : (result.error.issues[0]?.path.join('.') ?? '');
}
