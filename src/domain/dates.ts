// Calendar dates in Asia/Ho_Chi_Minh (UTC+7 all year, no daylight saving). A calendar day is
// stored as the instant of its 00:00 in Vietnam.

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';
/** Vietnam is UTC+7 all year. */
export const OFFSET_MS = 7 * 60 * 60 * 1000;
export const DAY_MS = 24 * 60 * 60 * 1000;

const dateFormat = new Intl.DateTimeFormat('vi-VN', { timeZone: TIME_ZONE, day: '2-digit', month: '2-digit', year: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function partsOf(format: Intl.DateTimeFormat, date: Date): Record<string, string> {
  return Object.fromEntries(format.formatToParts(date).map((p) => [p.type, p.value]));
}

/** 05/12/2025 (assembled from parts, so it does not depend on the locale data's pattern) */
export function formatDate(date: Date): string {
  const parts = partsOf(dateFormat, date);
  return `${parts.day}/${parts.month}/${parts.year}`;
}

/** 05/12/2025 14:30 */
export function formatDateTime(date: Date): string {
  const parts = partsOf(dateTimeFormat, date);
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

/** 00:00 in Vietnam of the given calendar day, or null when it is not a real date. */
export function vnDay(year: number, month: number, day: number): Date | null {
  const utc = Date.UTC(year, month - 1, day);
  const check = new Date(utc);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return new Date(utc - OFFSET_MS);
}

/**
 * Parses "05/12/2025" (also "5/12/2025", "05-12-2025", "05.12.2025"; the same separator both
 * times); null when it is not a real date.
 */
export function parseDate(text: string): Date | null {
  const m = /^\s*(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\s*$/.exec(text);
  if (!m) return null;
  return vnDay(Number(m[4]), Number(m[3]), Number(m[1]));
}

/**
 * Parses "24/11/2025 08:00" (a date as parseDate reads it, a space, then HH:mm in Vietnam; the
 * time may be left out for 00:00); null when it is not a real date and time.
 */
export function parseDateTime(text: string): Date | null {
  const m = /^\s*(\S+)(?:\s+(\d{1,2}):(\d{2}))?\s*$/.exec(text);
  const day = m ? parseDate(m[1]!) : null;
  if (!m || !day) return null;
  const hours = Number(m[2] ?? 0);
  const minutes = Number(m[3] ?? 0);
  if (hours > 23 || minutes > 59) return null;
  return new Date(day.getTime() + (hours * 60 + minutes) * 60_000);
}

/** The Vietnamese calendar day that contains `instant`, as its 00:00. */
export function startOfVnDay(instant: Date): Date {
  return new Date(Math.floor((instant.getTime() + OFFSET_MS) / DAY_MS) * DAY_MS - OFFSET_MS);
}

/** Whole calendar days from `today` to `day` in Vietnam: 0 on the day, negative when past. */
export function daysUntil(day: Date, now: Date): number {
  return Math.round((startOfVnDay(day).getTime() - startOfVnDay(now).getTime()) / DAY_MS);
}

/** 2025-11-25: the Vietnamese calendar day of `instant`, as dedupe keys and month keys spell it. */
export function isoDay(instant: Date): string {
  return formatDate(instant).split('/').reverse().join('-');
}

/** 2025-W48: the ISO week holding the Vietnamese day of `instant`. */
export function isoWeek(instant: Date): string {
  // The UTC fields of this instant are Vietnam's wall calendar.
  const wall = new Date(startOfVnDay(instant).getTime() + OFFSET_MS);
  const thursday = new Date(wall.getTime() + (4 - (wall.getUTCDay() || 7)) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
