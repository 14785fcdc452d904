/**
 * Dates of the contract: `YYYY-MM-DD` or an RFC 3339 date-time.
 *
 * Schedule maths uses *wall-clock* time (the date and time as written, offset dropped),
 * so that `asOf: "2024-08-21T10:00+08:00"` sits on 21 August of a period written as
 * calendar dates, whatever the viewer's time zone. Staleness uses real instants.
 */
import { keep } from './cache.js';

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|([+-])(\d{2}):(\d{2}))$/;

export interface ParsedDate {
  /** true for `YYYY-MM-DD` */
  dateOnly: boolean;
  /** wall-clock start, as UTC ms: midnight for a date */
  wall: number;
  /** wall-clock end: the next midnight for a date (its whole day counts), else `wall` */
  wallEnd: number;
  /** the real instant (a date counts as its end, in UTC) */
  instant: number;
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const parsed = new Map<string, ParsedDate | null>();

/** Parses a contract date; anything else (including `2024-02-30`) gives null. */
export function parseDate(text: unknown): ParsedDate | null {
  if (typeof text !== 'string') return null;
  // Every widget of a board parses the same few dates, on every update: remember them.
  const d = parsed.get(text);
  return d === undefined ? keep(parsed, text, parse(text), 1000) : d;
}

function parse(text: string): ParsedDate | null {
  const date = DATE.exec(text);
  if (date) {
    const [y, m, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
    if (!validDay(y, m, d)) return null;
    const wall = Date.UTC(y, m - 1, d);
    return { dateOnly: true, wall, wallEnd: wall + DAY_MS, instant: wall + DAY_MS };
  }
  const dt = DATE_TIME.exec(text);
  if (!dt) return null;
  const [y, mo, d, h, mi, s] = [1, 2, 3, 4, 5, 6].map((i) => Number(dt[i]));
  if (!validDay(y, mo, d) || h > 23 || mi > 59 || s > 60) return null;
  const ms = dt[7] ? Math.floor(Number(`0${dt[7]}`) * 1000) : 0;
  const wall = Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59), ms);
  let offset = 0;
  if (dt[9]) {
    const [oh, om] = [Number(dt[10]), Number(dt[11])];
    if (oh > 23 || om > 59) return null;
    offset = (dt[9] === '-' ? -1 : 1) * (oh * 60 + om) * 60_000;
  }
  return { dateOnly: false, wall, wallEnd: wall, instant: wall - offset };
}

/** Sort key for a history point: its wall-clock start. */
export function dateKey(text: string): number {
  return parseDate(text)?.wall ?? 0;
}
