/**
 * Sample prose for the PDF reader's tests: four sentences on one subject, and paragraphs made of
 * them in turn, long enough to wrap over several lines at any measure.
 */
export const SENTENCES = [
  'The estuary was crossed on foot at low water for centuries, and the guides who led travellers over the sands knew every channel by the colour of the water above it.',
  'Their knowledge was handed down in families and rarely written, which is why so little of it survives in the record offices of the two counties.',
  'A traveller who set out without a guide risked the quicksands by the river mouth, and the parish registers record the burials of those who did.',
  'The guides were paid by the county, and the accounts show a salary that changed little between the reign of Anne and the coming of the railway.',
] as const;

/** The n-th paragraph: the four sentences in turn, from the n-th on. */
export function paragraph(n: number): string {
  return SENTENCES.map((_, k) => SENTENCES[(n + k) % SENTENCES.length]).join(' ');
}

/** The paragraphs of a reader's Markdown, each on one line with single spaces. */
export function paragraphsOf(markdown: string): string[] {
  return markdown
    .trim()
    .split(/\n\n+/)
    .map((p) => p.replace(/\s+/g, ' '));
}
