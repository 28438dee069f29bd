// /status [period]: "Status på interessevaretagelse – siden sidst" as a card, grouped as the KKR slide groups it, with
// the evaluation milestones, approvals (where the registry exists), the counts, and the slide, workbook and CSV to
// download. Without a period: since the last /status in this scope, else the last 30 days.
import type { CommandContext, CommandHandler, Reply } from './types';
import { withFreshSettings } from '../settings';
import { t } from '../../i18n/catalog';
import { statusCard } from '../../cards/reportCards';
import { downloadButtons, reportFor, reportRange } from './reportCommon';

/** The scope's settings record that remembers the day of the last /status (what "siden sidst" means). */
export const STATUS_SETTINGS = 'status';
interface StatusSettings {
  lastAt: string;
}

export const statusCommand: CommandHandler = {
  command: 'status',
  run(ctx) {
    return withFreshSettings(() => runStatus(ctx));
  },
};

async function runStatus({ turn, args, services }: CommandContext): Promise<Reply[]> {
  const last = await services.scopes.getSettings<StatusSettings>(turn.scope.key, STATUS_SETTINGS);
  const read = reportRange(turn, args, '/status', last?.lastAt);
  if ('reply' in read) return read.reply;
  const data = await reportFor(services, turn, read.range);
  // A status up to today is the one the next "siden sidst" counts from; a look back at 2019 is not.
  const today = turn.now.toISODate()!;
  // Already today's (a second /status today): nothing to write, and no commit to wait for.
  if (read.range.end === today && last?.lastAt !== today) {
    await services.scopes.putSettings(turn.scope.key, STATUS_SETTINGS, { lastAt: today } satisfies StatusSettings);
  }
  const downloads = downloadButtons(services, { card: 'status', from: data.from, to: data.to, asked: data.asked }, ['pptx', 'xlsx', 'csv']);
  return [{ card: statusCard(data, turn.lang, turn.now, downloads), summary: t('report.summary', turn.lang, { period: data.label }) }];
}
