// The experiments' registry: each experiment's record (title, aliases, municipalities, current status), its status
// history and its results, in the Scopes table (PartitionKey = scope key). The seed's experiments
// (domain/vocabulary.ts) exist without a stored record until something is written about them; names added with
// `/forsøg tilføj` (ScopeRepository's `experiment|` rows) are experiments too.
//
// RowKey layout (every page is one RowKey range of one partition):
//   x|<exp>|a                     the experiment's record
//   x|<exp>|h|<since>|<at>        a status change (the history, oldest first)
//   x|<exp>|r|<inv date>|<id>     a result, newest first (by the day or period it is about, else when it was added)
//   xs|<exp>                      a copy of the record: the listing by status is one range read of one row each
//   xm|<municipality>|<exp>       a municipality takes part in the experiment (its page lists them)
//   xw|<word>|<id>                a result's search words (/søg finds results)
// <exp> is the experiment's folded name (encodeKeyPart). A record and its copies are written in one transaction.
//   hist|experiment|<exp>|<at>|…  its change records, a result's among them (storage/historyRepository.ts), written
//                                 in the transaction of the change when the caller gives a Change
// Status and result rows carry the colleague's Entra object id as a property (byAadId): /mine data reads them by it.
//
// For other modules (reports, change history): list(), pages(), page(), resultsFor(), experimentsIn(), findResults().
import { isStale, type Row, type StoreAction, type TableStore } from './tableStore';
import { decodeKeyPart, encodeKeyPart, experimentKey, prefixEnd, SEP } from './keys';
import { invertDate } from './logRepository';
import { SEED_EXPERIMENTS, type Experiment } from '../domain/vocabulary';
import { currentStatus, type ExperimentRecord, type StatusChange } from '../domain/experiments';
import type { Figure } from '../domain/figures';
import type { IsoDate, Period } from '../domain/types';
import { foldForSearch, isStopword, searchWords } from '../domain/text';
import type { Change } from '../domain/history';
import { historyRow } from './historyRepository';
import { EXPERIMENT, RESULT, SCOPES_ROWS } from './schema';

/** The history's names for an experiment (id: its key, experimentKey) and for a result (filed under its experiment). */

/** A result: what an experiment achieved, in the group's words, with the figures read from them. */
export interface ExperimentResult {
  id: string;
  experiment: string;
  text: string;
  /** The day or period the result is about ("2. halvår 2018"), when the text names one. */
  period?: Period;
  figures: Figure[];
  by: string;
  byAadId: string;
  /** ISO instant it was added. */
  at: string;
}

/** The experiment's page, as stored: record, status history (oldest first) and results (newest first). */
export interface ExperimentPage {
  record: ExperimentRecord;
  history: StatusChange[];
  results: ExperimentResult[];
}

interface RecordRow extends Row {
  name: string;
  title?: string;
  aliases: string;
  municipalities: string;
  status?: string;
}
interface HistoryRow extends Row {
  change: string;
  byAadId?: string;
}
interface ResultRow extends Row {
  result: string;
  byAadId?: string;
}

/** What one colleague wrote in the registry of a scope (for /mine data). */
export interface RegistryWritten {
  statuses: Array<{ experiment: string; change: StatusChange }>;
  results: ExperimentResult[];
}

/** A status change as its change record shows it. */
function statusSnapshot(c: StatusChange | undefined): Record<string, unknown> {
  return c ? { status: c.status, since: c.since, ...(c.period ? { period: c.period } : {}), note: c.note } : {};
}
interface RefRow extends Row {
  experiment: string;
  resultKey?: string;
}

/** Words of a result kept for search: the result, its index rows and its change record fit one transaction. */
const MAX_RESULT_WORDS = 90;

const recordKey = (exp: string) => `${SCOPES_ROWS.experiment}${SEP}${experimentKey(exp)}${SEP}a`;
const pagePrefix = (exp: string) => `${SCOPES_ROWS.experiment}${SEP}${experimentKey(exp)}${SEP}`;
const historyKey = (exp: string, c: StatusChange) => `${pagePrefix(exp)}h${SEP}${c.since}${SEP}${c.at}`;
const resultsPrefix = (exp: string) => `${pagePrefix(exp)}r${SEP}`;
const summaryKey = (exp: string) => `${SCOPES_ROWS.experimentSummary}${SEP}${experimentKey(exp)}`;
const memberPrefix = (municipality: string) =>
  `${SCOPES_ROWS.experimentMunicipality}${SEP}${encodeKeyPart(foldForSearch(municipality))}${SEP}`;
const wordPrefix = (word: string) => `${SCOPES_ROWS.resultWord}${SEP}${encodeKeyPart(word)}${SEP}`;

/** The day a result sorts by: the start of the period it is about, else the day it was added. */
function resultDate(r: ExperimentResult): IsoDate {
  return r.period?.start ?? r.at.slice(0, 10);
}

/** Where a result is kept: under its experiment's page, newest first. */
function resultKey(r: ExperimentResult): string {
  return `${resultsPrefix(r.experiment)}${invertDate(resultDate(r))}${SEP}${encodeKeyPart(r.id)}`;
}

/** A result's search words: the result, its index rows and its change record fit one transaction. */
function resultWords(r: ExperimentResult): string[] {
  return searchWords(`${r.text} ${r.experiment}`)
    .filter((w) => encodeKeyPart(w).length <= 100)
    .slice(0, MAX_RESULT_WORDS);
}

/** True for the RowKey of a result row (x|<exp>|r|…): erasure rewrites results through replaceResult. */
export function isResultKey(rowKey: string): boolean {
  return /^x\|[^|]*\|r\|/.test(rowKey);
}

function seedRecord(e: Experiment): ExperimentRecord {
  return { name: e.name, aliases: [...e.aliases], ...(e.title ? { title: e.title } : {}), municipalities: [] };
}

function fromRecordRow(r: RecordRow): ExperimentRecord {
  return {
    name: r.name,
    aliases: JSON.parse(r.aliases) as string[],
    ...(r.title ? { title: r.title } : {}),
    municipalities: JSON.parse(r.municipalities) as string[],
    ...(r.status ? { status: JSON.parse(r.status) as StatusChange } : {}),
  };
}

export class ExperimentRepository {
  constructor(private readonly store: TableStore) {}

  /** Every experiment of the scope: the seed's, those added with /forsøg tilføj, with their stored records (two
   *  range reads: the summaries and the added names). In the seed's order, then the added ones by name. */
  async list(scopeKey: string): Promise<ExperimentRecord[]> {
    const [summaries, named] = await Promise.all([
      this.store.range<RecordRow>(scopeKey, `${SCOPES_ROWS.experimentSummary}${SEP}`, prefixEnd(`${SCOPES_ROWS.experimentSummary}${SEP}`)),
      this.names(scopeKey),
    ]);
    const byKey = new Map(named.map((e) => [experimentKey(e.name), e]));
    for (const r of summaries) byKey.set(experimentKey(r.name), fromRecordRow(r));
    return [...byKey.values()];
  }

  /** The experiments' names to match what a user typed against, without their records: the seed's and those added
   *  with /forsøg tilføj (one range read of the added names). A page then reads the record with the rest. */
  async names(scopeKey: string): Promise<ExperimentRecord[]> {
    const added = await this.store.range<RecordRow>(
      scopeKey,
      `${SCOPES_ROWS.experimentList}${SEP}`,
      prefixEnd(`${SCOPES_ROWS.experimentList}${SEP}`),
    );
    const byKey = new Map<string, ExperimentRecord>();
    for (const e of SEED_EXPERIMENTS) byKey.set(experimentKey(e.name), seedRecord(e));
    for (const r of added) {
      const key = experimentKey(r.name);
      if (!byKey.has(key)) byKey.set(key, { name: r.name, aliases: JSON.parse(r.aliases) as string[], municipalities: [] });
    }
    return [...byKey.values()];
  }

  /** An experiment's page (record, status history, results) in one range read; `base` is the record to start from
   *  when nothing is stored yet (a seed or added experiment, from list()). */
  async page(scopeKey: string, base: ExperimentRecord): Promise<ExperimentPage> {
    const prefix = pagePrefix(base.name);
    const rows = await this.store.range<Row>(scopeKey, prefix, prefixEnd(prefix));
    let record = base;
    const history: StatusChange[] = [];
    const results: ExperimentResult[] = [];
    for (const row of rows) {
      const rest = row.rowKey.slice(prefix.length);
      if (rest === 'a') record = fromRecordRow(row as RecordRow);
      else if (rest.startsWith(`h${SEP}`)) history.push(JSON.parse((row as HistoryRow).change) as StatusChange);
      else if (rest.startsWith(`r${SEP}`)) results.push(JSON.parse((row as ResultRow).result) as ExperimentResult);
    }
    return { record, history, results };
  }

  /** Every experiment's page, as list() orders them (two range reads, whatever the number of experiments: the
   *  added names, and every record, status change and result under `x|`). The reports' Forsøg and Resultater sheets. */
  async pages(scopeKey: string, known?: readonly ExperimentRecord[]): Promise<ExperimentPage[]> {
    const prefix = `${SCOPES_ROWS.experiment}${SEP}`;
    // `known`: the names the caller has already (the scope's cached lists), so only the one range under x| is read.
    const [named, rows] = await Promise.all([
      known ? Promise.resolve([...known]) : this.names(scopeKey),
      this.store.range<Row>(scopeKey, prefix, prefixEnd(prefix)),
    ]);
    const pages = new Map(
      named.map((record) => [experimentKey(record.name), { record, history: [] as StatusChange[], results: [] as ExperimentResult[] }]),
    );
    for (const row of rows) {
      const [, exp, kind] = row.rowKey.split(SEP);
      if (kind === 'a') {
        const record = fromRecordRow(row as RecordRow);
        const page = pages.get(exp);
        if (page) page.record = record;
        else pages.set(exp, { record, history: [], results: [] });
      } else if (kind === 'h') pages.get(exp)?.history.push(JSON.parse((row as HistoryRow).change) as StatusChange);
      else if (kind === 'r') pages.get(exp)?.results.push(JSON.parse((row as ResultRow).result) as ExperimentResult);
    }
    return [...pages.values()];
  }

  /** The experiment's results, newest first (one range read). */
  async resultsFor(scopeKey: string, experiment: string): Promise<ExperimentResult[]> {
    const rows = await this.store.range<ResultRow>(scopeKey, resultsPrefix(experiment), prefixEnd(resultsPrefix(experiment)));
    return rows.map((r) => JSON.parse(r.result) as ExperimentResult);
  }

  /** Keeps a status change in the history and makes the latest (by the day it took effect) the current status; with a
   *  `Change`, its change record (the status before and the one set) in the same transaction. */
  async setStatus(scopeKey: string, page: ExperimentPage, change: StatusChange, by?: Change): Promise<ExperimentRecord> {
    const record: ExperimentRecord = { ...page.record, status: currentStatus([...page.history, change]) };
    const history: HistoryRow = {
      partitionKey: scopeKey,
      rowKey: historyKey(record.name, change),
      change: JSON.stringify(change),
      ...(change.byAadId ? { byAadId: change.byAadId } : {}),
    };
    await this.store.transaction([
      ...this.recordActions(scopeKey, record),
      ['upsert', history, 'Replace'],
      ...this.historyActions(scopeKey, record.name, 'status', by, statusSnapshot(page.record.status), statusSnapshot(change)),
    ]);
    return record;
  }

  /** The statuses one colleague set and the results they added, in this scope (one range read of the pages, filtered
   *  by their Entra object id). */
  async writtenBy(scopeKey: string, aadObjectId: string): Promise<RegistryWritten> {
    const from = `${SCOPES_ROWS.experiment}${SEP}`;
    const rows = await this.store.range<Row>(scopeKey, from, prefixEnd(from), {
      where: [{ property: 'byAadId', op: 'eq', value: aadObjectId }],
    });
    const out: RegistryWritten = { statuses: [], results: [] };
    for (const row of rows) {
      if (typeof row.change === 'string') {
        const change = JSON.parse(row.change) as StatusChange;
        out.statuses.push({ experiment: decodeKeyPart(row.rowKey.split(SEP)[1] ?? ''), change });
      } else if (typeof row.result === 'string') {
        out.results.push(JSON.parse(row.result) as ExperimentResult);
      }
    }
    // The experiment's name as shown (the key is its folded name): from the record, when one is stored.
    const records = new Map((await this.list(scopeKey)).map((r) => [foldForSearch(r.name), r.name]));
    for (const s of out.statuses) s.experiment = records.get(s.experiment) ?? s.experiment;
    out.statuses.sort((a, b) => b.change.at.localeCompare(a.change.at));
    out.results.sort((a, b) => b.at.localeCompare(a.at));
    return out;
  }

  /** Sets the municipalities taking part (replacing the list). */
  async setMunicipalities(scopeKey: string, before: ExperimentRecord, municipalities: string[], by?: Change): Promise<ExperimentRecord> {
    const record: ExperimentRecord = { ...before, municipalities };
    const actions = this.recordActions(scopeKey, record);
    for (const m of before.municipalities) {
      if (!municipalities.includes(m))
        actions.push(['delete', { partitionKey: scopeKey, rowKey: memberPrefix(m) + experimentKey(record.name) }]);
    }
    for (const m of municipalities) {
      actions.push([
        'upsert',
        { partitionKey: scopeKey, rowKey: memberPrefix(m) + experimentKey(record.name), experiment: record.name },
        'Replace',
      ]);
    }
    actions.push(
      ...this.historyActions(scopeKey, record.name, 'changed', by, { municipalities: before.municipalities }, { municipalities }),
    );
    await this.store.transaction(actions);
    return record;
  }

  /** Sets the full title. */
  async setTitle(scopeKey: string, before: ExperimentRecord, title: string, by?: Change): Promise<ExperimentRecord> {
    const record: ExperimentRecord = { ...before, title };
    await this.store.transaction([
      ...this.recordActions(scopeKey, record),
      ...this.historyActions(scopeKey, record.name, 'changed', by, { title: before.title ?? '' }, { title }),
    ]);
    return record;
  }

  /** The change record of a change to an experiment, for its transaction (none without a Change). */
  private historyActions(
    scopeKey: string,
    name: string,
    action: 'status' | 'changed',
    by: Change | undefined,
    before: Record<string, unknown>,
    after: Record<string, unknown>,
  ): StoreAction[] {
    return by ? [['create', historyRow(scopeKey, EXPERIMENT, experimentKey(name), action, by, before, after)]] : [];
  }

  /** The experiments a municipality takes part in (one range read). */
  async experimentsIn(scopeKey: string, municipality: string): Promise<string[]> {
    const rows = await this.store.range<RefRow>(scopeKey, memberPrefix(municipality), prefixEnd(memberPrefix(municipality)));
    return rows.map((r) => r.experiment);
  }

  /** Keeps a result with its search words, in one transaction (with a `Change`, its change record too, filed under its
   *  experiment; `action` 'undone' when Fortryd puts a deleted one back). 'duplicate' when this id is kept already. */
  async addResult(
    scopeKey: string,
    result: ExperimentResult,
    by?: Change,
    action: 'created' | 'undone' = 'created',
  ): Promise<'saved' | 'duplicate'> {
    const key = resultKey(result);
    if (await this.store.get(scopeKey, key)) return 'duplicate';
    const words = resultWords(result);
    const actions: StoreAction[] = [
      ['create', { partitionKey: scopeKey, rowKey: key, result: JSON.stringify(result), byAadId: result.byAadId }],
      ...words.map(
        (w): StoreAction => [
          'upsert',
          { partitionKey: scopeKey, rowKey: wordPrefix(w) + encodeKeyPart(result.id), experiment: result.experiment, resultKey: key },
          'Replace',
        ],
      ),
      ...(by
        ? [
            [
              'create',
              historyRow(
                scopeKey,
                RESULT,
                result.id,
                action,
                by,
                undefined,
                { ...result },
                { kind: EXPERIMENT, id: experimentKey(result.experiment) },
              ),
            ] as StoreAction,
          ]
        : []),
    ];
    await this.store.transaction(actions);
    return 'saved';
  }

  /** Rewrites a result as erasure changed it (same key), and drops the search rows of words its text no longer has
   *  (a name erased from it), in one transaction: the result row and at most MAX_RESULT_WORDS deletes. */
  async replaceResult(scopeKey: string, before: ExperimentResult, after: ExperimentResult): Promise<void> {
    const kept = new Set(resultWords(after));
    const gone = resultWords(before).filter((w) => !kept.has(w));
    await this.store.transaction([
      ['upsert', { partitionKey: scopeKey, rowKey: resultKey(before), result: JSON.stringify(after), byAadId: after.byAadId }, 'Replace'],
      ...gone.map((w): StoreAction => ['delete', { partitionKey: scopeKey, rowKey: wordPrefix(w) + encodeKeyPart(before.id) }]),
    ]);
  }

  /** One result by its id, among its experiment's (one range read); undefined when this scope has none such. */
  async result(scopeKey: string, experiment: string, id: string): Promise<ExperimentResult | undefined> {
    return (await this.resultsFor(scopeKey, experiment)).find((r) => r.id === id);
  }

  /**
   * Ret on a result: its row and search words rewritten (its key moves when the period it is about does) with an
   * 'edited' change record. The new rows and the record go in one transaction; the search rows of words the text no
   * longer has go in a second (both together could pass the 100 actions of one), so at worst an old word still finds it.
   */
  async editResult(scopeKey: string, before: ExperimentResult, after: ExperimentResult, by: Change): Promise<void> {
    const [oldKey, newKey] = [resultKey(before), resultKey(after)];
    const kept = new Set(resultWords(after));
    await this.store.transaction([
      ...(oldKey === newKey ? [] : [['delete', { partitionKey: scopeKey, rowKey: oldKey }] as StoreAction]),
      ['upsert', { partitionKey: scopeKey, rowKey: newKey, result: JSON.stringify(after), byAadId: after.byAadId }, 'Replace'],
      ...[...kept].map(
        (w): StoreAction => [
          'upsert',
          { partitionKey: scopeKey, rowKey: wordPrefix(w) + encodeKeyPart(after.id), experiment: after.experiment, resultKey: newKey },
          'Replace',
        ],
      ),
      [
        'create',
        historyRow(
          scopeKey,
          RESULT,
          after.id,
          'edited',
          by,
          { ...before },
          { ...after },
          { kind: EXPERIMENT, id: experimentKey(after.experiment) },
        ),
      ],
    ]);
    const gone = resultWords(before).filter((w) => !kept.has(w));
    if (gone.length > 0)
      await this.store.transaction(
        gone.map((w): StoreAction => ['delete', { partitionKey: scopeKey, rowKey: wordPrefix(w) + encodeKeyPart(before.id) }]),
      );
  }

  /** Slet on a result: its row and search words gone and a 'removed' record holding it whole, in one transaction.
   *  False when it was gone already (another press). Fortryd puts it back with addResult. */
  async removeResult(scopeKey: string, result: ExperimentResult, by: Change): Promise<boolean> {
    try {
      await this.store.transaction([
        ['delete', { partitionKey: scopeKey, rowKey: resultKey(result) }],
        ...resultWords(result).map(
          (w): StoreAction => ['delete', { partitionKey: scopeKey, rowKey: wordPrefix(w) + encodeKeyPart(result.id) }],
        ),
        [
          'create',
          historyRow(scopeKey, RESULT, result.id, 'removed', by, { ...result }, undefined, {
            kind: EXPERIMENT,
            id: experimentKey(result.experiment),
          }),
        ],
      ]);
      return true;
    } catch (err) {
      if (isStale(err)) return false;
      throw err;
    }
  }

  /** Results with every word (word prefixes, folded), newest first: /søg shows them beside the log. */
  async findResults(scopeKey: string, words: string[]): Promise<ExperimentResult[]> {
    const query = [...new Set(words.map(foldForSearch).filter((w) => w && !isStopword(w)))];
    if (query.length === 0) return [];
    const perWord = await Promise.all(
      query.map(async (w) => {
        const from = `${SCOPES_ROWS.resultWord}${SEP}${encodeKeyPart(w)}`;
        const rows = await this.store.range<RefRow>(scopeKey, from, prefixEnd(from));
        return new Map(rows.map((r) => [r.rowKey.split(SEP).at(-1)!, r.resultKey!]));
      }),
    );
    const [first, ...rest] = perWord;
    const keys = [...first].filter(([id]) => rest.every((m) => m.has(id))).map(([, key]) => key);
    // The hits in one read on the embedded store (Azure has no multi-get: one read each there).
    const rows = await this.store.getMany<ResultRow>(scopeKey, [...new Set(keys)]);
    return rows
      .filter((r): r is ResultRow => r !== undefined)
      .map((r) => JSON.parse(r.result) as ExperimentResult)
      .sort((a, b) => resultDate(b).localeCompare(resultDate(a)));
  }

  /** The record and its listing copy, written together. */
  private recordActions(scopeKey: string, record: ExperimentRecord): StoreAction[] {
    const props = {
      name: record.name,
      aliases: JSON.stringify(record.aliases),
      municipalities: JSON.stringify(record.municipalities),
      ...(record.title ? { title: record.title } : {}),
      ...(record.status ? { status: JSON.stringify(record.status) } : {}),
    };
    return [
      ['upsert', { partitionKey: scopeKey, rowKey: recordKey(record.name), ...props }, 'Replace'],
      ['upsert', { partitionKey: scopeKey, rowKey: summaryKey(record.name), ...props }, 'Replace'],
    ];
  }
}
