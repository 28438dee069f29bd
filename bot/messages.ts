// Every plain-text reply, in Danish and English. Danish first: it is the users' language.
import type { Lang } from '../domain/types';

type Catalog = Record<string, { da: string; en: string }>;

export const MESSAGES = {
  unknownCommand: { da: 'Den kommando kender jeg ikke: {word}.', en: "I don't know that command: {word}." },
  didYouMean: { da: 'Mente du {suggestion}?', en: 'Did you mean {suggestion}?' },
  seeHelp: { da: 'Skriv /hjælp for at se alle kommandoer.', en: 'Type /help to see every command.' },
  notUnderstood: {
    da: 'Det forstod jeg ikke. Jeg kan logge, hvad I har gjort (/log), holde styr på frister og arrangementer og svare på spørgsmål som "hvad skal vi nå i denne måned?". Skriv /hjælp for at se alle kommandoer.',
    en: 'I did not understand that. I can log what you did (/log), keep track of deadlines and events, and answer questions like "what\'s due this month?". Type /help to see every command.',
  },
  storageDown: {
    da: 'Jeg kan ikke nå databasen lige nu, så intet er gemt. Prøv igen om lidt. (fejl-id {turnId})',
    en: 'I cannot reach storage right now, so nothing was saved. Please try again in a moment. (error id {turnId})',
  },
  internalError: {
    da: 'Noget gik galt hos mig, og intet er gemt. Prøv igen; sker det igen, så giv fejl-id {turnId} videre til jeres IT.',
    en: 'Something went wrong on my side and nothing was saved. Try again; if it happens again, pass error id {turnId} to your IT team.',
  },
  tenantRefused: {
    da: 'Tovholder er ikke sat op til jeres organisation, så jeg kan ikke hjælpe her.',
    en: 'Tovholder is not set up for your organisation, so I cannot help here.',
  },
  notYet: {
    da: '{command} er ikke klar endnu.',
    en: '{command} is not ready yet.',
  },
  // The log card's additions for links, colleagues and messages logged with "Log i Tovholder".
  cardColleagues: { da: 'Kolleger', en: 'Colleagues' },
  cardQuoted: { da: 'Citeret', en: 'Quoted' },
  cardSource: { da: 'Kilde', en: 'Source' },
  cardFromMessage: { da: 'Fra besked af', en: 'From a message by' },
  cardOpen: { da: 'Åbn', en: 'Open' },
  cardOpenNamed: { da: 'Åbn {label}', en: 'Open {label}' },
  // The "Log i Tovholder" dialog (a message extension's task module).
  dialogTitle: { da: 'Log i Tovholder', en: 'Log in Tovholder' },
  dialogHeading: { da: 'Log beskeden', en: 'Log the message' },
  dialogHeadingCompose: { da: 'Ny logpost', en: 'New log entry' },
  dialogKind: { da: 'Art', en: 'Kind' },
  dialogKindError: { da: 'Vælg en art', en: 'Choose a kind' },
  dialogText: { da: 'Hvad skete der?', en: 'What happened?' },
  dialogTextError: { da: 'Skriv hvad der skete (højst 1000 tegn)', en: 'Write what happened (at most 1000 characters)' },
  dialogDate: { da: 'Dato', en: 'Date' },
  dialogLinks: { da: 'Links (ét pr. linje)', en: 'Links (one per line)' },
  dialogColleagues: { da: 'Kolleger', en: 'Colleagues' },
  dialogFrom: { da: 'Beskeden er skrevet af', en: 'The message was written by' },
  dialogRecognised: { da: 'Genkendt: {names}. Det læses igen af teksten, når du gemmer.', en: 'Recognised: {names}. It is read again from the text when you save.' },
  dialogSave: { da: 'Gem', en: 'Save' },
  dialogTooLongNote: {
    da: 'Beskeden er {length} tegn, men en logpost må højst være {max}. Forkort teksten, før du gemmer.',
    en: 'The message is {length} characters, but a log entry can be at most {max}. Shorten the text before you save.',
  },
  dialogTooLong: {
    da: 'Teksten er {length} tegn, men en logpost må højst være {max}. Intet er gemt. Forkort den og tryk Gem igen.',
    en: 'The text is {length} characters, but a log entry can be at most {max}. Nothing was saved. Shorten it and press Save again.',
  },
  dialogNoKind: { da: 'Vælg en art for logposten. Intet er gemt.', en: 'Choose a kind for the log entry. Nothing was saved.' },
  dialogNoText: { da: 'Skriv hvad der skete. Intet er gemt.', en: 'Write what happened. Nothing was saved.' },
  dialogBadDate: { da: '"{date}" er ikke en dato. Vælg datoen i kalenderen. Intet er gemt.', en: '"{date}" is not a date. Pick the date in the calendar. Nothing was saved.' },
  dialogBadLink: { da: '"{link}" er ikke et link (det skal begynde med https://). Intet er gemt.', en: '"{link}" is not a link (it must start with https://). Nothing was saved.' },
  alreadyLogged: {
    da: 'Den besked er allerede logget, så intet nyt er gemt. Sådan står den i loggen:',
    en: 'That message is already logged, so nothing new was saved. This is the entry:',
  },
  alreadyLoggedHeading: { da: 'Allerede logget', en: 'Already logged' },
  loggedFromMessageSummary: { da: 'Logget fra en besked: {text}', en: 'Logged from a message: {text}' },
  threadReplyFailed: {
    da: 'Logposten er gemt, men jeg kunne ikke skrive i beskedens tråd. Den findes med /søg.',
    en: 'The entry is saved, but I could not reply in the message\'s thread. /find finds it.',
  },
  unknownMessageCommand: { da: 'Den handling kender jeg ikke. Prøv "Log i Tovholder" igen.', en: 'I do not know that action. Try "Log in Tovholder" again.' },
} satisfies Catalog;

export type MessageId = keyof typeof MESSAGES;

export function msg(id: MessageId, lang: Lang, vars: Record<string, string | number> = {}): string {
  return MESSAGES[id][lang].replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}
