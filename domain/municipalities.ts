// Finding one of the network's 11 municipalities in what a user typed ("Hjørring", "Hjørrings", "Ålborg"), with
// the nearest name when it is a typo ("Hjöring" → "Hjørring"). Pure: no I/O.
import { MUNICIPALITIES, MUNICIPALITY_ALIASES } from './vocabulary';
import { editDistance, foldForSearch } from './text';
import { recognize } from './recognize';

export type MunicipalityMatch = { name: string } | { suggestion?: string };

/** The municipality a short text names (the whole text, or the one it names), else the nearest name to suggest. */
export function matchMunicipality(query: string): MunicipalityMatch {
  const folded = foldForSearch(query.trim()).replace(/[.:,;!?]+$/, '').replace(/\s+kommune$/, '');
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
