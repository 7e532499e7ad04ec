/** Facts about languages (BCP 47 tags) that more than one stage needs. */

/** Languages written right to left, by primary subtag. */
const RIGHT_TO_LEFT = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'yi', 'ps', 'sd', 'ug', 'dv', 'ckb', 'syr']);

export function isRightToLeftLanguage(language: string | undefined): boolean {
  return language !== undefined && RIGHT_TO_LEFT.has(language.trim().toLowerCase().split('-')[0]!);
}

/** Whether two tags name the same language as written (`en` and `EN`), not merely related ones. */
export function sameLanguage(a: string | undefined, b: string | undefined): boolean {
  return (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();
}
