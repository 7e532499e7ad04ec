/**
 * Whether the paragraph right after a picture (one alone in its paragraph) is that picture's
 * caption, so that both books set it as the figure's caption. Judged from the paragraph alone,
 * in this order:
 *
 * 1. all of it in italics, as Markdown writers set captions;
 * 2. it opens with a caption's label or a credit: "Photo:", "Figure 3.", "Fig. 2 —", "Plate IV",
 *    "Source:", "Courtesy of …", "© …", in the languages the book supports;
 * 3. it is short (at most MAX_TITLE_WORDS words) and has no closing punctuation: a title, as the
 *    cleaner takes a caption to be, not a sentence of the text.
 *
 * A longer paragraph, or a sentence that closes, stays text: taking the text's next sentence for a
 * caption would set it apart from the text it belongs to. Nothing is dropped either way.
 */
import type { Paragraph, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** Most words of a labelled caption or credit. */
const MAX_CAPTION_WORDS = 60;
/** Most words of an unlabelled, unpunctuated caption. */
const MAX_TITLE_WORDS = 12;

const LABELS = [
  'photo', 'photograph', 'picture', 'figure', 'fig\\.', 'plate', 'image', 'illustration', 'drawing', 'map', 'source', 'credit', 'caption', 'courtesy',
  'photographie', 'dessin', 'carte', 'gravure', 'abb\\.', 'abbildung', 'bild', 'foto', 'karte', 'quelle', 'figura', 'lámina', 'fuente',
  'фото', 'рис\\.', 'рисунок', 'иллюстрация', 'источник', 'εικόνα', 'σχ\\.', 'תמונה', 'איור', 'צילום', 'صورة', 'شكل', '图', '圖', '写真', '図', '그림', '사진',
];

/** A label, then a number (arabic or roman, perhaps with a letter) or straight to the colon or dash. */
const LABELLED = new RegExp(`^(?:${LABELS.join('|')})(?:\\s*(?:\\d+|[ivxlcdm]+)[a-z]?)?\\s*[:.—–-]\\s*\\S|^(?:${LABELS.join('|')})\\s*(?:\\d+|[IVXLCDM]+)\\b`, 'iu');
/** Credits: "© Agence Rol", "Photo by Ann Smith", "(Photo: Ann Smith)", "Courtesy of the archive". */
const CREDIT = /^\(?(?:©|\(c\)|photo(?:graph)?\s+by\b|photographed\s+by\b|courtesy\s+of\b|credit:)/iu;

export function readsAsCaption(node: Paragraph): boolean {
  const content = node.children.filter((child) => !isBlank(child));
  if (content.length === 0) return false;
  if (content.some((child) => child.type === 'image' || child.type === 'imageReference' || child.type === 'break')) return false;
  if (content.every((child) => child.type === 'emphasis')) return true;
  const text = toString(node).replace(/\s+/g, ' ').trim();
  const words = text.split(' ').length;
  if ((LABELLED.test(text) || CREDIT.test(text)) && words <= MAX_CAPTION_WORDS) return true;
  return words <= MAX_TITLE_WORDS && !/[.!?…:;,。！？]["'”’»)]*$/u.test(text) && /\p{L}/u.test(text);
}

function isBlank(child: PhrasingContent): boolean {
  return child.type === 'text' && !child.value.trim();
}
