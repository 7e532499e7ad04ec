import { suggestKey } from '../suggest.ts';

/** A usage error: wrong command line, exit status 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface ParsedArgs {
  positionals: string[];
  flags: Record<string, string | true>;
}

/**
 * `--flag`, `--flag value`, `--flag=value` and positionals. Flags that take a value are named,
 * so `--out dist` is not mistaken for a boolean followed by a positional.
 */
export function parseArgs(argv: readonly string[], spec: { boolean: string[]; value: string[] }): ParsedArgs {
  const positionals: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.replace(/^--?/, '').split(/=(.*)/s, 2) as [string, string | undefined];
    if (spec.boolean.includes(name)) {
      if (inline !== undefined) throw new UsageError(`Unexpected value for --${name}, it takes none`);
      flags[name] = true;
    } else if (spec.value.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`Missing value for --${name}`);
      flags[name] = value;
    } else {
      const known = suggestKey(name, [...spec.boolean, ...spec.value]);
      throw new UsageError(`Unknown option ${arg}${known ? `; did you mean --${known}?` : ''}`);
    }
  }
  return { positionals, flags };
}
