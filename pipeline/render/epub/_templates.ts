import { readFile } from 'node:fs/promises';
import { parseCoverDesign, type CoverDesign } from './_cover.ts';

/** Wording the EPUB templates need beyond what the Book carries (templates/epub/labels.json). */
export interface EpubLabels {
  contents: string;
  landmarks: string;
  startOfContent: string;
  titlePage: string;
  copyrightPage: string;
  editedBy: string;
  editorNote: string;
  colophon: string;
  pageList: string;
  cover: string;
}

/** What a designer changes without touching code: the EJS templates, the CSS and the wording. */
export interface EpubTemplates {
  contentOPF: string;
  chapterXHTML: string;
  tocXHTML: string;
  tocNCX: string;
  css: string;
  /** Added to the style sheet of a book that has tables (templates/epub/tables.css). */
  tablesCss: string;
  labels: EpubLabels;
  cover: CoverDesign;
}

const LABEL_KEYS: readonly (keyof EpubLabels)[] = [
  'contents',
  'landmarks',
  'startOfContent',
  'titlePage',
  'copyrightPage',
  'editedBy',
  'editorNote',
  'colophon',
  'pageList',
  'cover',
];

function templateFile(name: string): URL {
  return new URL(`../../../templates/epub/${name}`, import.meta.url);
}

function readTemplate(name: string): Promise<string> {
  return readFile(templateFile(name), 'utf8');
}

/** Read on every render rather than cached: the files are small and a cache would be module state. */
export async function loadEpubTemplates(): Promise<EpubTemplates> {
  const [contentOPF, chapterXHTML, tocXHTML, tocNCX, css, tablesCss, labels, cover] = await Promise.all([
    readTemplate('content.opf.ejs'),
    readTemplate('chapter.xhtml.ejs'),
    readTemplate('toc.xhtml.ejs'),
    readTemplate('toc.ncx.ejs'),
    readTemplate('style.css'),
    readTemplate('tables.css'),
    readTemplate('labels.json'),
    readTemplate('cover.json'),
  ]);
  return { contentOPF, chapterXHTML, tocXHTML, tocNCX, css, tablesCss, labels: parseLabels(labels), cover: parseCoverDesign(cover) };
}

function parseLabels(json: string): EpubLabels {
  const value: unknown = JSON.parse(json);
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const missing = LABEL_KEYS.filter((key) => typeof record[key] !== 'string');
  if (missing.length > 0) {
    throw new Error(`templates/epub/labels.json: expected a string for ${missing.join(', ')}`);
  }
  return Object.fromEntries(LABEL_KEYS.map((key) => [key, record[key]])) as unknown as EpubLabels;
}
