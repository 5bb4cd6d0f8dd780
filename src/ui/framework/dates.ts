import { dateFormat } from '../dateFormat';

/** "2026-09-01" in the reader's language ("1 septembre 2026"), read as a calendar date. */
export function formatDate(isoDate: string, language: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return dateFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** Today as "YYYY-MM-DD", local time: the default adoption date. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
