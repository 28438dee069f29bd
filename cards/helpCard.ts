// The help card: every command with one example, in the reader's language.
import type { Lang } from '../domain/types';
import { expand, type CardJson } from './render';
import template from './templates/help.json';

/** Whose log the conversation keeps: a team's (all its channels), a group chat's, or one person's. */
export type LogAudience = 'team' | 'groupChat' | 'personal';

interface HelpLine { example: string; description: string }
interface HelpSection { heading: string; commands: HelpLine[] }

const SECTIONS: Record<Lang, HelpSection[]> = {
  da: [
    { heading: 'Log det, I har gjort', commands: [
      { example: '/log presse Jyllandsposten om mikrolån', description: 'Gem en handling. Arter: presse, arrangement, møde, foretræde, henvendelse, besøg, film, pris, andet. En dato i teksten ("i går", "d. 7. november") bliver handlingens dato.' },
      { example: '··· ved en besked › Log i Tovholder', description: 'Log en besked, hvor den står: tekst, art, dato, links og kolleger udfyldes fra beskeden, og logkortet svarer i tråden.' },
      { example: '/log https://nordjyske.dk/…', description: 'Et link er nok: mediet læses af adressen (DR, TV 2, Nordjyske, Altinget, ft.dk …), og kortet får Åbn. @nævnte kolleger kommer med på posten.' },
      { example: '/søg mikrolån', description: 'Find logposter, arrangementer og frister, der indeholder ordene.' },
      { example: '/hvem Jyllandsposten', description: 'Historikken med én interessent: antal, seneste kontakt, poster efter art.' },
      { example: '/interessent tilføj Danmarks Radio', description: 'Tilføj en interessent eller et medie, som loggen skal genkende.' },
      { example: '/forsøg tilføj Fleksjob', description: 'Tilføj et forsøg, som logposter kan mærkes med.' },
    ] },
    { heading: 'Det, der kommer', commands: [
      { example: '/arrangement JobCamp 7. november kl. 9 Vejle', description: 'Tilføj et arrangement (dato, tid og sted er valgfri).' },
      { example: '/frist Aflevering af rapport senest d. 15. december', description: 'Tilføj en frist. Indsæt flere linjer (fx en tidsplan fra et slide) for at tilføje én frist pr. linje.' },
      { example: '/frister næste måned', description: 'Hvad forfalder i en periode (uden periode: denne måned).' },
      { example: '/arrangementer', description: 'Kommende arrangementer. /deadlines viser kommende frister.' },
      { example: '/færdig slutrapport', description: 'Markér en frist eller et arrangement som færdigt.' },
      { example: 'hvad sker der i næste uge?', description: 'Spørg med almindelige ord, på dansk eller engelsk, fx "hvornår er byrådsbehandlingen?".' },
    ] },
    { heading: 'Overblik og påmindelser', commands: [
      { example: '/overblik', description: 'Det ugentlige overblik: vis indstillinger, /overblik tirsdag 9:00, /overblik her, /overblik nu, /overblik fra.' },
      { example: '/påmind', description: 'Påmindelser før arrangementer og frister: vis, ændr eller slå fra.' },
    ] },
  ],
  en: [
    { heading: 'Log what you did', commands: [
      { example: '/log press Jyllandsposten on micro-loans', description: 'Save an action. Kinds: press, event, meeting, hearing, letter, visit, film, award, other. A date in the text ("yesterday", "7 November") becomes its date.' },
      { example: '··· on a message › Log in Tovholder', description: 'Log a message where it is: text, kind, date, links and colleagues are filled in from it, and the log card replies in its thread.' },
      { example: '/log https://nordjyske.dk/…', description: 'A link is enough: the outlet is read from the address (DR, TV 2, Nordjyske, Altinget, ft.dk …) and the card gets Open. @mentioned colleagues are added to the entry.' },
      { example: '/find micro-loans', description: 'Find log entries, events and deadlines that contain the words.' },
      { example: '/who Jyllandsposten', description: "One stakeholder's history: count, last contact, entries by kind." },
      { example: '/stakeholder add Danmarks Radio', description: 'Add a stakeholder or outlet for the log to recognise.' },
      { example: '/experiment add Fleksjob', description: 'Add an experiment that log entries can be tagged with.' },
    ] },
    { heading: 'What is coming', commands: [
      { example: '/event JobCamp 7 November 9:00 Vejle', description: 'Add an event (date, time and place are optional).' },
      { example: '/deadline Final report by 15 December', description: 'Add a deadline. Paste several lines (a timeline from a slide) to add one deadline per line.' },
      { example: '/due next month', description: 'What is due in a period (no period: this month).' },
      { example: '/events', description: 'Upcoming events. /deadlines lists upcoming deadlines.' },
      { example: '/done final report', description: 'Mark a deadline or an event as done.' },
      { example: "what's due next week?", description: 'Ask in plain words, in Danish or English, e.g. "when is the final report?".' },
    ] },
    { heading: 'Digest and reminders', commands: [
      { example: '/digest', description: 'The weekly digest: show settings, /digest tuesday 9:00, /digest here, /digest now, /digest off.' },
      { example: '/remind', description: 'Reminders before events and deadlines: show, change or turn off.' },
    ] },
  ],
};

const TEXT = {
  da: {
    title: 'Tovholder holder fast i trådene',
    intro: {
      team: 'Skriv til mig med @Tovholder i kanalen. Alt, I gemmer, deles af hele teamet, i alle dets kanaler.',
      groupChat: 'Skriv til mig med @Tovholder her i chatten. Det, I gemmer her, deles af alle i chatten og kun dem.',
      personal: 'Skriv bare her. Det, du gemmer her, ser kun du; teamets fælles log finder du ved at skrive til mig i teamets kanal.',
    },
    footer: 'Datoer må skrives som I plejer: "7. november", "14/6", "medio august 2024", "uge 45", "senest d. 15. december", "i morgen".',
  },
  en: {
    title: 'Tovholder keeps hold of the threads',
    intro: {
      team: "Write to me with @Tovholder in the channel. Everything you save is shared by the whole team, in all its channels.",
      groupChat: 'Write to me with @Tovholder here in the chat. What you save here is shared by everyone in this chat, and only them.',
      personal: "Just write here. What you save here only you can see; the team's shared log is where you write to me in the team's channel.",
    },
    footer: 'Dates can be written the usual way: "7 November", "14/6", "mid August 2024", "week 45", "by 15 December", "tomorrow".',
  },
};

/** The help card; `where` says whose log this conversation keeps (a team's, a group chat's or one person's). */
export function helpCard(lang: Lang, where: LogAudience = 'team'): CardJson {
  const text = TEXT[lang];
  return expand(template, {
    title: text.title,
    intro: text.intro[where],
    sections: SECTIONS[lang],
    footer: text.footer,
  });
}
