// /resultat (/result) <forsøg>: <tekst>: keeps a result of an experiment, with the period it is about and the figures
// read from it (Danish number forms: "2.000", "2,5 mio. kr.", "1.300 lægetimer"). Shown on the experiment's page and
// found by /søg. A result names its experiment first; without a known one nothing is stored.
import { createHash } from 'node:crypto';
import { matchExperiment } from '../../../domain/experiments';
import { readResult } from '../../../domain/resultText';
import { sanitizeUserText, tokenize } from '../../../domain/text';
import { t } from '../../../i18n/catalog';
import { MAX_RESULT_CHARS, resultCard } from '../../../cards/resultCards';
import type { ExperimentResult } from '../../../storage/experimentRepository';
import type { CommandDescriptor, Reply } from '../types';
import { unknownExperimentText } from './experiment';
import { alreadyAnswered } from '../redelivery';
import { changeOf } from '../../turn';
import type { Services } from '../../services';
import { resultActions } from './resultButtons';

/** What result uses. */
type Ports = Pick<Services, 'experiments' | 'logger'>;

export const resultCommand: CommandDescriptor<Ports> = {
  command: 'result',
  names: { da: ['resultat'], en: ['result'] },
  bare: true,
  help: { section: 'registry', lines: ['result'] },
  actions: resultActions,
  async run({ turn, args, services }): Promise<Reply[]> {
    const lang = turn.lang;
    const clean = sanitizeUserText(args);
    if (clean === '') return [{ text: t('result.how', lang) }];
    const colon = clean.indexOf(':');
    const experiments = await services.experiments.list(turn.scope.key);
    let name: string | undefined;
    let text: string;
    if (colon > 0) {
      const query = clean.slice(0, colon).trim();
      const m = matchExperiment(query, experiments);
      if (!('name' in m)) return [{ text: unknownExperimentText(query, m.suggestion, lang) }];
      name = m.name;
      text = clean.slice(colon + 1).trim();
    } else {
      // No colon: the first words may still be the experiment ("/resultat mikrolån 40 nye virksomheder").
      const tokens = tokenize(clean);
      text = clean;
      for (let n = Math.min(5, tokens.length - 1); n >= 1 && !name; n--) {
        const m = matchExperiment(clean.slice(0, tokens[n - 1].end), experiments);
        if ('name' in m && experiments.some((e) => [e.name, ...e.aliases].some((a) => tokenize(a).length === n))) {
          name = m.name;
          text = clean.slice(tokens[n - 1].end).replace(/^[\s,.–—-]+/, '');
        }
      }
      if (!name) return [{ text: `${t('result.noExperiment', lang)} ${t('result.how', lang)}` }];
    }
    if (text === '') return [{ text: t('result.how', lang) }];
    if (text.length > MAX_RESULT_CHARS) return [{ text: t('result.tooLong', lang, { max: MAX_RESULT_CHARS, length: text.length }) }];
    const result: ExperimentResult = {
      id: `r${createHash('sha256').update(`${turn.conversationId}\n${turn.activityId}`).digest('hex').slice(0, 24)}`,
      experiment: name,
      text,
      ...readResult(text, turn.now),
      by: turn.author.name,
      byAadId: turn.author.aadObjectId,
      at: turn.now.toUTC().toISO()!,
    };
    if ((await services.experiments.addResult(turn.scope.key, result, changeOf(turn))) === 'duplicate')
      return alreadyAnswered(turn, services.logger);
    const heading = t('result.saved', lang, { name });
    return [{ card: resultCard(result, lang, turn.now, heading), summary: heading }];
  },
};
