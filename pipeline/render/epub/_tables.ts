/**
 * A pipe table as XHTML: `<table>` in a wrapper that scrolls sideways when the table is wider
 * than the screen, the header row in `<thead>` with `<th scope="col">`, the other rows in
 * `<tbody>`, each column's alignment as a class (`align-right`) that the style sheet sets, not
 * HTML's obsolete `align` attribute, and the caption, when the source gave one (see
 * parse/_tables.ts), as `<caption>`. An empty first row (a table read without a header) is left
 * out. Rows shorter than the widest are filled with empty cells;
 * none of a longer row's cells is dropped.
 */
import type { Table, TableCell } from 'mdast';
import type { Element, ElementContent } from 'hast';
import type { State } from 'mdast-util-to-hast';
import { hasHeaderRow, tableCaption } from '../../parse/_tables.ts';

export function tableElement(state: State, node: Table): Element {
  const columns = Math.max(0, ...node.children.map((row) => row.children.length));
  const [first, ...body] = node.children;
  const head = hasHeaderRow(node) ? first : undefined;
  const row = (cells: readonly TableCell[], header: boolean): Element => {
    const children: ElementContent[] = [];
    for (let index = 0; index < columns; index += 1) {
      const cell = cells[index];
      const align = node.align?.[index];
      const properties: Element['properties'] = {
        ...(header ? { scope: 'col' } : {}),
        ...(align ? { className: [`align-${align}`] } : {}),
      };
      const element: Element = { type: 'element', tagName: header ? 'th' : 'td', properties, children: cell ? state.all(cell) : [] };
      if (cell) state.patch(cell, element);
      children.push(element);
    }
    return { type: 'element', tagName: 'tr', properties: {}, children: state.wrap(children, true) };
  };
  const sections: ElementContent[] = [];
  const caption = tableCaption(node);
  if (caption) sections.push({ type: 'element', tagName: 'caption', properties: {}, children: state.all({ type: 'paragraph', children: caption }) });
  if (head) sections.push({ type: 'element', tagName: 'thead', properties: {}, children: state.wrap([row(head.children, true)], true) });
  if (body.length > 0) sections.push({ type: 'element', tagName: 'tbody', properties: {}, children: state.wrap(body.map((r) => row(r.children, false)), true) });
  const table: Element = { type: 'element', tagName: 'table', properties: {}, children: state.wrap(sections, true) };
  state.patch(node, table);
  return { type: 'element', tagName: 'div', properties: { className: ['table'] }, children: [table] };
}
