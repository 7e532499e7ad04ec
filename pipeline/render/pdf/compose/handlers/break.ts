import type { Break } from 'mdast';
import type { InlineHandler } from './context.ts';

export const hardBreak: InlineHandler<Break> = () => [{ forcedBreak: true }];
