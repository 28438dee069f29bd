// A name added to a scope's lists (/interessent tilføj, /forsøg tilføj) tags the entries already logged that name
// it, as if it had been known when they were written. Pure: the caller pages through the stored entries.
import type { LogEntry } from './logEntry';
import { recognize, type RecognizeLists } from './recognize';
import { searchWords } from './text';

export type TagList = 'stakeholder' | 'experiment' | 'municipality';

const add = (list: readonly string[], name: string) => (list.includes(name) ? [...list] : [...list, name]);

/**
 * The entry with `name` added to its tags (and to its search words, as a name known when it was written is), or
 * undefined when its text does not name it or it is tagged already. Nothing is removed or changed besides: the text,
 * the date and the other tags stay as stored.
 */
export function retagEntry(entry: LogEntry, lists: RecognizeLists, list: TagList, name: string): LogEntry | undefined {
  const found = recognize(entry.text, lists);
  const named = list === 'stakeholder' ? found.stakeholders : list === 'experiment' ? found.experiments : found.municipalities;
  if (!named.includes(name)) return undefined;
  const field = list === 'stakeholder' ? 'stakeholders' : list === 'experiment' ? 'experiments' : 'municipalities';
  if (entry[field].includes(name)) return undefined;
  const after: LogEntry = { ...entry, [field]: add(entry[field], name) };
  if (list === 'stakeholder' && found.outlets.includes(name)) after.outlets = add(entry.outlets, name);
  after.words = [...entry.words, ...searchWords(name).filter((w) => !entry.words.includes(w))];
  return after;
}
