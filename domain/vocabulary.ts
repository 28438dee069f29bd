// The users' words: kinds of log entries, and the seed lists of stakeholders, experiments and municipalities.
import type { Lang } from './types';
import { foldForSearch } from './text';

/** What an advocacy action was. */
export type EntryKind = 'press' | 'event' | 'meeting' | 'hearing' | 'letter' | 'visit' | 'film' | 'award' | 'other';

export const ENTRY_KINDS: readonly EntryKind[] = ['press', 'event', 'meeting', 'hearing', 'letter', 'visit', 'film', 'award', 'other'];

const KIND_LABELS: Record<EntryKind, Record<Lang, string>> = {
  press: { en: 'press', da: 'presse' },
  event: { en: 'event', da: 'arrangement' },
  meeting: { en: 'meeting', da: 'møde' },
  hearing: { en: 'hearing', da: 'foretræde' },
  letter: { en: 'letter', da: 'henvendelse' },
  visit: { en: 'visit', da: 'besøg' },
  film: { en: 'film', da: 'film' },
  award: { en: 'award', da: 'pris' },
  other: { en: 'other', da: 'andet' },
};

/** The kind's name in the user's language, lower case ("møde", "hearing"). */
export function kindLabel(kind: EntryKind, lang: Lang): string {
  return KIND_LABELS[kind][lang];
}

// Every word (folded) a user may write for a kind: both names, their common inflections, a few synonyms.
const KIND_WORDS: Record<EntryKind, string[]> = {
  press: ['press', 'presse', 'pressen', 'pressedækning', 'pressedækningen', 'medier', 'medierne', 'media'],
  event: ['event', 'events', 'eventet', 'arrangement', 'arrangementet', 'arrangementer', 'arrangementerne'],
  meeting: ['meeting', 'meetings', 'møde', 'mødet', 'møder', 'møderne'],
  hearing: ['hearing', 'hearings', 'foretræde', 'foretrædet', 'foretræder', 'foretrædene'],
  letter: ['letter', 'letters', 'henvendelse', 'henvendelsen', 'henvendelser', 'henvendelserne', 'brev', 'brevet', 'breve', 'brevene'],
  visit: ['visit', 'visits', 'besøg', 'besøget', 'besøgene'],
  film: ['film', 'films', 'filmen', 'filmene', 'video', 'videoen', 'videoer'],
  award: ['award', 'awards', 'pris', 'prisen', 'priser', 'priserne', 'prize'],
  other: ['other', 'andet', 'andre'],
};

const KIND_BY_WORD = new Map<string, EntryKind>(ENTRY_KINDS.flatMap((kind) => KIND_WORDS[kind].map((w) => [w, kind] as const)));

/** The kind a word names ("Mødet," → meeting, "pressen" → press), or undefined. Case and punctuation around it don't matter. */
export function kindFromWord(word: string): EntryKind | undefined {
  const bare = foldForSearch(word.trim()).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  return KIND_BY_WORD.get(bare);
}

/** Someone the group wants to reach. Outlets (press) are stakeholders too. */
export interface Stakeholder {
  name: string;
  aliases: string[];
  outlet: boolean;
}

/** A free-municipality experiment, named as the group names it (Danish). */
export interface Experiment {
  name: string;
  aliases: string[];
  /** The full title, where the group's own material gives one (never made up). */
  title?: string;
}

const outlet = (name: string, ...aliases: string[]): Stakeholder => ({ name, aliases, outlet: true });
const body = (name: string, ...aliases: string[]): Stakeholder => ({ name, aliases, outlet: false });

/**
 * The stakeholders a new team starts with. Inflected forms need no alias (recognize() allows Danish endings);
 * hyphenated and spaced spellings ("Jyllands-Posten", "TV 2") are listed.
 * Decisions: a bare "ministeren" is not made a named minister (the group writes to more than one; the card says it
 * was not tagged, domain/recognize.ts unnamedMinister); a bare "ministeriet" is NOT recognized either (reports go to
 * the interior ministry, letters to employment); "Beskæftigelsesudvalget" alone is not the parliament's committee
 * (every municipality has one: "Beskæftigelsesudvalgets temadag"): "Folketingets" must be written, or the group adds
 * the name to its own list; bare "udvalget" means nothing.
 */
export const SEED_STAKEHOLDERS: readonly Stakeholder[] = [
  outlet('P1', 'DR P1'),
  outlet('P4', 'DR P4', 'P4 Nordjylland'),
  outlet('DR', 'Danmarks Radio'),
  outlet('TV2', 'TV 2', '19-nyhederne', 'TV2 Nyhederne', 'TV 2 Nyhederne'),
  outlet('TV2 Nord', 'TV 2 Nord', 'TV2/Nord'),
  outlet('Nordjyske', 'Nordjyske Stiftstidende', 'Nordjyske Medier'),
  outlet('Jyllandsposten', 'Jyllands-Posten', 'JP', 'Morgenavisen Jyllands-Posten'),
  outlet('Politiken'),
  outlet('Berlingske', 'Berlingske Tidende'),
  outlet('Altinget'),
  outlet('Ritzau', 'Via Ritzau'),
  outlet('Momentum', "KL's Momentum"),
  body('KL', 'Kommunernes Landsforening'),
  body('KKR', 'Kommunekontaktråd', 'KKR Nordjylland'),
  body('KKR-formandskab', 'KKR formandskab', 'formandskabet for KKR', 'formandskabet i KKR'),
  body('STAR', 'Styrelsen for Arbejdsmarked og Rekruttering'),
  body('VIVE', 'Det Nationale Forsknings- og Analysecenter for Velfærd'),
  body('Beskæftigelsesministeren', 'Beskæftigelsesminister', 'employment minister', 'Minister for Employment'),
  body('Beskæftigelsesministeriet', 'BM', 'Ministry of Employment'),
  body('Folketinget', 'ft.dk'),
  body('Folketingets Beskæftigelsesudvalg', 'BEU', "Parliament's Employment Committee", 'parliamentary employment committee'),
  body('Social- og Indenrigsministeriet', 'ØIM', 'Indenrigsministeriet', 'Økonomi- og Indenrigsministeriet'),
];

/**
 * The experiments a new team starts with: those the glossary and the group's slides name (the network runs 19; the
 * group adds the rest with /forsøg tilføj). English aliases let English messages be tagged too. A full title only
 * where the group's material gives it; statuses are never seeded (the group sets them with /forsøg status).
 */
export const SEED_EXPERIMENTS: readonly Experiment[] = [
  {
    name: 'lægeattester',
    aliases: ['lægeattest', "doctors' certificates", "doctor's certificate", 'medical certificate'],
    title: 'Differentiering i valg af lægeattester på sygedagpengeområdet',
  },
  { name: 'samtaler', aliases: ['samtaleforsøg', 'conversations', 'job conversations'] },
  { name: 'mikrolån', aliases: ['micro-loan', 'microloan', 'micro loan'] },
  { name: 'rehabiliteringsteams', aliases: ['rehabiliteringsteam', 'rehabteam', 'rehabilitation team'] },
  { name: 'mentor', aliases: ['mentorordning', 'mentoring', 'mentorforsøg'] },
  { name: 'iværksætteri for dimittender', aliases: ['dimittendiværksætteri'] },
  { name: 'fleksible rammer for uddannelse', aliases: [] },
  { name: 'revalidering', aliases: [] },
  { name: 'psykologbehandling', aliases: [] },
];

/** The 11 municipalities of the network. */
export const MUNICIPALITIES: readonly string[] = [
  'Aalborg',
  'Brønderslev',
  'Frederikshavn',
  'Hjørring',
  'Jammerbugt',
  'Læsø',
  'Mariagerfjord',
  'Morsø',
  'Rebild',
  'Thisted',
  'Vesthimmerland',
];

/** Other spellings of municipality names seen in messages. */
export const MUNICIPALITY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  Aalborg: ['Ålborg'],
};
