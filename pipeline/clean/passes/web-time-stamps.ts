import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { isBlank, splitLines, type Line } from '../_lines.ts';
import { isProse, isTitleLike } from './_web-lines.ts';

/**
 * A line that is nothing but an hour of the day, as a live page stamps its updates: "11:34 GMT",
 * "● 09:57", "12.30", "11:24am", "13:15 CET". Groups: 1 a bullet, 2 the hour, 3 the separator,
 * 4 the minutes, 5 am/pm, 6 a time zone's letters ("GMT", "UTC+1").
 */
const STAMP = /^\s*([●•▪▶►◆·*-]\s*)?(\d{1,2})([:.])(\d{2})\s*([ap]\.?m\.?)?\s*((?:[A-Z]{2,5})(?:[+−-]\d{1,2})?)?\s*$/u;
/** Fewest stamps before the hours are a page's stamps: one or two may be a text's own ("9.30", a train's hour). */
const MIN_STAMPS = 3;

interface Stamp {
  line: Line;
  /** The stamp's form: bullet, separator, am/pm, zone; every stamp of a page's series shares it. */
  form: string;
  /** Minutes since midnight. */
  minutes: number;
}

function readStamp(line: Line): Stamp | undefined {
  const m = STAMP.exec(line.text);
  if (!m) return undefined;
  let hour = Number(m[2]);
  const minute = Number(m[4]);
  if (minute > 59 || hour > 23 || (m[5] && (hour === 0 || hour > 12))) return undefined;
  const pm = m[5] !== undefined && /^p/i.test(m[5]);
  if (m[5]) hour = (hour % 12) + (pm ? 12 : 0);
  const form = [m[1] ? m[1].trim() : '', m[3], m[5] ? 'ampm' : '', m[6] ?? ''].join('|');
  return { line, form, minutes: hour * 60 + minute };
}

/**
 * A live page's time stamps: lines that are only an hour of the day ("11:34 GMT", "● 09:57"),
 * each set apart over a line of text (a blank line above it, a heading set apart above it, or the
 * top of the page), half of them at least over a paragraph of prose, three or
 * more in one form (the same separator, am/pm, zone, bullet), their hours running one way
 * through the page, as a live blog's updates do, newest last or newest first. A time inside a
 * sentence, a date with its hour (a diary's entry), a column of hours one under another (a
 * timetable), hours in more than one form or out of order all stay.
 */
export const removeTimeStamps: Pass = {
  ruleId: 'web/time-stamps',
  run(text) {
    const lines = splitLines(text);
    const stamps: Stamp[] = [];
    for (const line of lines) {
      if (isBlank(line)) continue;
      const stamp = readStamp(line);
      if (!stamp) continue;
      const above = lines[line.index - 1];
      const below = lines[line.index + 1];
      const next = lines.slice(line.index + 1).find((l) => !isBlank(l));
      // Set apart (a blank line above, or a heading set apart above it), over text; a stamp over another hour is a
      // timetable's column, a stamp between a timetable's stops is its row, and the page's stamps are no series.
      const aboveAbove = lines[line.index - 2];
      if (above && !isBlank(above) && !(isTitleLike(above.text) && (aboveAbove === undefined || isBlank(aboveAbove)))) return [];
      if (!next || readStamp(next)) return [];
      if (below === undefined) return [];
      stamps.push(stamp);
    }
    if (stamps.length < MIN_STAMPS) return [];
    // Over the page's paragraphs, as updates are: half the stamps at least stand over a paragraph of prose.
    const overProse = stamps.filter((s) => {
      const next = lines.slice(s.line.index + 1).find((l) => !isBlank(l));
      return next !== undefined && isProse(next.text);
    }).length;
    if (overProse * 2 < stamps.length) return [];
    if (new Set(stamps.map((s) => s.form)).size !== 1) return [];
    const steps = stamps.slice(1).map((s, k) => s.minutes - stamps[k]!.minutes);
    if (!steps.every((d) => d > 0) && !steps.every((d) => d < 0)) return [];
    return stamps.map((s): Edit => {
      const above = lines[s.line.index - 1];
      const below = lines[s.line.index + 1]!;
      // Between blank lines the stamp goes with the blank under it; under a blank line and over its text, the line alone;
      // under a heading, it leaves a blank line, so the heading stays set apart from the text as the stamp set it.
      const end = above && !isBlank(above) ? s.line.end : isBlank(below) ? (lines[below.index + 1]?.start ?? text.length) : below.start;
      return { start: s.line.start, end, text: '', ruleId: 'web/time-stamps', reason: `one of ${stamps.length} time stamps in one form, in order` };
    });
  },
  describe: (edit, old) => `Removed a time stamp, ${edit.reason ?? ''} (“${old.trim()}”)`,
};
