import { sessionDays } from '@jenjang/domain/programs/completion.rules';

// A batch as an iCalendar file (RFC 5545) for a participant's calendar: one all-day event from
// its first to its last day (DTEND is exclusive: the day after the last), with the venue or link.

/** Text escaped as RFC 5545 §3.3.11 wants it: backslash, semicolon, comma, and newlines. */
function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

/** Lines folded at 75 octets (§3.1), continuation lines starting with a space. */
function fold(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let start = 0;
  while (start < bytes.length) {
    let end = Math.min(bytes.length, start + (parts.length === 0 ? 75 : 74));
    // Never cut inside a UTF-8 sequence.
    while (end < bytes.length && (bytes[end]! & 0xc0) === 0x80) end--;
    parts.push(bytes.subarray(start, end).toString('utf8'));
    start = end;
  }
  return parts.join('\r\n ');
}

const compact = (day: string) => day.replaceAll('-', '');

export function batchCalendar(input: {
  uid: string;
  stamp: Date;
  program: string;
  batch: { name: string; startsOn: string; endsOn: string; venue: string | null; onlineUrl: string | null };
  organiser: string;
  url: string;
}): string {
  const days = sessionDays(input.batch.startsOn, input.batch.endsOn);
  const next = new Date(`${days.at(-1)!}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  const stamp = `${input.stamp.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
  const description = [input.organiser, input.batch.onlineUrl, input.url].filter(Boolean).join('\n');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Jenjang//Program Pengembangan//ID',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${input.uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${compact(input.batch.startsOn)}`,
    `DTEND;VALUE=DATE:${compact(next.toISOString().slice(0, 10))}`,
    `SUMMARY:${escapeText(`${input.program} — ${input.batch.name}`)}`,
    ...(input.batch.venue ? [`LOCATION:${escapeText(input.batch.venue)}`] : []),
    `DESCRIPTION:${escapeText(description)}`,
    `URL:${input.url}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
