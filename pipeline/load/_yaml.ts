import { LineCounter, isMap, isScalar, parseDocument, type Document, type Node } from 'yaml';
import type { Diagnostic, Place } from '../types.ts';
import { diagnostic } from '../diagnostics.ts';

/** A YAML document with the places of its keys, so every field can be reported as file:line:column. */
export interface PositionedYaml {
  data: unknown;
  /** Dotted key path (`source.date`, `contents.2`) -> place of the key (or of the item). */
  places: Record<string, Place>;
  diagnostics: Diagnostic[];
}

/**
 * Parses YAML text that starts at `firstLine` of `file`. Parsing is bounded: alias expansion
 * is capped so a "billion laughs" document fails with a message instead of exhausting memory.
 */
export function parsePositionedYaml(text: string, file: string, firstLine = 1): PositionedYaml {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const toPlace = (offset: number): Place => {
    const { line, col } = counter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const diagnostics: Diagnostic[] = [];
  for (const error of doc.errors) {
    diagnostics.push(diagnostic(file, 'error', 'yaml/syntax', `Invalid YAML: ${firstSentence(error.message)}`, toPlace(error.pos[0])));
  }
  for (const warning of doc.warnings) {
    diagnostics.push(diagnostic(file, 'warning', 'yaml/warning', firstSentence(warning.message), toPlace(warning.pos[0])));
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { data: undefined, places: {}, diagnostics };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    diagnostics.push(diagnostic(file, 'error', 'yaml/aliases', `Invalid YAML: ${(error as Error).message}`, toPlace(0)));
    return { data: undefined, places: {}, diagnostics };
  }
  const places: Record<string, Place> = {};
  collectPlaces(doc, doc.contents, '', places, toPlace);
  return { data, places, diagnostics };
}

function collectPlaces(
  doc: Document,
  node: unknown,
  prefix: string,
  places: Record<string, Place>,
  toPlace: (offset: number) => Place,
): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const path = prefix ? `${prefix}.${key}` : key;
      const range = (pair.key as Node | null)?.range;
      if (range) places[path] = toPlace(range[0]);
      collectPlaces(doc, pair.value, path, places, toPlace);
    }
  } else if (node && typeof node === 'object' && 'items' in node && Array.isArray((node as { items: unknown[] }).items)) {
    (node as { items: unknown[] }).items.forEach((item, index) => {
      const path = prefix ? `${prefix}.${index}` : String(index);
      const range = (item as Node | null)?.range;
      if (range) places[path] = toPlace(range[0]);
      collectPlaces(doc, item, path, places, toPlace);
    });
  }
}

function firstSentence(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** The place of a key path, or of its nearest parent that has one. */
export function placeOfPath(places: Record<string, Place>, path: readonly (string | number)[], fallback: Place): Place {
  for (let n = path.length; n > 0; n--) {
    const found = places[path.slice(0, n).join('.')];
    if (found) return found;
  }
  return fallback;
}
