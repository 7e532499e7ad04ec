import { parseArgs, UsageError } from './_args.ts';
import type { CommandIo } from './_io.ts';

/** `anthology schema [--front-matter]`: a JSON Schema on stdout. */
export async function schemaCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const { positionals, flags } = parseArgs(argv, { boolean: ['front-matter'], value: [] });
  if (positionals.length > 0) throw new UsageError('schema takes no arguments');
  const { bookJsonSchema, frontMatterJsonSchema } = await import('../schema/index.ts');
  const schema = flags['front-matter'] ? frontMatterJsonSchema() : bookJsonSchema();
  io.out(`${JSON.stringify(schema, null, 2)}\n`);
  return 0;
}
