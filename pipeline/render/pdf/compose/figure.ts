/**
 * A picture alone in its paragraph is a figure: placed at its natural size (its pixels at the
 * resolution the file states, 300 dpi when it states none), scaled down to the measure and to
 * two thirds of the page's height, centred; one item of the vertical list, so the paginator
 * never splits it, with the caption that follows kept on its page. Tagged `Figure` with its
 * alt text. A picture printed below 200 dpi is a warning: it will look soft on paper.
 */
import type { Image } from 'mdast';
import type { SetLine, StructNode } from '../layout/types.ts';
import { anchorFor, type BlockContext } from './handlers/context.ts';
import { snapToGrid } from './grid-spacing.ts';
import { diagnostic } from '../../../diagnostics.ts';

const DEFAULT_DPI = 300;
const MIN_PRINT_DPI = 200;
const MAX_PAGE_SHARE = 2 / 3;

/** Where the figure stands in the structure tree, when not as a block of its own (inside a paragraph). */
export interface FigurePlacement {
  struct: readonly StructNode[];
  /** Offset of the picture in its block's text, for the line's anchor. */
  offset: number;
}

/** Whether the picture is one of the book's, which print can place. */
export function isBookPicture(node: Image, context: BlockContext): boolean {
  return context.composer.images?.has(node.url) === true;
}

/** Places the figure; false when the picture is not one of the book's (then its alt text is set as before). */
export function placeFigure(node: Image, context: BlockContext, placement?: FigurePlacement): boolean {
  const { composer, frame, flow, container } = context;
  const image = composer.images?.get(node.url);
  if (!image) return false;
  const dpi = image.dpi && image.dpi > 1 ? image.dpi : DEFAULT_DPI;
  const natural = { width: (image.width * 72) / dpi, height: (image.height * 72) / dpi };
  const pageText = composer.print.pageHeight - composer.print.marginTop - composer.print.marginBottom;
  const scale = Math.min(1, frame.width / natural.width, (pageText * MAX_PAGE_SHARE) / natural.height);
  const width = natural.width * scale;
  const height = natural.height * scale;
  const printedDpi = (image.width * 72) / width;
  if (printedDpi < MIN_PRINT_DPI) {
    composer.warn?.(
      diagnostic(
        image.file,
        'warning',
        'image/low-resolution',
        `Unexpected resolution of ${Math.round(printedDpi)} dpi for image “${image.href.replace(/^images\/\d+-/, '')}” at its printed size (${Math.round((width / 72) * 25.4)} mm wide), expected at least ${MIN_PRINT_DPI}`,
        image.line === undefined ? undefined : { line: image.line, column: image.column ?? 1 },
      ),
    );
  }
  const key = `${context.scope.document}/${context.place.path.join('.')}`;
  const line: SetLine = {
    fragments: [{ x: frame.left + (frame.width - width) / 2, width, text: '', style: { face: 'regular', size: composer.print.fontSize }, image: { key: node.url, height } }],
    anchor: anchorFor(context, placement?.offset ?? 0),
    struct: placement
      ? [...placement.struct, { key: `${key}@${placement.offset}`, role: 'Figure', alt: node.alt ?? '' }]
      : [...context.place.struct, { key, role: 'Figure', alt: node.alt ?? '' }],
  };
  if (container.previous !== 'none') flow.addSpace(0.5 * composer.line);
  // A size of height / 0.65 puts the line's baseline at its foot (see flow-builder's baselineIn).
  flow.addLines([line], { height, size: height / 0.65 }, 'together');
  // The caption that follows stays with the picture.
  flow.keepWithNext(1);
  flow.addSpace(0.5 * composer.line);
  snapToGrid(context);
  return true;
}
