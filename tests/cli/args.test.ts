import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../pipeline/cli/_args.ts';

const spec = { boolean: ['report'], value: ['out'] };

describe('parseArgs', () => {
  it('reads positionals, boolean flags and valued flags in both spellings', () => {
    expect(parseArgs(['src', '--out', 'o', '--report'], spec)).toEqual({ positionals: ['src'], flags: { out: 'o', report: true } });
    expect(parseArgs(['--out=o/p', 'src'], spec)).toEqual({ positionals: ['src'], flags: { out: 'o/p' } });
  });

  it('refuses unknown flags and a valued flag without its value', () => {
    expect(() => parseArgs(['--nope'], spec)).toThrow(UsageError);
    expect(() => parseArgs(['--out'], spec)).toThrow(/Missing value for --out/);
    expect(() => parseArgs(['--report=yes'], spec)).toThrow(/takes none/);
  });
});
