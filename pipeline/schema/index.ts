/**
 * JSON Schemas of anthology.yaml and of a manuscript's front matter, generated from the zod
 * schemas the loader validates with, so an editor (through yaml-language-server) completes and
 * checks the same keys the build accepts. The schemas describe what is written in YAML: the
 * input side of each zod schema, before defaults and transforms.
 */
import { z } from 'zod';
import { bookSchema, pieceSchema } from '../load/schema.ts';

type JsonSchema = Record<string, unknown>;

/** What each key means, shown by editors on hover; keys without an entry still validate. */
const BOOK_DESCRIPTIONS: Record<string, string> = {
  title: 'The book title.',
  subtitle: 'Shown under the title on the title page and in the EPUB metadata.',
  language: 'The book language as a BCP 47 tag: en, en-GB, pt-BR.',
  editors: 'One name, or a list of names.',
  identifier: 'urn:uuid:… or urn:isbn:…; by default a UUID derived from the title.',
  publisher: 'Publisher named on the copyright page and in the EPUB metadata.',
  date: 'Publication date: YYYY, YYYY-MM or YYYY-MM-DD.',
  rights: 'Rights statement for the copyright page.',
  description: 'A paragraph about the book, for the EPUB metadata.',
  subjects: 'Subject headings.',
  slug: 'Output file names: dist/<slug>.epub, dist/<slug>.pdf. By default taken from the title.',
  contents: 'The manuscript files in reading order, relative to this folder; { part, contents } groups files into a part.',
  print: 'Print settings: trim size, margins, font size, leading, booklet imposition.',
};

const PIECE_DESCRIPTIONS: Record<string, string> = {
  title: 'The piece title.',
  title_supplied: 'True when the editor supplied the title (the source had none).',
  subtitle:
    'The piece subtitle: shown under its title in both editions and after it in the sources; a line of the raw text that repeats it before the first paragraph is then taken out.',
  author: 'A person or an organisation; "Unsigned" when unknown.',
  translator:
    'Who translated the piece: shown under the author in both editions and in the sources; a “Translated by …” line in the raw text that names them is then taken out.',
  editor:
    'Who edited the piece (compiled, annotated or abridged it): shown as “Edited by …” under the author in both editions and in the sources; a credit line in the raw text that names them is then taken out.',
  role: 'introduction, or piece (the default).',
  source: 'Where the text comes from: publication, publisher, date, url.',
  format: 'How the raw body is cleaned: web (a page scrape), pdf-text (a PDF extraction) or markdown. Detected when missing.',
  language: 'The piece language as a BCP 47 tag, when it differs from the book.',
  note: "The editor's note shown under the title.",
  corrections: 'Exact find/replace fixes that only this text needs, each with a reason.',
};

export function bookJsonSchema(): JsonSchema {
  return generate(bookSchema, 'anthology.yaml', 'Book metadata, order of contents and print settings of an anthology.', BOOK_DESCRIPTIONS);
}

export function frontMatterJsonSchema(): JsonSchema {
  return generate(pieceSchema, 'Manuscript front matter', 'The YAML block at the top of a manuscript.', PIECE_DESCRIPTIONS);
}

function generate(schema: z.ZodType, title: string, description: string, descriptions: Record<string, string>): JsonSchema {
  const json = z.toJSONSchema(schema, {
    io: 'input',
    // A YAML date (2003-03-07) reaches the loader as a Date; in the editor it is a string.
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const def = (zodSchema as { _zod?: { def?: { type?: string } } })._zod?.def;
      // Only the JSON Schema `pattern` keyword has no flags: a case-insensitive regex would wrongly reject.
      if (typeof jsonSchema.pattern === 'string' && hasCaseInsensitiveCheck(zodSchema)) delete jsonSchema.pattern;
      if (Array.isArray(jsonSchema.anyOf)) {
        jsonSchema.anyOf = jsonSchema.anyOf.filter((branch) => typeof branch !== 'object' || Object.keys(branch).length > 0);
      }
      // Unknown keys are reported by the loader (and ignored): editors flag them too.
      if (def?.type === 'object' && jsonSchema.additionalProperties === undefined) jsonSchema.additionalProperties = false;
    },
  }) as JsonSchema;
  const properties = json.properties as Record<string, JsonSchema>;
  for (const [key, text] of Object.entries(descriptions)) {
    if (properties[key]) properties[key] = { description: text, ...properties[key] };
  }
  return { $schema: json.$schema, title, description, ...json };
}

function hasCaseInsensitiveCheck(schema: unknown): boolean {
  const checks = (schema as { _zod?: { def?: { checks?: { _zod?: { def?: { pattern?: RegExp } } }[] } } })._zod?.def?.checks ?? [];
  return checks.some((check) => check._zod?.def?.pattern?.flags.includes('i'));
}
