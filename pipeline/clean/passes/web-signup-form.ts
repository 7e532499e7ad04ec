import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { endWithFollowingBlanks, isBlank, splitLines, wordCount, type Line } from '../_lines.ts';
import { addressesReader, siteWordHits } from './_web-vocabulary.ts';
import { interfaceRuns, isConsentControl, isDismissal, isFormConsent, isFormField, isInvitation, isPolicyLink, isShortUnstopped, isSignUpButton } from './_web-interface.ts';

/** Blank lines a form's lines may stand apart by. */
const MAX_GAP = 1;
/** Most lines above a form that may be its heading and pitch. */
const MAX_HEAD_LINES = 3;
/** Most words of a form's heading or pitch. */
const MAX_PITCH_WORDS = 30;
/** Most words of any line set directly over a form, in its block: its pitch. */
const MAX_ADJACENT_WORDS = 20;
/** Most words of a heading over a form. */
const MAX_HEADING_WORDS = 10;

type Kind = 'field' | 'button' | 'consent' | 'dismiss' | 'policy';

function kindOf(line: Line): Kind | undefined {
  const t = line.text.trim();
  if (isFormField(t)) return 'field';
  if (isSignUpButton(t)) return 'button';
  if (isDismissal(t) || isConsentControl(t)) return 'dismiss';
  if (isPolicyLink(t)) return 'policy';
  if (isFormConsent(t)) return 'consent';
  return undefined;
}

/**
 * A line above a form that is its heading or its pitch: next to the form, a short line without a
 * stop or a short sentence (to the reader or of the site, a little longer); across a blank line, only one that
 * speaks of a newsletter, an inbox, a sign-up.
 */
function headsForm(line: Line, adjacent: boolean): boolean {
  const t = line.text.trim();
  const words = wordCount(t);
  if (words === 0 || words > MAX_PITCH_WORDS || /:$/.test(t)) return false;
  if (isInvitation(t)) return true;
  if (!adjacent) return false;
  return isShortUnstopped(t, MAX_HEADING_WORDS) || words <= MAX_ADJACENT_WORDS || addressesReader(t) || siteWordHits(t) > 0;
}

/**
 * A sign-up form kept in a copy of a web page, wherever it stands (a newsletter's box between the
 * paragraphs, an exit pop-up at the end): a run of short lines holding a form's field ("Email
 * address", "First name", "E-Mail-Adresse", "Prénom", "Cyfeiriad e-bost") and its button ("Sign up",
 * "Subscribe", "Anmelden", "S’inscrire", "Cofrestru"), or two fields and a tick box's consent, with
 * the consent, the refusal and the policy link beside them, and the heading and pitch directly over
 * it. A list in the piece names no field beside a button, and stays.
 */
export const removeSignUpForm: Pass = {
  ruleId: 'web/signup-form',
  run(text) {
    const lines = splitLines(text);
    const edits: Edit[] = [];
    let taken = -1;
    for (const run of interfaceRuns(lines, kindOf, MAX_GAP)) {
      const count = (kind: Kind): number => run.members.filter((m) => m.kind === kind).length;
      const fields = count('field');
      if (!((fields >= 1 && count('button') >= 1) || (fields >= 2 && count('consent') >= 1))) continue;
      let first = run.members[0]!.line;
      const last = run.members.at(-1)!.line;
      // The heading and pitch over the form.
      for (let k = 0; k < MAX_HEAD_LINES; k++) {
        let i = first.index - 1;
        const adjacent = i >= 0 && !isBlank(lines[i]);
        if (!adjacent) i--;
        if (i <= taken || i < 0 || isBlank(lines[i]) || !headsForm(lines[i]!, adjacent)) break;
        first = lines[i]!;
      }
      edits.push({ start: first.start, end: endWithFollowingBlanks(lines, last.index, text.length), text: '', ruleId: 'web/signup-form', reason: `a sign-up form: ${fields} field(s) and its button or consent` });
      taken = last.index;
    }
    return edits;
  },
  describe: (_edit, old) => `Removed a sign-up form (“${old.trim().replace(/\s+/g, ' ').slice(0, 60)}”)`,
};
