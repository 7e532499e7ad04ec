/** The evaluation's seeded randomness, shared by the degrader and its held-out wordings. */

export type Random = () => number;

/** mulberry32: small, fast and good enough for choosing damage. */
export function rng(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(r: Random, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
export const chance = (r: Random, p: number): boolean => r() < p;
export const between = (r: Random, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
