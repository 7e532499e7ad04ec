import type { ThematicBreak } from 'mdast';
import { setCentredLine } from '../../layout/single-line.ts';
import { textStyle } from '../composer.ts';
import { snapToGrid } from '../grid-spacing.ts';
import type { BlockHandler } from './context.ts';

/** A centred ornament between two parts of a text; never left alone at the foot of a page. */
export const thematicBreak: BlockHandler<ThematicBreak> = (_node, context) => {
  const { composer, frame, flow } = context;
  const theme = composer.theme.thematicBreak;
  const style = textStyle('regular', frame.size);
  const line = setCentredLine(theme.ornament, style, frame.left + frame.width / 2, frame.width, composer.env.measurer);
  flow.addSpace(theme.spaceAround * composer.line);
  // An ornament, not text: drawn as an artifact, so it is neither read aloud nor extracted.
  const ornament = { fragments: line.fragments.map((fragment) => ({ ...fragment, artifact: true })) };
  flow.addLines([ornament], { height: composer.line, size: frame.size }, 'together');
  flow.keepWithNext(1);
  flow.addSpace(theme.spaceAround * composer.line);
  snapToGrid(context);
  context.container.previous = 'other';
};
