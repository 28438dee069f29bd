// /status [period]: "Status på interessevaretagelse – siden sidst" as a card, grouped as the KKR slide groups it, with
// the evaluation milestones, approvals (where the registry exists), the counts, and the slide, workbook and CSV to
// download. Without a period: since the last /status in this scope, else the last 30 days.
import type { CommandContext, CommandDescriptor, Reply } from '../types';
import { withFreshSettings } from '../../settings';
import { t } from '../../../i18n/catalog';
import { statusCard } from '../../../cards/reportCards';
import { downloadButtons, reportFor, reportRange } from './reportCommon';
import { reportFilesAction, type FilesPorts } from './reportFilesButton';
import type { Services } from '../../services';
import { tooManyForFile } from '../../../domain/report';

/** The scope's settings record that remembers the day of the last /status (what "siden sidst" means). */
export const STATUS_SETTINGS = 'status';
interface StatusSettings {
  lastAt: string;
}

/** What /status uses: the report's sources, the key, address and clock of its links, and the scope's settings. */
type Ports = FilesPorts & Pick<Services, 'scopes'>;

export const statusCommand: CommandDescriptor<Ports> = {
  command: 'status',
  names: { both: ['status'] },
  bare: true,
  help: { section: 'reports', lines: ['status'] },
  // The download buttons of /status and of /eksport (one verb, whichever card they are on).
  actions: [reportFilesAction],
  run(ctx) {
    return withFreshSettings(() => runStatus(ctx));
  },
};

async function runStatus({ turn, args, services }: CommandContext<Ports>): Promise<Reply[]> {
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
  // More entries than a file may hold: no buttons (the card says why).
  const downloads = tooManyForFile(data)
    ? undefined
    : downloadButtons(services, { card: 'status', from: data.from, to: data.to, asked: data.asked }, ['pptx', 'xlsx', 'csv']);
  return [{ card: statusCard(data, turn.lang, turn.now, downloads), summary: t('report.summary', turn.lang, { period: data.label }) }];
}
