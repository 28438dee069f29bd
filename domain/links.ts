// Links in a log text: found, taken out of the sentence, and read for the outlet or body they belong to, from the
// address alone. Pure: nothing here (or anywhere in the bot) makes a request to a link.

/** Who published what a link points to. `stakeholder` is the canonical name /hvem and the word index know. */
export interface LinkSource {
  stakeholder: string;
  /** What the card shows: the stakeholder, or more precisely the programme or region ("P4 Nordjylland"). */
  label: string;
  /** A media outlet: a log entry with only this link is press. Public bodies (ft.dk, star.dk) are not. */
  media: boolean;
}

export interface FoundLink {
  url: string;
  source?: LinkSource;
}

/** At most this many links are kept per entry, each at most this long (Teams' own limit on card URLs is larger). */
export const MAX_LINKS = 5;
export const MAX_LINK_LENGTH = 2000;

interface Rule {
  /** The registered domain; www. and any other subdomain match too ("nyheder.tv2.dk"). */
  domain: string;
  /** A first path segment that must match, for sites that host several outlets ("kl.dk/momentum"). */
  path?: string;
  stakeholder: string;
  media: boolean;
  /** A finer label read from the path (DR's channels and regions). */
  refine?: (segments: string[]) => string | undefined;
}

// DR's regional news and P4's regional stations, as they appear in dr.dk paths.
const DR_REGIONS: Record<string, string> = {
  nordjylland: 'P4 Nordjylland',
  midtvest: 'P4 Midt & Vest',
  oestjylland: 'P4 Østjylland',
  syd: 'P4 Syd',
  fyn: 'P4 Fyn',
  sjaelland: 'P4 Sjælland',
  kbh: 'P4 København',
  bornholm: 'P4 Bornholm',
  trekanten: 'P4 Trekanten',
  esbjerg: 'P4 Esbjerg',
};
const P4_STATIONS: Record<string, string> = {
  p4nord: 'P4 Nordjylland',
  p4midtvest: 'P4 Midt & Vest',
  p4aarhus: 'P4 Østjylland',
  p4syd: 'P4 Syd',
  p4fyn: 'P4 Fyn',
  p4sjaelland: 'P4 Sjælland',
  p4kbh: 'P4 København',
  p4bornholm: 'P4 Bornholm',
  p4trekanten: 'P4 Trekanten',
  p4esbjerg: 'P4 Esbjerg',
  p4: 'P4',
};

/** "dr.dk/lyd/p4nord/…" and "dr.dk/nyheder/regionale/nordjylland/…" are P4's; "dr.dk/lyd/p1/…" is P1's. */
function drChannel(segments: string[]): { stakeholder: string; label: string } | undefined {
  for (const s of segments) {
    if (s === 'p1') return { stakeholder: 'P1', label: 'P1' };
    if (P4_STATIONS[s]) return { stakeholder: 'P4', label: P4_STATIONS[s] };
  }
  const regional = segments.indexOf('regionale');
  if (regional >= 0 && DR_REGIONS[segments[regional + 1]]) return { stakeholder: 'P4', label: DR_REGIONS[segments[regional + 1]] };
  return undefined;
}

/** Danish media and the public bodies the group deals with, by the address of their web sites. */
const RULES: Rule[] = [
  { domain: 'dr.dk', stakeholder: 'DR', media: true },
  { domain: 'tv2.dk', stakeholder: 'TV2', media: true },
  { domain: 'tv2nord.dk', stakeholder: 'TV2 Nord', media: true },
  { domain: 'jyllands-posten.dk', stakeholder: 'Jyllandsposten', media: true },
  { domain: 'jp.dk', stakeholder: 'Jyllandsposten', media: true },
  { domain: 'nordjyske.dk', stakeholder: 'Nordjyske', media: true },
  { domain: 'politiken.dk', stakeholder: 'Politiken', media: true },
  { domain: 'berlingske.dk', stakeholder: 'Berlingske', media: true },
  { domain: 'b.dk', stakeholder: 'Berlingske', media: true },
  { domain: 'altinget.dk', stakeholder: 'Altinget', media: true },
  { domain: 'ritzau.dk', stakeholder: 'Ritzau', media: true },
  { domain: 'momentum.kl.dk', stakeholder: 'Momentum', media: true },
  { domain: 'kl.dk', path: 'momentum', stakeholder: 'Momentum', media: true },
  { domain: 'kl.dk', stakeholder: 'KL', media: false },
  { domain: 'ft.dk', stakeholder: 'Folketinget', media: false },
  { domain: 'bm.dk', stakeholder: 'Beskæftigelsesministeriet', media: false },
  { domain: 'star.dk', stakeholder: 'STAR', media: false },
  { domain: 'vive.dk', stakeholder: 'VIVE', media: false },
  { domain: 'sim.dk', stakeholder: 'Social- og Indenrigsministeriet', media: false },
];

/** The outlet or body a web address belongs to, read from its host and path; undefined for any other site. */
export function sourceOfUrl(address: string): LinkSource | undefined {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  const segments = url.pathname.toLowerCase().split('/').filter(Boolean);
  // The most specific rule first: the longest domain, and a rule with a path before one without.
  const matching = RULES.filter((r) => (host === r.domain || host.endsWith(`.${r.domain}`)) && (!r.path || segments[0] === r.path)).sort(
    (a, b) => b.domain.length - a.domain.length || Number(Boolean(b.path)) - Number(Boolean(a.path)),
  );
  const rule = matching[0];
  if (!rule) return undefined;
  if (rule.stakeholder === 'DR') {
    const channel = drChannel(segments);
    if (channel) return { ...channel, media: true };
  }
  return { stakeholder: rule.stakeholder, label: rule.stakeholder, media: rule.media };
}

// An address as people paste it: up to the first space; punctuation that ends the sentence is not part of it.
const URL_IN_TEXT = /(?<!\]\()\bhttps?:\/\/[^\s<>"]+/gi;
const TRAILING = /[.,;:!?)\]}'’”»]+$/;

/** A link as the card may open it: http(s) only, normalised by the URL parser, within the length limit. */
export function cleanLink(address: string): string | undefined {
  try {
    const url = new URL(address.trim());
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    if (url.username || url.password) return undefined;
    return url.href.length <= MAX_LINK_LENGTH ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The web addresses in a text, and the text without them ("Nordjyske skrev om os https://… i dag" → "Nordjyske
 * skrev om os i dag"). Each link once, in order, at most MAX_LINKS.
 */
export function takeLinks(text: string): { text: string; links: FoundLink[] } {
  const urls: string[] = [];
  const rest = text.replace(URL_IN_TEXT, (match) => {
    const trailing = TRAILING.exec(match)?.[0] ?? '';
    const link = cleanLink(match.slice(0, match.length - trailing.length));
    if (!link) return match;
    if (!urls.includes(link)) urls.push(link);
    return trailing;
  });
  const tidy = rest
    .split('\n')
    .map((l) =>
      l
        .replace(/\(\s*\)/g, '')
        .replace(/ {2,}/g, ' ')
        .replace(/\s+([.,;:!?])/g, '$1')
        .replace(/^[:\-–—]\s*$/, '')
        .trim(),
    )
    .join('\n')
    .trim();
  return { text: tidy, links: linksOf(urls) };
}

/** Reads each address for its source; drops what is no http(s) link; each once, at most MAX_LINKS. */
export function linksOf(addresses: readonly string[]): FoundLink[] {
  const out: FoundLink[] = [];
  for (const address of addresses) {
    const url = cleanLink(address);
    if (!url || out.some((l) => l.url === url)) continue;
    const source = sourceOfUrl(url);
    out.push(source ? { url, source } : { url });
    if (out.length === MAX_LINKS) break;
  }
  return out;
}
