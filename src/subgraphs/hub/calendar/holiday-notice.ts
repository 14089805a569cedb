import { WorkdayCalendar } from './workday-calendar';

/**
 * Reads the State Council General Office's yearly holiday notice (国务院办公厅关于XXXX年部分节假日
 * 安排的通知) into one year of the working-day calendar, in the shape setWorkdayCalendarYear takes.
 *
 * The notice has one numbered line per holiday (一、元旦：… up to 七、国庆节：…; six lines in a year
 * when Mid-Autumn falls inside National Day). Each line has a rest period (…至…放假[调休]，共N天)
 * or a single day (…放假1天), and may name weekend days that are worked (…、…上班). Everything
 * the text states twice is checked against itself: the weekday in brackets (周三) against the
 * date, and "共N天" against the length of the period, so a typo is refused, not loaded.
 */
export interface NoticeYear {
  year: number;
  /** Every day of every rest period (weekends inside them included, as the bundled data lists them), sorted. */
  holidays: string[];
  /** Weekend days worked (调休上班), sorted. */
  makeupWorkdays: string[];
  /** The numbered lines read, e.g. "二、春节", in order. */
  lines: string[];
}

export class NoticeError extends Error {
  constructor(message: string) {
    super(`Holiday notice: ${message}`);
    this.name = 'NoticeError';
  }
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const WEEKDAYS: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
const DAY_MS = 86_400_000;

/** A date mention: [[year年]month月]day日[（…周X…）]. Brackets full- or half-width. */
const DATE_RE = /(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:[（(]([^）)]*)[）)])?/g;
const LINE_RE = /^[\s\u3000]*([一二三四五六七八九十]+)、([^：:\n]+)[：:](.*)$/;

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

interface Mention {
  date: string;
  time: number;
  note: string | null;
}

/** The dates a sentence names, in order; a date without month (or year) takes the one before it. */
function mentions(sentence: string, year: number, where: string): Mention[] {
  const found: Mention[] = [];
  let month: number | null = null;
  let y = year;
  for (const m of sentence.matchAll(DATE_RE)) {
    if (m[1]) y = Number(m[1]);
    if (m[2]) month = Number(m[2]);
    if (month === null) throw new NoticeError(`${where}: "${m[0]}" has no month.`);
    const day = Number(m[3]);
    const time = Date.UTC(y, month - 1, day);
    const date = iso(time);
    if (date !== `${String(y).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`) {
      throw new NoticeError(`${where}: ${y}年${month}月${day}日 is not a date.`);
    }
    const note = m[4] ?? null;
    const weekday = note?.match(/周([日天一二三四五六])/)?.[1];
    if (weekday !== undefined && new Date(time).getUTCDay() !== WEEKDAYS[weekday]) {
      throw new NoticeError(`${where}: ${date} is not a 周${weekday} (the notice says so; check the text).`);
    }
    found.push({ date, time, note });
  }
  return found;
}

/** Parses the notice text; `year` when the title does not say it (…关于2026年部分节假日安排…). */
export function parseHolidayNotice(text: string, year?: number): NoticeYear {
  if (typeof text !== 'string' || !text.trim()) throw new NoticeError('the text is empty.');
  const titled = text.match(/(\d{4})年(?:部分)?节假日/)?.[1];
  const y = year ?? (titled ? Number(titled) : NaN);
  if (!Number.isInteger(y) || y < 2000 || y > 2100) throw new NoticeError('no year: the title (…关于2026年部分节假日安排的通知) names none; give it.');
  if (year !== undefined && titled && Number(titled) !== year) throw new NoticeError(`the title says ${titled}, but ${year} was asked for.`);

  const holidays = new Set<string>();
  const makeup = new Set<string>();
  const lines: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.match(LINE_RE);
    if (!line) continue;
    const [, numeral, name, body] = line;
    const expected = NUMERALS[lines.length];
    if (numeral !== expected) throw new NoticeError(`line "${numeral}、${name}" comes where "${expected}、" was expected.`);
    const where = `${numeral}、${name.trim()}`;
    lines.push(where);
    let rested = false;
    for (const sentence of body.split(/[。；;]/).map((s) => s.trim()).filter(Boolean)) {
      if (sentence.includes('放假')) {
        const dates = mentions(sentence.slice(0, sentence.indexOf('放假')), y, where);
        if (dates.length < 1 || dates.length > 2) throw new NoticeError(`${where}: a rest period names one day or two (from 至 to), got ${dates.length}.`);
        const [from, to = from] = dates;
        if (to.time < from.time) throw new NoticeError(`${where}: the period ends (${to.date}) before it starts (${from.date}).`);
        const days = (to.time - from.time) / DAY_MS + 1;
        const total = sentence.match(/共(\d+)天/)?.[1] ?? sentence.match(/放假(\d+)天/)?.[1];
        if (total && Number(total) !== days) throw new NoticeError(`${where}: ${from.date} to ${to.date} is ${days} days, the notice says ${total}.`);
        for (let t = from.time; t <= to.time; t += DAY_MS) holidays.add(iso(t));
        rested = true;
      } else if (sentence.endsWith('上班')) {
        const dates = mentions(sentence, y, where);
        if (!dates.length) throw new NoticeError(`${where}: "${sentence}" names no day.`);
        for (const d of dates) {
          const wd = new Date(d.time).getUTCDay();
          if (wd !== 0 && wd !== 6) throw new NoticeError(`${where}: ${d.date} is worked but is not a weekend day.`);
          makeup.add(d.date);
        }
      }
    }
    if (!rested) throw new NoticeError(`${where}: no rest period (…放假…) found.`);
  }
  if (!lines.length) throw new NoticeError('no numbered lines (一、元旦：… 二、春节：…) found.');
  const outside = [...holidays, ...makeup].filter((d) => d.slice(0, 4) !== String(y));
  if (outside.length) throw new NoticeError(`days outside ${y} (${outside.join(', ')}): load them with their own year.`);
  const result = { year: y, holidays: [...holidays].sort(), makeupWorkdays: [...makeup].sort(), lines };
  new WorkdayCalendar({ years: { [String(y)]: result } }); // exactly the checks setWorkdayCalendarYear makes
  return result;
}
