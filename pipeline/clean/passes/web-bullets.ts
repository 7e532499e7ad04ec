import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';

const BULLET = '[•▪●◦]';

/**
 * Bullet characters become Markdown list items. A bullet glued to the end of the previous
 * sentence ("countries.• Build") starts a new item on its own line.
 */
export const convertBullets: Pass = {
  ruleId: 'web/bullets',
  run(text) {
    const edits: Edit[] = [];
    for (const m of text.matchAll(new RegExp(`^[ \\t]*${BULLET}[ \\t\\u00a0]*`, 'gm'))) {
      edits.push({ start: m.index, end: m.index + m[0].length, text: '- ', ruleId: 'web/bullets' });
    }
    // Only after text that is not itself a bullet: "• • item" is one item with a stray bullet, not two.
    for (const m of text.matchAll(new RegExp(`(?<=[^\\s•▪●◦])[ \\t\\u00a0]*${BULLET}[ \\t\\u00a0]*(?=\\S)`, 'g'))) {
      const lineStart = text.lastIndexOf('\n', m.index) + 1;
      const inListItem = new RegExp(`^[ \\t]*${BULLET}`).test(text.slice(lineStart, m.index));
      edits.push({ start: m.index, end: m.index + m[0].length, text: inListItem ? '\n- ' : '\n\n- ', ruleId: 'web/bullets' });
    }
    return edits;
  },
};
