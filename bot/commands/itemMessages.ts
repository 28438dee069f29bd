// Plain-text replies of the event and deadline commands, Danish first. Kept beside the commands that use them.
import type { Lang } from '../../domain/types';

const ITEM_MESSAGES = {
  eventHow: {
    da: 'Skriv titlen og gerne dato, tid og sted, fx /arrangement JobCamp 7. november kl. 9 Vejle. Datoen kan vente: så står der "dato ikke fastsat".',
    en: 'Write the title and, if you know them, date, time and place, e.g. /event JobCamp 7 November 9:00 Vejle. The date can wait: it then says "date not set".',
  },
  deadlineHow: {
    da: 'Skriv titlen først og datoen sidst, fx /frist Aflevering af rapport senest d. 15. december eller /frist Godkendelse i styregruppen medio august 2024. Indsæt flere linjer for at tilføje én frist pr. linje.',
    en: 'Write the title first and the date last, e.g. /deadline Final report by 15 December or /deadline Steering group approval mid August 2024. Paste several lines to add one deadline per line.',
  },
  noDate: {
    da: 'Jeg kunne ikke finde en dato i "{text}", så intet er gemt.',
    en: 'I could not find a date in "{text}", so nothing was saved.',
  },
  noTitle: {
    da: 'Der mangler en titel før datoen, så intet er gemt.',
    en: 'There is no title before the date, so nothing was saved.',
  },
  impossible: {
    da: 'Datoen "{text}" findes ikke, så intet er gemt. Tjek dag og måned, fx 28. februar eller 1. marts.',
    en: 'The date "{text}" does not exist, so nothing was saved. Check the day and the month, e.g. 28 February or 1 March.',
  },
  reversed: {
    da: 'Perioden "{text}" slutter, før den begynder, så intet er gemt. Skriv den tidligste dato først, fx marts – maj 2025.',
    en: 'The period "{text}" ends before it begins, so nothing was saved. Write the earlier date first, e.g. March – May 2025.',
  },
  tooManyLines: {
    da: 'Det er {count} linjer; jeg tager højst {max} ad gangen, så intet er gemt. Del tidsplanen op i flere beskeder.',
    en: 'That is {count} lines; I take at most {max} at a time, so nothing was saved. Split the timeline into several messages.',
  },
  periodHow: {
    da: 'Den periode forstod jeg ikke: "{text}". Skriv fx /frister næste måned, /frister uge 45, /frister december eller bare /frister (denne måned).',
    en: 'I did not understand the period "{text}". Write e.g. /due next month, /due week 45, /due December, or just /due (this month).',
  },
  doneHow: {
    da: 'Skriv nogle ord fra titlen, fx /færdig slutrapport.',
    en: 'Write some words of the title, e.g. /done final report.',
  },
  doneNone: {
    da: 'Jeg fandt ingen åben frist eller arrangement, der passer til "{text}". Se dem med /frister eller /arrangementer.',
    en: 'I found no open deadline or event matching "{text}". See them with /deadlines or /events.',
  },
  doneMany: {
    da: 'Flere passer til "{text}": {list}. Skriv lidt mere af titlen, så jeg ved hvilken.',
    en: 'Several match "{text}": {list}. Write a little more of the title so I know which one.',
  },
  whenNone: {
    da: 'Jeg kender ingen frist eller arrangement, der passer til "{text}". Tilføj det med /frist eller /arrangement.',
    en: 'I know of no deadline or event matching "{text}". Add it with /deadline or /event.',
  },
  notHere: {
    da: 'Det punkt findes ikke i denne samtale (det kan være slettet), så intet er ændret.',
    en: 'That item does not exist in this conversation (it may have been removed), so nothing was changed.',
  },
  batchGone: {
    da: 'Den tidsplan findes ikke (længere) i denne samtale, så der er intet at fortryde.',
    en: 'That timeline does not exist (any more) in this conversation, so there is nothing to undo.',
  },
  staleButton: {
    da: 'Den knap er forældet. Skriv kommandoen igen.',
    en: 'That button is out of date. Type the command again.',
  },
} as const;

export type ItemMessageId = keyof typeof ITEM_MESSAGES;

export function itemMsg(id: ItemMessageId, lang: Lang, vars: Record<string, string | number> = {}): string {
  return ITEM_MESSAGES[id][lang].replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}
