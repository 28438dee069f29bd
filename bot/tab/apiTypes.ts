// The tab's JSON API (bot/tab/routes.ts), as the page (tab/) reads it. Types only: the page imports them as types.

export type Lang = 'da' | 'en';

export interface TimelineItem {
  id: string;
  /** 'plan': a planned action (/plan, issue 23), where the bot has them. */
  type: 'event' | 'deadline' | 'plan';
  title: string;
  /** The date or period in words, as the group wrote it ("primo marts 2024"). */
  when?: string;
  start?: string;
  end?: string;
  /** A period (more than one exact day, or written as a month, a week, "primo …"): drawn as a soft span. */
  span: boolean;
  state: 'done' | 'overdue' | 'ongoing' | 'upcoming' | 'ended';
  /** A milestone of a pasted evaluation timeline (a deadline pasted with others). */
  milestone: boolean;
  owner?: string;
  place?: string;
  tally?: { approved: number; total: number; missing: string[] };
}

export interface TimelineAnswer {
  today: string;
  items: TimelineItem[];
  undated: TimelineItem[];
  /** More items than the answer holds (TIMELINE_MAX). */
  cut: boolean;
}

export interface LogRow {
  key: string;
  date: string;
  /** The period in words when the entry names one, not a day. */
  when?: string;
  kind: string;
  kindLabel: string;
  text: string;
  stakeholders: string[];
  experiments: string[];
  municipalities: string[];
  author: string;
}

export interface LogAnswer {
  rows: LogRow[];
  /** Give it back as `after` for the next page; absent on the last. */
  next?: string;
  /** How many entries match, where an index answered (absent when the answer walked the log by month). */
  total?: number;
}

export interface EntryAnswer {
  entry: LogRow & { links: string[]; participants: string[]; writtenAt: string };
  history: Array<{ action: string; by: string; at: string; fields: Array<{ field: string; before: string; after: string }> }>;
}

export interface MatrixAnswer {
  municipalities: string[];
  experiments: Array<{ name: string; title?: string; status?: string; taking: string[]; results: number; lastResult?: string }>;
  /** Approval chains under way; `municipal`: the 11 municipalities, drawn as a row of the matrix. */
  runs: Array<{
    id: string;
    title: string;
    when?: string;
    approved: number;
    total: number;
    missing: string[];
    marks: Record<string, string>;
    complete: boolean;
    municipal: boolean;
  }>;
}

export interface CountsAnswer {
  from: string;
  to: string;
  total: number;
  kinds: Array<{ kind: string; label: string; n: number }>;
  months: Array<{ month: string; label: string; total: number; byKind: Record<string, number> }>;
}

export interface FilterOptions {
  kinds: Array<{ kind: string; label: string }>;
  experiments: string[];
  municipalities: string[];
  stakeholders: string[];
}
