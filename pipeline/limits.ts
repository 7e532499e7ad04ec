/**
 * Checks shared by the stages that open what a contributor sends (the readers, the parser):
 * each finds, in one linear pass and before any recursive parser or walker runs, whether a
 * text goes past a limit of anthology.yaml's `limits:`.
 */
import { unzipSync } from 'fflate';

/** Elements that never hold others, so they open no level. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * How deep the raw HTML in a text nests, and where it first goes deeper than `limit`: one
 * linear scan of its tags, before any HTML parser (whose tree walkers recurse) sees it.
 * Unclosed tags count as open, so the figure is an upper bound.
 */
export function htmlNesting(text: string, limit: number): { depth: number; offset?: number } {
  const tag = /<(\/?)([A-Za-z][A-Za-z0-9-]*)\b[^<>]*?(\/?)>/g;
  let depth = 0;
  let deepest = 0;
  for (let m = tag.exec(text); m; m = tag.exec(text)) {
    if (m[1]) {
      depth = Math.max(0, depth - 1);
      continue;
    }
    if (m[3] || VOID.has(m[2]!.toLowerCase())) continue;
    depth++;
    if (depth > deepest) deepest = depth;
    if (depth > limit) return { depth, offset: m.index };
  }
  return { depth: deepest };
}

/** What a zip's central directory says it unpacks to, read without unpacking anything. */
export function zipContents(bytes: Uint8Array): { entries: number; bytes: number } {
  let entries = 0;
  let total = 0;
  // fflate hands each entry's header to the filter before inflating; refusing them all inflates nothing.
  unzipSync(bytes, {
    filter: (entry) => {
      entries++;
      total += entry.originalSize;
      return false;
    },
  });
  return { entries, bytes: total };
}

/**
 * How many objects a PDF holds, counted from its bytes before pdf.js parses it: each
 * `N G obj` header, plus the `/N` count of every object stream (whose objects have no header
 * of their own). One linear scan; a file that lies about itself is still bounded by the scan.
 */
export function pdfObjectCount(bytes: Uint8Array): number {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let count = 0;
  const header = /\d+\s+\d+\s+obj\b/g;
  while (header.exec(text)) count++;
  const streams = /\/Type\s*\/ObjStm\b[^>]{0,200}?\/N\s+(\d+)|\/N\s+(\d+)[^>]{0,200}?\/Type\s*\/ObjStm\b/g;
  for (let m = streams.exec(text); m; m = streams.exec(text)) count += Number(m[1] ?? m[2]);
  return count;
}
