import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../pipeline/cli/_args.ts';
import { runCli } from '../build/_book.ts';

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

describe('the command line, mistyped', () => {
  it('names the option or command meant, when one is close', () => {
    expect(() => parseArgs(['--reprot'], spec)).toThrow('Unknown option --reprot; did you mean --report?');
    expect(() => parseArgs(['--zzzzzz'], spec)).toThrow(/^Unknown option --zzzzzz$/);
    const command = runCli(['biuld']);
    expect(command.status).toBe(2);
    expect(command.stderr).toContain('Unknown command “biuld”; did you mean “build”?');
    expect(runCli(['-help']).stderr).toContain('did you mean “--help”?');
    expect(runCli(['build', '--no-cahce']).stderr).toContain('Unknown option --no-cahce; did you mean --no-cache?');
  });

  it('gives the usage for --help after a command, and exits 0', () => {
    for (const args of [['build', '--help'], ['clean', '-h'], ['preview', 'somewhere', '--help']]) {
      const run = runCli(args);
      expect(run.status, args.join(' ')).toBe(0);
      expect(run.stdout).toContain('Usage:');
      expect(run.stderr).toBe('');
    }
  });
});
