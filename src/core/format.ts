/**
 * format: the one place numbers, percentages, 百分点 and dates become text.
 * `Intl` formatters are cached per locale and options. null gives the no-data text;
 * output never contains NaN, Infinity, undefined, null, -0, [object Object] or Invalid Date.
 */
import { keep } from './cache.js';
import { parseDate } from './dates.js';
import { messages, resolveLocale, type Locale } from './messages.js';

/** signDisplay: Intl's default ("-0" for -0), 'negative' (never "-0"), 'exceptZero' ("+13", "0"). */
const AUTO = 0;
const NEGATIVE = 1;
const EXCEPT_ZERO = 2;
type Sign = typeof AUTO | typeof NEGATIVE | typeof EXCEPT_ZERO;
const SIGN_DISPLAY = [undefined, 'negative', 'exceptZero'] as const;

const numberFormats: Record<Locale, Map<number, Intl.NumberFormat>> = { 'zh-CN': new Map(), en: new Map() };
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The formatter for these options, made once. Keyed by a number, not a string: this runs for
 * every figure of every widget at every update (a key string was ~200 kB of garbage a push to
 * 500 widgets).
 */
function numberFormat(locale: Locale, maxDigits: number, minDigits: number, sign: Sign, percent = false, grouping = true): Intl.NumberFormat {
  const key = (((maxDigits * 128 + minDigits) * 4 + sign) * 2 + +percent) * 2 + +grouping;
  const formats = numberFormats[locale];
  let f = formats.get(key);
  if (!f) {
    // An option given as undefined is Intl's default, as if not given.
    const options = { maximumFractionDigits: maxDigits, minimumFractionDigits: minDigits, signDisplay: SIGN_DISPLAY[sign], style: percent ? 'percent' : undefined, useGrouping: grouping ? undefined : false } as const;
    formats.set(key, (f = new Intl.NumberFormat(locale, options)));
  }
  return f;
}

/**
 * Intl's text for a number under 1,000 once rounded, in our locales, is plain: Latin digits, "."
 * and "-", no grouping. Written here without ICU: most figures of a board are such numbers
 * (targets, counts, percentages, 百分点), a one-row target bar formats three of them at every
 * update and a gauge ~11, and an ICU call costs microseconds. null where Intl must decide: 1,000
 * or more, more than 6 fraction digits, a value at a rounding tie (ICU rounds the number's shortest
 * decimal, this the binary double: they may differ only there), or -0 shown as "-0".
 */
function plainDecimal(v: number, maxDigits: number, minDigits: number, sign: Sign): string | null {
  const scale = 10 ** maxDigits;
  const k = Math.abs(v) * scale;
  const n = Math.round(k);
  const negative = v < 0 || Object.is(v, -0);
  if (sign === EXCEPT_ZERO || maxDigits > 6 || n >= 1000 * scale || Math.abs(k - n) > 0.4999 || (negative && !n && sign === AUTO)) return null;
  const digits = String(n).padStart(maxDigits + 1, '0'); // at least one digit before the point
  const point = digits.length - maxDigits;
  let end = digits.length;
  while (end > point + minDigits && digits[end - 1] === '0') end--; // no trailing "0"s beyond minDigits
  return `${negative && n ? '-' : ''}${digits.slice(0, point)}${end > point ? `.${digits.slice(point, end)}` : ''}`;
}

function formatWith(locale: Locale, v: number, maxDigits: number, minDigits: number, sign: Sign): string {
  // An integer (most targets, counts, a gauge's ends) is its own digits: no rounding to do.
  const plainSign = sign === NEGATIVE || (sign === AUTO && !Object.is(v, -0));
  if (plainSign && minDigits === 0 && Number.isInteger(v) && v > -1000 && v < 1000) return String(v);
  return plainDecimal(v, maxDigits, minDigits, sign) ?? numberFormat(locale, maxDigits, minDigits, sign).format(v);
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
  // Never "-0" for -0.04 rounded.
  return formatWith(locale, v, opts.digits ?? digitsFor(Math.abs(v)), opts.digits ?? 0, NEGATIVE);
}

/** A number as plain decimal digits, for attributes such as aria-valuenow: never "1e+21". */
export function plainNumber(v: number): string {
  if (!usable(v)) return '0';
  // Any integer below 1e21 prints as plain digits; Intl only for fractions.
  if (Number.isInteger(v) && Math.abs(v) < 1e21) return String(v === 0 ? 0 : v);
  return numberFormat('en', 6, 0, NEGATIVE, false, false).format(v);
}

// ---- units and magnitudes (万 / 亿) -------------------------------------------------

const PREFIXES: [string, number][] = [
  ['万亿', 1e12],
  ['亿', 1e8],
  ['万', 1e4],
];
const CHINESE_UNIT = /^[\u4e00-\u9fff]+$/;

/**
 * Splits a Chinese unit into magnitude and base: 亿元 → 1e8 × 元, 家 → 1 × 家.
 * Other units (%, km, '') carry no magnitude and are never rescaled.
 */
export function splitUnit(unit: string): { scale: number; base: string } | null {
  let split = units.get(unit);
  if (split === undefined) {
    const hit = PREFIXES.find(([p]) => unit.startsWith(p));
    split = keep(units, unit, !CHINESE_UNIT.test(unit) ? null : hit ? { scale: hit[1], base: unit.slice(hit[0].length) } : { scale: 1, base: unit }, 200);
  }
  return split;
}

const units = new Map<string, { scale: number; base: string } | null>();

// prefixOf and scaleFor run for every figure of every update, also before V8 optimises them
// (a page's first updates): written without iterators, which unoptimised code allocates.
function prefixOf(scale: number): string {
  for (let i = 0; i < PREFIXES.length; i++) if (PREFIXES[i][1] === scale) return PREFIXES[i][0];
  return '';
}

/** The magnitude the biggest of a group (in base units) is shown in, never below the unit's own. */
function scaleFor(biggest: number, unitScale: number): number {
  for (let i = 0; i < PREFIXES.length; i++) if (biggest >= PREFIXES[i][1]) return Math.max(unitScale, PREFIXES[i][1]);
  return Math.max(unitScale, 1);
}

/**
 * The magnitude a group of values is shown in, so a column reads alike: the largest of
 * 万亿/亿/万 the biggest value reaches, never smaller than the unit as written
 * (0.5 亿元 stays 亿元; 15230 万元 becomes 亿元). null when the unit has no magnitudes.
 */
export function pickScale(values: readonly (number | null)[], unit: string): number | null {
  const u = splitUnit(unit);
  if (!u) return null;
  let biggest = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (usable(v)) biggest = Math.max(biggest, Math.abs(v) * u.scale);
  }
  return scaleFor(biggest, u.scale);
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
  // pickScale([v], unit), without the array: every figure of every update comes through here.
  const scale = opts.scale !== undefined ? opts.scale : u ? scaleFor(Math.abs(v) * u.scale, u.scale) : null;
  if (!u || scale === null || !usable(scale)) return { value: formatNumber(v, opts), unit };
  // In its own magnitude, a unit is the unit as written (no string to join).
  return { value: formatNumber((v * u.scale) / scale, opts), unit: scale === u.scale ? unit : prefixOf(scale) + u.base };
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
  const digits = opts.digits ?? 1;
  const plain = plainDecimal(ratio * 100, digits, 0, NEGATIVE);
  return plain === null ? numberFormat(locale, digits, 0, NEGATIVE, true).format(ratio) : `${plain}%`;
}

/** A signed change in percent points: 13 → "+13%", −2.14 → "-2.1%", 0 → "0%". */
export function formatChange(points: number | null | undefined, opts: NumberOptions = {}): string {
  const locale = resolveLocale(opts.locale);
  if (!usable(points)) return messages(locale).noData;
  return `${numberFormat(locale, opts.digits ?? 1, 0, EXCEPT_ZERO).format(points)}%`;
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
  const pp = formatWith(resolveLocale(opts.locale), Math.abs(gap), 1, 0, AUTO);
  return gap > 0 ? m.ahead(m.points(pp)) : m.behind(m.points(pp));
}

// ---- dates -----------------------------------------------------------------------

/**
 * A contract date for people: "8月21日", "2024年8月21日" when not in `now`'s year,
 * "8月21日 10:00" for a date-time (its wall-clock time as written). Invalid: no-data text.
 */
export function formatDate(iso: string | null | undefined, opts: { locale?: string | null; now?: number } = {}): string {
  const locale = resolveLocale(opts.locale);
  const now = opts.now ?? Date.now();
  // A board shows the same few dates on every widget: remember them (bounded) for the year
  // they were made in (its bounds kept, so most calls make no Date and no key).
  if (!(now >= year.from && now < year.to)) {
    const y = new Date(now).getUTCFullYear();
    year = { y, from: Date.UTC(y, 0, 1), to: Date.UTC(y + 1, 0, 1) };
    for (const texts of Object.values(shownDates)) texts.clear();
  }
  const texts = shownDates[locale];
  const text = texts.get(iso ?? '');
  return text === undefined ? keep(texts, iso ?? '', dateText(iso, locale, year.y), 500) : text;
}

let year = { y: NaN, from: 0, to: -1 };
const shownDates: Record<Locale, Map<string, string>> = { 'zh-CN': new Map(), en: new Map() };

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
