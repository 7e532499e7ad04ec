import type { CleanText, Correction, Diagnostic, EditRecord, Manuscript, Place, TextFormat } from '../types.ts';
import { diagnostic, lineStarts, placeOf } from '../diagnostics.ts';
import { createContext } from './_context.ts';
import { passesFor } from './_profiles.ts';
import { runPasses, toOriginalOffset, type Pass, type RunResult } from './_runner.ts';
import { loadSpeller, type SpellingVariety, type Speller } from './_words.ts';
import { spellingVariety } from './_language.ts';
import { detectProfile } from './detect.ts';
import { findSuspectWords } from './suspects.ts';
import { keepsHyphen } from './passes/pdf-dehyphenate.ts';

export { detectProfile } from './detect.ts';

/**
 * For a reader that rebuilds lines itself (PDF): whether a line-end hyphen between `head` and
 * `tail` belongs to the word, decided as the dehyphenation pass decides, by the document's own
 * spelling (`text`) first, then the dictionary of its spelling variety.
 */
export function createHyphenJudge(text: string, language?: string): (head: string, tail: string) => boolean {
  // The dictionary of the text's own spelling variety: "market-organised" is a British word, not two.
  const speller = loadSpeller(spellingVariety(text, language, loadSpeller('en-US'), () => loadSpeller('en-GB')));
  const ctx = createContext(text, { file: '', profile: 'pdf-text' }, speller);
  return (head, tail) => keepsHyphen(head, tail, ctx);
}

/** Rule id of the notes on lines the cleaner kept although they may be furniture. */
export const KEPT_MAY_BE_FURNITURE = 'clean/kept-may-be-furniture';
/** A cleaning rule that failed on a text (a bug): skipped for that text, which is kept as it was. */
export const RULE_FAILED = 'clean/rule-failed';

export interface CleanTextOptions {
  file: string;
  format?: TextFormat;
  title?: string;
  /** The front matter's subtitle: a line of the text that repeats it before the first paragraph goes. */
  subtitle?: string;
  author?: string;
  /** Who translated and who edited the piece, when the options give them: a credit naming them repeats the metadata. */
  translator?: string;
  editor?: string;
  corrections?: Correction[];
  /** BCP 47 tag from the front matter; without one, the spelling variety is read from the text. */
  language?: string;
}

/** Where a cleaned text sits in the file it came from. */
interface Origin {
  file: string;
  /** The whole file, for line numbers. */
  raw: string;
  /** Offset of the cleaned text inside `raw`. */
  offset: number;
  /** Where the `corrections` key sits, for unused corrections. */
  correctionsPlace?: Place;
}

export interface Cleaner {
  cleanManuscript(manuscript: Manuscript): CleanText;
  cleanText(text: string, options: CleanTextOptions): CleanText;
}

function unusedCorrections(body: string, corrections: readonly Correction[], origin: Origin): Diagnostic[] {
  return corrections
    .filter((c) => !body.includes(c.find))
    .map((c) =>
      diagnostic(origin.file, 'warning', 'clean/unused-correction', `Unexpected correction “${c.find}”: the text does not contain it`, origin.correctionsPlace),
    );
}

/** How many white-space characters open `old`, when text follows them; 0 when it is all white space. */
function leadingSpace(old: string): number {
  const lead = /^\s*/.exec(old)?.[0].length ?? 0;
  return lead < old.length ? lead : 0;
}

/** `starts` are the line starts of `origin.raw`. */
function report(
  result: RunResult,
  origin: Origin,
  starts: readonly number[],
  describe: (passIndex: number) => Pass['describe'],
): { edits: EditRecord[]; diagnostics: Diagnostic[] } {
  const placeInRaw = (passIndex: number, offset: number) => placeOf(starts, origin.offset + toOriginalOffset(result.maps, passIndex, offset));
  const edits: EditRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const { edit, old, passIndex } of result.applied) {
    // A removal that takes the blank lines above a line with it is shown at the line, not at the end of the line before.
    const place = placeInRaw(passIndex, edit.start + leadingSpace(old));
    edits.push({ ruleId: edit.ruleId, line: place.line, column: place.column, old, new: edit.text, ...(edit.reason ? { reason: edit.reason } : {}) });
    const message = describe(passIndex)?.(edit, old);
    if (message) diagnostics.push(diagnostic(origin.file, 'info', edit.ruleId, message, place));
  }
  return { edits, diagnostics };
}

function clean(text: string, options: CleanTextOptions, origin: Origin, spellerFor: (variety: SpellingVariety) => Speller): CleanText {
  const profile = options.format ?? detectProfile(text);
  const speller = spellerFor(spellingVariety(text, options.language, spellerFor('en-US'), () => spellerFor('en-GB')));
  const corrections = options.corrections ?? [];
  const ctx = createContext(text, { ...options, profile, corrections }, speller);
  const passes = passesFor(profile, corrections);
  const failed: Diagnostic[] = [];
  const result = runPasses(text, passes, ctx, (ruleId, error) => {
    const why = error instanceof Error ? error.message : String(error);
    failed.push(
      diagnostic(origin.file, 'warning', RULE_FAILED, `The cleaning rule ${ruleId} failed on this text and was skipped: its changes were not made and the text is kept as it was (${why}). Please report it with this file`),
    );
  });
  const starts = lineStarts(origin.raw);
  const { edits, diagnostics } = report(result, origin, starts, (i) => passes[i]!.describe);
  diagnostics.unshift(...failed);
  for (const kept of ctx.kept) {
    const place = placeOf(starts, origin.offset + toOriginalOffset(result.maps, kept.passIndex, kept.offset));
    diagnostics.push(diagnostic(origin.file, 'info', KEPT_MAY_BE_FURNITURE, `Kept “${kept.text.trim()}”: may be furniture (${kept.reason})`, place));
  }
  for (const suspect of findSuspectWords(result.text, ctx.speller, ctx.vocabulary)) {
    const place = placeOf(starts, origin.offset + toOriginalOffset(result.maps, passes.length, suspect.offset));
    const hint = suspect.suggestion ? `, expected “${suspect.suggestion}”?` : '';
    diagnostics.push(diagnostic(origin.file, 'info', 'spelling/suspect', `Unexpected word “${suspect.word}”${hint}`, place));
  }
  return {
    path: origin.file,
    profile,
    markdown: result.text,
    edits,
    diagnostics: [...unusedCorrections(text, corrections, origin), ...diagnostics],
  };
}

/** A cleaner that loads the dictionary on first use and keeps it for every text it cleans. */
export function createCleaner(): Cleaner {
  const spellers = new Map<SpellingVariety, Speller>();
  const getSpeller = (variety: SpellingVariety): Speller => {
    let speller = spellers.get(variety);
    if (!speller) spellers.set(variety, (speller = loadSpeller(variety)));
    return speller;
  };
  return {
    cleanManuscript(manuscript) {
      const { meta } = manuscript;
      const options: CleanTextOptions = {
        file: manuscript.path,
        title: meta.title,
        ...(meta.subtitle !== undefined ? { subtitle: meta.subtitle } : {}),
        author: meta.author,
        ...(meta.translator !== undefined ? { translator: meta.translator } : {}),
        ...(meta.editor !== undefined ? { editor: meta.editor } : {}),
        corrections: meta.corrections,
        ...(meta.format ? { format: meta.format } : {}),
        ...(meta.language ? { language: meta.language } : {}),
      };
      const origin: Origin = {
        file: manuscript.path,
        raw: manuscript.raw,
        offset: manuscript.bodyOffset,
        ...(manuscript.fields.corrections ? { correctionsPlace: manuscript.fields.corrections } : {}),
      };
      return clean(manuscript.body, options, origin, getSpeller);
    },
    cleanText(text, options) {
      return clean(text, options, { file: options.file, raw: text, offset: 0 }, getSpeller);
    },
  };
}

/** Raw manuscript body → Markdown, with every edit placed in the raw file. Pure. */
export function cleanManuscript(manuscript: Manuscript): CleanText {
  return createCleaner().cleanManuscript(manuscript);
}

/** The same for a bare text (no front matter): positions are in that text. */
export function cleanText(text: string, options: CleanTextOptions): CleanText {
  return createCleaner().cleanText(text, options);
}
