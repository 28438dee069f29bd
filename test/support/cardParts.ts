// Reading parts of a card in tests: its facts (title → value) and its Action.Execute buttons, wherever they sit.

function walkCard(card: unknown, visit: (node: Record<string, any>) => void): void {
  const walk = (n: unknown) => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (n && typeof n === 'object') {
      visit(n as Record<string, any>);
      Object.values(n).forEach(walk);
    }
  };
  walk(card);
}

/** Every FactSet's facts, as title → value. */
export function facts(card: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  walkCard(card, (n) => {
    if (n.type === 'FactSet') for (const f of n.facts) out[f.title] = f.value;
  });
  return out;
}

/** Every Action.Execute button, in card order. */
export function actionsOf(card: unknown): any[] {
  const out: any[] = [];
  walkCard(card, (n) => {
    if (n.type === 'Action.Execute') out.push(n);
  });
  return out;
}
