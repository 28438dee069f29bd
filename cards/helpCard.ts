// The help card: every command with one example, in the reader's language.
import type { Lang } from '../domain/types';
import { expand, type CardJson } from './render';
import { t, type MessageId } from '../i18n/catalog';
import template from './templates/help.json';

/** Whose log the conversation keeps: a team's (all its channels), a group chat's, or one person's. */
export type LogAudience = 'team' | 'groupChat' | 'personal';

type Id = MessageId;

/** The help card's sections: a heading, then each command's example and what it does. */
const SECTIONS: Array<{ heading: Id; commands: Array<[example: Id, description: Id]> }> = [
  {
    heading: 'help.heading.log',
    commands: [
      ['help.log.example', 'help.log.text'],
      ['help.logMessage.example', 'help.logMessage.text'],
      ['help.logLink.example', 'help.logLink.text'],
      ['help.find.example', 'help.find.text'],
      ['help.who.example', 'help.who.text'],
      ['help.stakeholder.example', 'help.stakeholder.text'],
    ],
  },
  {
    heading: 'help.heading.registry',
    commands: [
      ['help.experiments.example', 'help.experiments.text'],
      ['help.experimentPage.example', 'help.experimentPage.text'],
      ['help.experimentStatus.example', 'help.experimentStatus.text'],
      ['help.experiment.example', 'help.experiment.text'],
      ['help.result.example', 'help.result.text'],
      ['help.municipality.example', 'help.municipality.text'],
      ['help.approved.example', 'help.approved.text'],
      ['help.approvalRun.example', 'help.approvalRun.text'],
    ],
  },
  {
    heading: 'help.heading.coming',
    commands: [
      ['help.event.example', 'help.event.text'],
      ['help.deadline.example', 'help.deadline.text'],
      ['help.due.example', 'help.due.text'],
      ['help.events.example', 'help.events.text'],
      ['help.done.example', 'help.done.text'],
      ['help.delete.example', 'help.delete.text'],
      ['help.calendar.example', 'help.calendar.text'],
      ['help.question.example', 'help.question.text'],
      ['help.plan.example', 'help.plan.text'],
      ['help.mine.example', 'help.mine.text'],
      ['help.gaps.example', 'help.gaps.text'],
    ],
  },
  {
    heading: 'help.heading.digest',
    commands: [
      ['help.digest.example', 'help.digest.text'],
      ['help.remind.example', 'help.remind.text'],
    ],
  },
  {
    heading: 'help.heading.privacy',
    commands: [
      ['help.history.example', 'help.history.text'],
      ['help.myData.example', 'help.myData.text'],
      ['help.forget.example', 'help.forget.text'],
    ],
  },
  {
    heading: 'help.heading.reports',
    commands: [
      ['help.status.example', 'help.status.text'],
      ['help.stats.example', 'help.stats.text'],
      ['help.export.example', 'help.export.text'],
    ],
  },
];

const INTRO: Record<LogAudience, Id> = { team: 'help.intro.team', groupChat: 'help.intro.groupChat', personal: 'help.intro.personal' };

/** The help card; `where` says whose log this conversation keeps (a team's, a group chat's or one person's). */
export function helpCard(lang: Lang, where: LogAudience = 'team'): CardJson {
  return expand(template, {
    title: t('help.title', lang),
    intro: t(INTRO[where], lang),
    sections: SECTIONS.map((s) => ({
      heading: t(s.heading, lang),
      commands: s.commands.map(([example, description]) => ({ example: t(example, lang), description: t(description, lang) })),
    })),
    footer: t('help.footer', lang),
  });
}
