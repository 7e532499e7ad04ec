import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { missingPackage } from '../../pipeline/cli/main.ts';

// A checkout that gained a dependency since the last install fails to import it: the CLI names the
// package and says to run `npm ci`, instead of printing an internal error with a stack trace.
/** Imports a specifier known only at run time (TypeScript does not try to resolve it). */
const importNamed = (specifier: string): Promise<unknown> => import(/* @vite-ignore */ specifier).catch((error: unknown) => error);

describe('missingPackage', () => {
  it('names the package Node could not find, from a real failed import and require', async () => {
    const imported = await importNamed('anthology-no-such-package/sub/path.js');
    expect(missingPackage(imported)).toBe('anthology-no-such-package');
    const scoped = await importNamed('@anthology-none/no-such-package');
    expect(missingPackage(scoped)).toBe('@anthology-none/no-such-package');
    let required: unknown;
    try {
      createRequire(import.meta.url)('anthology-no-such-package');
    } catch (error) {
      required = error;
    }
    expect(missingPackage(required)).toBe('anthology-no-such-package');
  });

  it('leaves a missing file of our own, and every other error, to the internal-error path', async () => {
    const relative = await importNamed(new URL('./no-such-file-here.js', import.meta.url).href);
    expect(missingPackage(relative)).toBeUndefined();
    expect(missingPackage(new Error("Cannot find package 'x'"))).toBeUndefined();
    expect(missingPackage(undefined)).toBeUndefined();
  });
});
