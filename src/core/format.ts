/**
 * format: the one place numbers, percentages, 百分点 and dates become text.
 * `Intl` formatters are cached per locale and options. null gives the no-data text;
 * output never contains NaN, Infinity, undefined, null, -0, [object Object] or Invalid Date.
 */
import { parseDate } from './dates.js';
import { messages, resolveLocale, type Locale } from './messages.js';

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  // A cheap key: this runs for every figure of every widget on every update.
  const key = `${locale}|${options.style}|${options.maximumFractionDigits}|${options.minimumFractionDigits}|${options.signDisplay}|${options.useGrouping}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

/**
 * Intl's text for an integer between -1,000 and 1,000 in our locales is its plain digits (no
 * grouping, no fraction, Latin digits, "-" for negatives): skip ICU for those. Most figures
 * of a board are such integers (targets, counts, min and max), and a board formats ~11 per
 * gauge at every update.
 */
function formatWith(locale: Locale, options: Intl.NumberFormatOptions, v: number): string {
  const plainSign = options.signDisplay === 'negative' || (options.signDisplay === undefined && !Object.is(v, -0));
  if (plainSign && !options.style && !options.minimumFractionDigits && Number.isInteger(v) && v > -1000 && v < 1000) return String(v);
  return numberFormat(locale, options).format(v);
}

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = dateFormats.get(key);
  if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })));
  return f;
}

export interface NumberOptions {
  locale?: string | null;
  /** fixed number of fraction digits; by default it follows the size of the number */
  digits?: number;
}

/** Default fraction digits: 12,346 · 170.7 · 1.52 · 0.045 */
export function digitsFor(abs: number): number {
  return abs >= 1e4 ? 0 : abs >= 100 ? 1 : abs >= 1 ? 2 : 3;
}

const usable = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/** A plain number, grouped for the locale; null/NaN give the no-data text. */
export function formatNumber(v: number | null | undefined, opts: NumberOptions = {}): string {
  const locale = resolveLocale(opts.locale);
  if (!usable(v)) return messages(locale).noData;
  const digits = opts.digits ?? digitsFor(Math.abs(v));
  const options: Intl.NumberFormatOptions = {
    maximumFractionDigits: digits,
    minimumFractionDigits: opts.digits ?? 0,
    signDisplay: 'negative', // never "-0" for -0.04 rounded
  };
  return formatWith(locale, options, v);
}

/** A number as plain decimal digits, for attributes such as aria-valuenow: never "1e+21". */
export function plainNumber(v: number): string {
  if (!usable(v)) return '0';
  // Any integer below 1e21 prints as plain digits; Intl only for fractions.
  if (Number.isInteger(v) && Math.abs(v) < 1e21) return String(v === 0 ? 0 : v);
  return numberFormat('en', { useGrouping: false, maximumFractionDigits: 6, signDisplay: 'negative' }).format(v);
}

// ---- units and magnitudes (万 / 亿) -------------------------------------------------

const PREFIXES: [string, number][] = [
  ['万亿', 1e12],
  ['亿', 1e8],
  ['万', 1e4],
];
const SCALES = [1e12, 1e8, 1e4, 1];
const CHINESE_UNIT = /^[\u4e00-\u9fff]+$/;

/**
 * Splits a Chinese unit into magnitude and base: 亿元 → 1e8 × 元, 家 → 1 × 家.
 * Other units (%, km, '') carry no magnitude and are never rescaled.
 */
export function splitUnit(unit: string): { scale: number; base: string } | null {
  let split = units.get(unit);
  if (split === undefined) {
    const hit = PREFIXES.find(([p]) => unit.startsWith(p));
    split = !CHINESE_UNIT.test(unit) ? null : hit ? { scale: hit[1], base: unit.slice(hit[0].length) } : { scale: 1, base: unit };
    if (units.size > 200) units.clear();
    units.set(unit, split);
  }
  return split;
}

const units = new Map<string, { scale: number; base: string } | null>();

const prefixOf = (scale: number) => PREFIXES.find(([, s]) => s === scale)?.[0] ?? '';

/**
 * The magnitude a group of values is shown in, so a column reads alike: the largest of
 * 万亿/亿/万 the biggest value reaches, never smaller than the unit as written
 * (0.5 亿元 stays 亿元; 15230 万元 becomes 亿元). null when the unit has no magnitudes.
 */
export function pickScale(values: readonly (number | null)[], unit: string): number | null {
  const u = splitUnit(unit);
  if (!u) return null;
  let biggest = 0;
  for (const v of values) if (usable(v)) biggest = Math.max(biggest, Math.abs(v) * u.scale);
  return Math.max(u.scale, SCALES.find((s) => biggest >= s) ?? 1);
}

export interface ValueText {
  /** the number, or the no-data text */
  value: string;
  /** the unit, with its magnitude adjusted; '' when there is no value */
  unit: string;
}

export interface ValueOptions extends NumberOptions {
  /** a magnitude from `pickScale`; by default each value picks its own */
  scale?: number | null;
}

/** A value with its unit: 15230 万元 → { value: "1.52", unit: "亿元" }. */
export function formatValue(v: number | null, unit: string, opts: ValueOptions = {}): ValueText {
  if (!usable(v)) return { value: formatNumber(null, opts), unit: '' };
  const u = splitUnit(unit);
  const scale = opts.scale === undefined ? pickScale([v], unit) : opts.scale;
  if (!u || scale === null || !usable(scale)) return { value: formatNumber(v, opts), unit };
  return { value: formatNumber((v * u.scale) / scale, opts), unit: prefixOf(scale) + u.base };
}

/** "1.52 亿元", "126 家", "7.2%" (a % unit is joined without a space), "暂无数据". */
export function joinValue(t: ValueText): string {
  if (!t.unit) return t.value;
  return t.unit === '%' ? `${t.value}%` : `${t.value} ${t.unit}`;
}

/** Formats a column of values with one magnitude and one number of fraction digits. */
export function formatGroup(values: readonly (number | null)[], unit: string, opts: NumberOptions = {}): ValueText[] {
  const scale = pickScale(values, unit);
  const factor = scale === null ? 1 : (splitUnit(unit)?.scale ?? 1) / scale;
  const shown = values.filter(usable).map((v) => v * factor);
  const cap = digitsFor(Math.max(0, ...shown.map(Math.abs)));
  const digits = opts.digits ?? Math.max(0, ...shown.map((v) => neededDigits(v, cap)));
  return values.map((v) => formatValue(v, unit, { ...opts, scale, digits }));
}

/** Fraction digits `v` shows with at most `cap` of them: 12.50 → 1. */
function neededDigits(v: number, cap: number): number {
  return (v.toFixed(cap).split('.')[1] ?? '').replace(/0+$/, '').length;
}

/**
 * `v` in the magnitude and fraction digits `final` is shown with: the frames of a count-up
 * from 350 to 372 亿元 read "361 亿元", never "360.87 亿元" or "3.6 百亿".
 */
export function formatLike(v: number | null, final: number, unit: string, opts: NumberOptions = {}): ValueText {
  const scale = pickScale([final], unit);
  const shown = scale === null ? final : (final * (splitUnit(unit)?.scale ?? 1)) / scale;
  const digits = usable(shown) ? neededDigits(shown, digitsFor(Math.abs(shown))) : 0;
  return formatValue(v, unit, { ...opts, scale, digits });
}

// ---- ratios, points and changes ----------------------------------------------------

/** A ratio as a percentage: 0.736 → "73.6%". */
export function formatPercent(ratio: number | null | undefined, opts: NumberOptions = {}): string {
  const locale = resolveLocale(opts.locale);
  if (!usable(ratio) || !usable(ratio * 100)) return messages(locale).noData;
  return numberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: opts.digits ?? 1,
    signDisplay: 'negative',
  }).format(ratio);
}

/** A signed change in percent points: 13 → "+13%", −2.14 → "-2.1%", 0 → "0%". */
export function formatChange(points: number | null | undefined, opts: NumberOptions = {}): string {
  const locale = resolveLocale(opts.locale);
  if (!usable(points)) return messages(locale).noData;
  const n = numberFormat(locale, { maximumFractionDigits: opts.digits ?? 1, signDisplay: 'exceptZero' });
  return `${n.format(points)}%`;
}

/** Percentage points: 9.6 → "9.6 个百分点" / "9.6 pp" (unsigned; the phrase says the direction). */
export function formatPoints(points: number | null | undefined, opts: NumberOptions = {}): string {
  const m = messages(opts.locale);
  if (!usable(points)) return m.noData;
  return m.points(formatNumber(Math.abs(points), opts));
}

/** Completion against schedule: "超前 9.6 个百分点", "落后 2 个百分点", "与序时进度持平". */
export function formatGap(gap: number | null | undefined, opts: NumberOptions = {}): string {
  const m = messages(opts.locale);
  if (!usable(gap)) return m.noData;
  if (Math.abs(gap) < 0.05) return m.onSchedule;
  const pp = formatWith(resolveLocale(opts.locale), { maximumFractionDigits: 1 }, Math.abs(gap));
  return gap > 0 ? m.ahead(m.points(pp)) : m.behind(m.points(pp));
}

// ---- dates -----------------------------------------------------------------------

/**
 * A contract date for people: "8月21日", "2024年8月21日" when not in `now`'s year,
 * "8月21日 10:00" for a date-time (its wall-clock time as written). Invalid: no-data text.
 */
export function formatDate(iso: string | null | undefined, opts: { locale?: string | null; now?: number } = {}): string {
  const locale = resolveLocale(opts.locale);
  const year = new Date(opts.now ?? Date.now()).getUTCFullYear();
  // A board shows the same few dates on every widget: remember them (bounded).
  const key = `${locale}|${year}|${iso}`;
  let text = shownDates.get(key);
  if (text === undefined) {
    if (shownDates.size > 500) shownDates.clear();
    shownDates.set(key, (text = dateText(iso, locale, year)));
  }
  return text;
}

const shownDates = new Map<string, string>();

function dateText(iso: string | null | undefined, locale: Locale, year: number): string {
  const d = parseDate(iso);
  if (!d) return messages(locale).noData;
  const sameYear = new Date(d.wall).getUTCFullYear() === year;
  const options: Intl.DateTimeFormatOptions = {
    month: locale === 'en' ? 'short' : 'long',
    day: 'numeric',
    ...(!sameYear && { year: 'numeric' }),
    ...(!d.dateOnly && { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  };
  return dateFormat(locale, options).format(d.wall);
}

const clockFormats = new Map<Locale, Intl.DateTimeFormat>();

/**
 * A wall clock's time of day, in the page's time zone, 24 h: "09:05:07". The formatter is made
 * once per locale (toLocaleTimeString builds one on every call: ~1 ms a second on a wall).
 */
export function formatClock(ms: number, locale?: string | null): string {
  const l = resolveLocale(locale);
  let f = clockFormats.get(l);
  if (!f) clockFormats.set(l, (f = new Intl.DateTimeFormat(l, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })));
  return Number.isFinite(ms) ? f.format(ms) : '';
}

/** "数据截至 8月21日" / "As of Aug 21". */
export function formatAsOf(iso: string | null | undefined, opts: { locale?: string | null; now?: number } = {}): string {
  const m = messages(opts.locale);
  return parseDate(iso) ? m.asOf(formatDate(iso, opts)) : m.noData;
}

/**
 * How long ago, for people: "不到 1 分钟" under a minute (never "just now": stale data is not new), then whole minutes, hours (from 60 min) and
 * days (from 48 h), rounded down, so the text only grows while nothing arrives. A negative
 * age (a server clock ahead of this one) reads as under a minute, never as the future.
 */
export function formatAge(ms: number | null | undefined, opts: { locale?: string | null } = {}): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '';
  const m = messages(opts.locale).ago;
  const minutes = Math.floor(Math.max(0, ms) / 60_000);
  if (minutes < 1) return m.now;
  if (minutes < 60) return m.minutes(minutes);
  const hours = Math.floor(minutes / 60);
  return hours < 48 ? m.hours(hours) : m.days(Math.floor(hours / 24));
}
