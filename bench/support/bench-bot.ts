import type { UserFromGetMe } from 'grammy/types';

// The Telegram bot the benchmarks run as, against their stand-in Bot API servers.

export const TOKEN = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';
export const BOT_INFO = {
  id: 123456789,
  is_bot: true,
  first_name: 'Thi đua CCHC',
  username: 'ThiDuaBenchBot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
} as UserFromGetMe;
