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
} satisfies Catalog;

export type MessageId = keyof typeof MESSAGES;

export function msg(id: MessageId, lang: Lang, vars: Record<string, string | number> = {}): string {
  return MESSAGES[id][lang].replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}
