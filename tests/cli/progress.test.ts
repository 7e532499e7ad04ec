import { describe, expect, it } from 'vitest';
import { main } from '../../pipeline/cli/main.ts';
import { makeSourceDir, MINIMAL_CONFIG, piece } from '../helpers.ts';
import { freshDir } from '../build/_book.ts';

async function run(errIsTerminal: boolean): Promise<{ status: number; err: string }> {
  const source = await makeSourceDir({ 'anthology.yaml': MINIMAL_CONFIG, 'one.md': piece('title: One\nauthor: A', 'Text.\n') });
  let err = '';
  const status = await main(['build', source, '--out', freshDir('progress'), '--no-cache'], {
    out: () => {},
    err: (text) => (err += text),
    env: { SOURCE_DATE_EPOCH: '1767225600' },
    errIsTerminal,
  });
  return { status, err };
}

describe('progress', () => {
  it('shows the stages on one updating line when stderr is a terminal, and clears it', async () => {
    const { status, err } = await run(true);
    expect(status).toBe(0);
    expect(err).toContain('\r\x1b[2K[1/8] load…');
    expect(err).toContain('\r\x1b[2K[6/8] pdf…');
    expect(err).toMatch(/\r\x1b\[2Kbuilt /);
  });

  it('stays quiet when stderr is not a terminal', async () => {
    const { status, err } = await run(false);
    expect(status).toBe(0);
    expect(err).not.toMatch(/\r|\x1b/);
    expect(err).toMatch(/^built /);
  });
});
