/**
 * The drop cap of a section's first paragraph: the first letter (with any opening quotation
 * mark) set large in the body face, its cap height spanning from the top of the first line's
 * capitals to the baseline of the last line it sits beside; those lines are shortened to
 * run around it, and the rest of the first word is set in small capitals.
 */
import { isForcedBreak, type Fragment, type InlineRun, type SetLine, type TextRun, type TextStyle } from '../layout/types.ts';
import type { Composer } from './composer.ts';

export interface DropCapFrame {
  left: number;
  width: number;
  size: number;
  leading: number;
}

const INITIAL = /^([\p{Ps}\p{Pi}"'\u2018\u201c]*)([\p{L}\p{N}])/u;

/** The paragraph set around a drop cap, or undefined when it cannot carry one (too short, no letter first). */
export function setWithDropCap(runs: readonly InlineRun[], frame: DropCapFrame, composer: Composer): SetLine[] | undefined {
  const theme = composer.theme.dropCap;
  const first = runs[0];
  if (!first || isForcedBreak(first) || runs.some(isForcedBreak)) return undefined;
  const match = INITIAL.exec(first.text);
  if (!match) return undefined;
  const initialText = match[0];
  const measurer = composer.env.measurer;
  const bodyStyle = first.style;
  const capRatio = capHeightOf(bodyStyle.face, measurer) ;
  // Cap height of the initial = body cap height + the leading of the lines below the first.
  const height = capRatio * frame.size + (theme.lines - 1) * frame.leading;
  const initialStyle: TextStyle = { face: bodyStyle.face, size: height / capRatio, baselineShift: (theme.lines - 1) * frame.leading };
  const initialWidth = measurer.width(initialText, initialStyle);
  const indent = initialWidth + theme.gapEm * frame.size;
  const rest = splitFirstWord(first, initialText.length);
  const lines = composer.setText([...rest, ...runs.slice(1)], {
    align: 'justify',
    indent: 0,
    measure: {
      first: frame.width - indent,
      rest: frame.width,
      firstLeft: frame.left + indent,
      restLeft: frame.left,
      lines: Array.from({ length: theme.lines }, () => ({ width: frame.width - indent, left: frame.left + indent })),
    },
  });
  if (lines.length <= theme.lines) return undefined;
  // The initial and the rest of its word are drawn apart; they are extracted and read as one word.
  const restOfWord = /^\S*/u.exec(first.text.slice(initialText.length))![0];
  const joined = restOfWord !== '' && lines[0]!.fragments[0]?.text === restOfWord;
  const initial: Fragment = {
    x: frame.left,
    width: initialWidth,
    text: initialText,
    style: initialStyle,
    ...(joined ? { actualText: initialText + restOfWord, actualSpan: 2 } : {}),
  };
  lines[0] = { ...lines[0]!, fragments: [initial, ...lines[0]!.fragments], origin: first.origin ?? 0 };
  return lines;
}

function capHeightOf(face: string, measurer: Composer['env']['measurer']): number {
  return measurer.capHeight ? measurer.capHeight({ face, size: 1 }) : 0.7;
}

/** The first run without its initial: the rest of its first word in small capitals, then the rest. */
function splitFirstWord(run: TextRun, initialLength: number): TextRun[] {
  const text = run.text.slice(initialLength);
  const wordEnd = /^[^\s]*/u.exec(text)![0].length;
  const origin = (offset: number) => (run.origin === undefined ? {} : { origin: run.origin + initialLength + offset });
  const pieces: TextRun[] = [];
  if (wordEnd > 0) {
    const features = [...(run.style.features ?? []), 'smcp'];
    pieces.push({ text: text.slice(0, wordEnd), style: { ...run.style, features }, ...origin(0) });
  }
  if (wordEnd < text.length) pieces.push({ text: text.slice(wordEnd), style: run.style, ...origin(wordEnd) });
  return pieces;
}
