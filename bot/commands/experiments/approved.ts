// /godkendt (/approved) <kommune> <fristens ord> [dato]: marks one approver of an approval run (a deadline such as
// "Politisk godkendelse i alle kommuner") with the day and who marked it; `/godkendt fortryd …` (`/approved undo …`)
// takes a mark back. The card shows the tally and a button per approver still missing (bot/commands/experiments/approvalButtons.ts).
import { splitTitleAndPeriod } from '../../../domain/dates';
import { applyMark, APPROVER_ALIASES, approverIn, closestApprover, removeMark, tallyOf } from '../../../domain/approvals';
import { matchMunicipality, townAtStart } from '../../../domain/municipalities';
import { sanitizeUserText, titleMatches, tokenize } from '../../../domain/text';
import type { ApprovalMark, Item } from '../../../domain/items';
import type { IsoDate } from '../../../domain/types';
import { t } from '../../../i18n/catalog';
import { itemCard } from '../../../cards/itemCards';
import { townOfferCard } from '../../../cards/approvalCards';
import type { Services } from '../../services';
import { changeOf, type Turn } from '../../turn';
import type { CommandDescriptor, Reply } from '../types';
import type { ActionResult } from '../types';
import { commandText } from '../../commandGrammar';

const UNDO_WORDS = new Set(['fortryd', 'fortryde', 'undo', 'tilbage']);
const MAX_LISTED = 5;

/** What approved uses. */
type Ports = Pick<Services, 'items'>;

export const approvedCommand: CommandDescriptor<Ports> = {
  command: 'approved',
  names: { da: ['godkendt'], en: ['approved'] },
  help: { section: 'registry', lines: ['approved'] },
  async run({ turn, args, services }): Promise<Reply[]> {
    const lang = turn.lang;
    let text = sanitizeUserText(args);
    if (text === '') return [{ text: t('approval.how', lang) }];
    const first = text.split(' ')[0].toLocaleLowerCase('da');
    const undo = UNDO_WORDS.has(first);
    if (undo) text = text.slice(first.length).trim();
    const runs = (await services.items.approvalRuns(turn.scope.key)).filter((r) => undo || !r.done);
    if (runs.length === 0) return [{ text: t('approval.noRuns', lang) }];
    const approvers = [...new Set(runs.flatMap((r) => r.approvers ?? []))];
    const found = approverIn(text, approvers, APPROVER_ALIASES);
    if (!found) {
      // A town is not a council: "Skagen" lies in Frederikshavn Kommune, which the card offers to mark.
      const town = townAtStart(text);
      if (town) return townAnswer(town, runs, turn, undo);
      const word = tokenize(text)[0]?.raw ?? text;
      const m = matchMunicipality(word);
      // A council misspelt: the command as it should have been written, not how to open a municipality's page.
      if ('suggestion' in m && m.suggestion) {
        const rest = text.slice(text.indexOf(word) + word.length).trim();
        const command = `${commandText(approvedCommand, lang)} ${m.suggestion} ${rest}`.trim();
        return [{ text: t('approval.didYouMeanCouncil', lang, { word, name: m.suggestion, command }) }];
      }
      // A circle or another approver of a chain, misspelt ("Jobcenterchefkresen").
      const near = closestApprover(word, approvers);
      if (near) return [{ text: t('approval.unknownApprover', lang, { word, who: near }) }];
      return [{ text: t('approval.noWho', lang, { who: tallyOf(runs[0])?.missing[0] ?? runs[0].approvers![0], title: runs[0].title }) }];
    }
    const { rest, on, matches } = runsFor(runs, found.who, found.rest, turn);
    if (matches.length === 0) {
      return [
        {
          text: t('approval.noMatch', lang, {
            text: rest || found.who,
            list: runs
              .slice(0, MAX_LISTED)
              .map((r) => `"${r.title}"`)
              .join(', '),
          }),
        },
      ];
    }
    if (matches.length > 1) {
      return [
        {
          text: t('approval.many', lang, {
            text: rest,
            list: matches
              .slice(0, MAX_LISTED)
              .map((r) => `"${r.title}"`)
              .join(', '),
          }),
        },
      ];
    }
    const result = await changeMark(services, turn, matches[0].id, found.who, undo, on);
    return 'card' in result ? [{ card: result.card, summary: `${matches[0].title}: ${found.who}` }] : [{ text: result.message }];
  },
};

/** The runs `who` approves whose title has the words of `text`, and the day it names last (the day it was approved,
 *  else today). */
function runsFor(runs: Item[], who: string, text: string, turn: Turn): { rest: string; on: IsoDate; matches: Item[] } {
  let rest = text;
  let on: IsoDate = turn.now.toISODate()!;
  const dated = rest ? splitTitleAndPeriod(rest, { today: turn.now, yearRule: 'past' }) : undefined;
  if (dated && 'period' in dated) {
    rest = dated.title;
    on = dated.period.start;
  }
  const words = tokenize(rest).map((w) => w.word);
  const candidates = runs.filter((r) => r.approvers?.includes(who));
  return { rest, on, matches: words.length === 0 ? candidates : candidates.filter((r) => titleMatches(words, r.title)) };
}

/** "/godkendt Skagen …": says which municipality the town lies in and, when one run of it matches, offers to mark that
 *  municipality with a button (nothing is marked until it is pressed). */
function townAnswer(town: { town: string; municipality: string; rest: string }, runs: Item[], turn: Turn, undo: boolean): Reply[] {
  const lang = turn.lang;
  const lies = t('approval.townLiesIn', lang, { town: town.town, name: town.municipality });
  const { matches } = runsFor(runs, town.municipality, town.rest, turn);
  const what = `${town.municipality} ${town.rest}`.trim();
  if (matches.length !== 1 || undo)
    return [{ text: `${lies} ${t(undo ? 'approval.townWriteUndo' : 'approval.townWrite', lang, { what })}` }];
  const run = matches[0];
  return [{ card: townOfferCard(lies, run, town.municipality, lang), summary: lies }];
}

/** Marks `who` (or takes the mark back) under the item's ETag, and answers with the tally card or why nothing changed. */
export async function changeMark(
  services: Pick<Services, 'items'>,
  turn: Turn,
  id: string,
  who: string,
  undo: boolean,
  on?: IsoDate,
): Promise<ActionResult> {
  const lang = turn.lang;
  const at = turn.now.toUTC().toISO()!;
  const mark: ApprovalMark = { who, on: on ?? turn.now.toISODate()!, by: turn.author.name, byAadId: turn.author.aadObjectId, at };
  const event = { who, on: mark.on, by: mark.by, byAadId: mark.byAadId, at };
  const changed = await services.items.changeGuarded(
    turn.scope.key,
    id,
    (item: Item) => {
      if (undo) {
        const r = removeMark(item, who);
        return {
          item: r.item,
          outcome: r.outcome as string,
          ...(r.outcome === 'unmarked' ? { event: { action: 'undo' as const, ...event } } : {}),
        };
      }
      const r = applyMark(item, mark);
      return {
        item: r.item,
        outcome: r.outcome as string,
        ...(r.outcome === 'marked' ? { event: { action: 'mark' as const, ...event } } : {}),
      };
    },
    { change: changeOf(turn), action: undo ? 'undone' : 'marked' },
  );
  if (!changed?.item.approvers?.length) return { message: t('approval.notARun', lang) };
  const { item, outcome } = changed;
  if (outcome === 'notAnApprover') return { message: t('approval.notApprover', lang, { who, title: item.title }) };
  if (outcome === 'notMarked') return { message: t('approval.notMarked', lang, { who }) };
  if (outcome === 'alreadyMarked') {
    const m = item.approvals!.find((a) => a.who === who)!;
    return { message: t('approval.alreadyMarked', lang, { who, day: m.on, by: m.by || '?' }) };
  }
  const heading = undo ? t('approval.unmarked', lang, { who }) : t('approval.marked', lang, { who });
  return { card: itemCard(item, lang, turn.now, heading, '', undo ? 'Attention' : 'Good', [], undo ? undefined : who) };
}
