import { z } from 'zod';
import { SECTION_ROLES } from '../types.ts';

/** BCP 47 language tag, checked loosely (`en`, `en-GB`, `pt-BR`, `zh-Hant-TW`). */
const language = z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'expected a BCP 47 language tag such as en or en-GB');
/** A date as a text states it: year, year-month or full date. */
const partialDate = z
  .union([z.string(), z.number(), z.date()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)))
  .pipe(z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD'));
const text = z.string().trim().min(1, 'expected a non-empty text');

export const sourceSchema = z
  .object({
    publication: text.optional(),
    publisher: text.optional(),
    date: partialDate.optional(),
    url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).optional(),
  });

export const correctionSchema = z
  .object({
    find: z.string().min(1, 'expected the exact text to find'),
    replace: z.string(),
    reason: text,
  })
  .strict();

export const pieceSchema = z.object({
  title: text,
  title_supplied: z.boolean().default(false),
  subtitle: text.optional(),
  author: text,
  translator: text.optional(),
  editor: text.optional(),
  role: z.enum(SECTION_ROLES as [string, ...string[]]).optional(),
  source: sourceSchema.optional(),
  format: z.enum(['web', 'pdf-text', 'markdown']).optional(),
  language: language.optional(),
  note: text.optional(),
  corrections: z.array(correctionSchema).default([]),
});

export const PIECE_KEYS = Object.keys(pieceSchema.shape);
export const SOURCE_KEYS = Object.keys(sourceSchema.shape);

/**
 * A file in contents: its path, or (for a file that cannot carry front matter: PDF, HTML, DOCX)
 * a mapping of `file:` and the piece's front-matter keys, validated when the file is read.
 */
const contentsFile = z.union([z.string().min(1), z.object({ file: z.string().min(1) }).passthrough()]);

const contentsEntry = z.union([
  contentsFile,
  z.object({ part: text, contents: z.array(contentsFile).min(1, 'a part needs at least one file') }).strict(),
]);

/** A length in points, or a string with a unit: `148mm`, `6in`, `420pt`. */
const length = z.union([
  z.number().positive(),
  z.string().regex(/^\d+(\.\d+)?\s*(mm|cm|in|pt)$/, 'expected a length such as 148mm, 6in or 420pt'),
]);

export const TRIM_NAMES = ['A4', 'A5', 'A6', 'B5', '6x9', '5.5x8.5', 'letter'] as const;

export const printSchema = z
  .object({
    trim: z.union([z.enum(TRIM_NAMES), z.object({ width: length, height: length }).strict()]).default('A5'),
    margins: z
      .object({ top: length.optional(), bottom: length.optional(), inner: length.optional(), outer: length.optional() })
      .strict()
      .optional(),
    font_size: z.number().min(6).max(24).optional(),
    leading: z.number().min(1).max(2.5).optional(),
    font: text.optional(),
    impose: z.enum(['none', 'booklet']).optional(),
    /** Notes at the foot of the page that calls them, or after each piece. */
    notes: z.enum(['foot', 'end']).optional(),
    /** Also write the print-on-demand cover (dist/<slug>-cover.pdf). */
    cover: z.boolean().optional(),
    /** Paper for the cover's spine: `white`, `cream`, or the thickness of one page in mm. */
    paper: z.union([z.enum(['white', 'cream']), z.number().positive().max(1, 'expected a thickness per page in mm, such as 0.06')]).optional(),
  });

export const PRINT_KEYS = Object.keys(printSchema.shape);

/**
 * What one file may make the build expand to, so a hostile contribution fails with a named
 * limit instead of exhausting the stack or the memory. Each can be raised in anthology.yaml
 * (`limits: {nesting: 300}`) where a real book needs more.
 */
export const LIMIT_DEFAULTS = {
  /** Levels of Markdown containers (quotes, lists) and of raw HTML elements in a piece. */
  nesting: 100,
  /** Files in contents. */
  pieces: 2000,
  /** Footnotes in one piece. */
  footnotes: 5000,
  /** Levels of element nesting in a saved web page (pages nest deeper than manuscripts). */
  html_nesting: 500,
  /** Pages of one PDF. */
  pdf_pages: 1000,
  /** Characters of text on one PDF page (a dense page has about 6,000). */
  pdf_page_characters: 100_000,
  /** Objects in one PDF (a 1,000-page book holds some tens of thousands). */
  pdf_objects: 500_000,
  /** Bytes a Word file unpacks to, as its zip directory says. */
  docx_bytes: 256 * 1024 * 1024,
  /** Files inside a Word file's zip. */
  docx_entries: 5000,
  /** Pixels of one picture (width × height × frames), read from its header before decoding. */
  image_pixels: 50_000_000,
} as const;

const limit = z.number().int().positive();
export const limitsSchema = z
  .object({
    nesting: limit.max(5000, 'expected at most 5000: deeper nesting overflows the stack').optional(),
    pieces: limit.optional(),
    footnotes: limit.optional(),
    html_nesting: limit.max(5000, 'expected at most 5000: deeper nesting overflows the stack').optional(),
    pdf_pages: limit.optional(),
    pdf_page_characters: limit.optional(),
    pdf_objects: limit.optional(),
    docx_bytes: limit.optional(),
    docx_entries: limit.optional(),
    image_pixels: limit.optional(),
  })
  .strict();

export type Limits = { [K in keyof typeof LIMIT_DEFAULTS]: number };

export function limitsOf(config: { limits?: z.infer<typeof limitsSchema> | undefined }): Limits {
  return { ...LIMIT_DEFAULTS, ...config.limits };
}

export const bookSchema = z.object({
  title: text,
  subtitle: text.optional(),
  language,
  editors: z.union([text.transform((name) => [name]), z.array(text).min(1, 'expected at least one editor')]),
  identifier: z
    .string()
    .regex(
      /^urn:(uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|isbn:(97[89])?\d{9}[\dX])$/i,
      'expected urn:uuid:… or urn:isbn:…',
    )
    .optional(),
  publisher: text.optional(),
  date: partialDate.optional(),
  rights: text.optional(),
  description: text.optional(),
  subjects: z.array(text).default([]),
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected lower-case letters, digits and hyphens').optional(),
  contents: z.array(contentsEntry).min(1, 'expected at least one file in contents'),
  print: printSchema.default({ trim: 'A5' }),
  limits: limitsSchema.optional(),
});

export const BOOK_KEYS = Object.keys(bookSchema.shape);

export type BookConfig = z.infer<typeof bookSchema>;
export type PrintConfig = z.infer<typeof printSchema>;
export type PieceFrontMatter = z.infer<typeof pieceSchema>;
