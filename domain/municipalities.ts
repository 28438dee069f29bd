// Finding one of the network's 11 municipalities in what a user typed ("Hjørring", "Hjørrings", "Ålborg"), with
// the nearest name when it is a typo ("Hjöring" → "Hjørring"). Pure: no I/O.
import { MUNICIPALITIES, MUNICIPALITY_ALIASES } from './vocabulary';
import { editDistance, foldForSearch } from './text';
import { recognize } from './recognize';

export type MunicipalityMatch = { name: string } | { suggestion?: string };

/** The municipality a short text names (the whole text, or the one it names), else the nearest name to suggest. */
export function matchMunicipality(query: string): MunicipalityMatch {
  const folded = foldForSearch(query.trim())
    .replace(/[.:,;!?]+$/, '')
    .replace(/\s+kommune$/, '');
  if (!folded) return {};
  const exact = MUNICIPALITIES.find((m) => [m, ...(MUNICIPALITY_ALIASES[m] ?? [])].some((n) => foldForSearch(n) === folded));
  if (exact) return { name: exact };
  const named = recognize(query, { stakeholders: [], experiments: [] }).municipalities;
  if (named.length === 1) return { name: named[0] };
  let best: { name: string; d: number } | undefined;
  for (const m of MUNICIPALITIES) {
    const d = editDistance(folded, foldForSearch(m));
    if (!best || d < best.d) best = { name: m, d };
  }
  return best && best.d <= (folded.length >= 5 ? 2 : 1) ? { suggestion: best.name } : {};
}

/** The municipalities a text names, in the network's order ("alle" / "all" means all 11). */
export function municipalitiesIn(text: string): string[] {
  if (/^\s*(alle|all)(\s+(11|elleve|kommuner|municipalities))*\s*$/i.test(text)) return [...MUNICIPALITIES];
  const named = new Set(recognize(text, { stakeholders: [], experiments: [] }).municipalities);
  return MUNICIPALITIES.filter((m) => named.has(m));
}

/**
 * The main towns of the 11 municipalities, by the municipality they lie in: a town is not a council ("Skagen" is
 * Frederikshavn Kommune's). Towns whose names are also other places' (Assens, Als) are left out.
 */
const TOWNS: Readonly<Record<string, readonly string[]>> = {
  Aalborg: [
    'Nørresundby',
    'Hals',
    'Nibe',
    'Svenstrup',
    'Vodskov',
    'Storvorde',
    'Gistrup',
    'Klarup',
    'Vadum',
    'Sulsted',
    'Vestbjerg',
    'Frejlev',
    'Hou',
  ],
  Brønderslev: ['Dronninglund', 'Asaa', 'Hjallerup', 'Jerslev', 'Klokkerholm', 'Flauenskjold'],
  Frederikshavn: ['Skagen', 'Sæby', 'Strandby', 'Ålbæk', 'Østervrå', 'Gærum', 'Elling', 'Kvissel', 'Ravnshøj'],
  Hjørring: ['Hirtshals', 'Sindal', 'Løkken', 'Vrå', 'Tårs', 'Bindslev', 'Tversted', 'Lønstrup'],
  Jammerbugt: [
    'Aabybro',
    'Åbybro',
    'Fjerritslev',
    'Pandrup',
    'Brovst',
    'Blokhus',
    'Saltum',
    'Ingstrup',
    'Hune',
    'Tranum',
    'Nørhalne',
    'Biersted',
    'Gjøl',
    'Kaas',
  ],
  Læsø: ['Byrum', 'Vesterø Havn', 'Østerby Havn'],
  Mariagerfjord: ['Hobro', 'Hadsund', 'Arden', 'Mariager', 'Valsgård'],
  Morsø: ['Nykøbing Mors', 'Nykøbing M', 'Mors', 'Erslev', 'Karby', 'Øster Assels', 'Sejerslev', 'Redsted'],
  Rebild: ['Støvring', 'Skørping', 'Terndrup', 'Nørager', 'Suldrup', 'Bælum', 'Ravnkilde', 'Haverslev', 'Rold'],
  Thisted: ['Hanstholm', 'Hurup', 'Snedsted', 'Vestervig', 'Bedsted', 'Klitmøller', 'Nors', 'Sennels', 'Frøstrup', 'Vorupør', 'Koldby'],
  Vesthimmerland: ['Aars', 'Års', 'Farsø', 'Løgstør', 'Aalestrup', 'Ranum', 'Gedsted', 'Hornum', 'Møldrup', 'Overlade'],
};

const TOWN_BY_NAME = new Map<string, { town: string; municipality: string }>(
  Object.entries(TOWNS).flatMap(([municipality, towns]) => towns.map((town) => [foldForSearch(town), { town, municipality }] as const)),
);

/** The town a text starts with ("Skagen politisk godkendelse") and the municipality it lies in, with the rest of the
 *  text; undefined when it starts with no town of the network (two-word towns first: "Nykøbing Mors"). */
export function townAtStart(text: string): { town: string; municipality: string; rest: string } | undefined {
  const words = text.trim().split(/\s+/);
  for (const n of [2, 1]) {
    const found = TOWN_BY_NAME.get(foldForSearch(words.slice(0, n).join(' ')).replace(/[.:,;!?]+$/, ''));
    if (found && words.length >= n) return { ...found, rest: words.slice(n).join(' ') };
  }
  return undefined;
}
