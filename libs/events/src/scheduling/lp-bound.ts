import { SchedulingInstance } from './types';

/**
 * The LP relaxation of the weight objective in CPLEX LP format (for HiGHS): x_r_s ∈ [0, 1] for
 * each allowed request r and slot s both sides can make; each request at most once, each
 * participant at most `people` meetings per slot and `cap` in all, at most `tables` offline
 * meetings per slot. Its optimum bounds the weight any schedule can reach. Fixed meetings are
 * ignored (the bound is for a fresh schedule).
 */
export function lpRelaxationModel(instance: SchedulingInstance): string {
  const S = instance.slots.length;
  const P = instance.participants.length;
  const vetoed = new Set((instance.vetoes ?? []).map(([x, y]) => (x < y ? x * P + y : y * P + x)));
  const away = instance.participants.map((p) => new Set(p.unavailable));
  const objective: string[] = [];
  const perRequest: string[][] = [];
  const perSeat = new Map<number, string[]>();
  const perCap = new Map<number, string[]>();
  const perTable = new Map<number, string[]>();
  const push = (map: Map<number, string[]>, k: number, v: string) => {
    const list = map.get(k);
    if (list) list.push(v);
    else map.set(k, [v]);
  };
  const pairs = new Set<number>();
  instance.requests.forEach((q, r) => {
    const k = q.a < q.b ? q.a * P + q.b : q.b * P + q.a;
    if (q.a === q.b || !(q.weight > 0) || vetoed.has(k) || pairs.has(k)) return;
    pairs.add(k);
    const vars: string[] = [];
    for (let s = 0; s < S; s++) {
      if (away[q.a].has(s) || away[q.b].has(s)) continue;
      const v = `x${r}_${s}`;
      vars.push(v);
      objective.push(`${q.weight} ${v}`);
      push(perSeat, q.a * S + s, v);
      push(perSeat, q.b * S + s, v);
      push(perCap, q.a, v);
      push(perCap, q.b, v);
      if (!q.online) push(perTable, s, v);
    }
    if (vars.length) perRequest.push(vars);
  });
  const lines: string[] = [
    'Maximize',
    ` obj: ${wrap(objective.length ? objective : ['0 dummy'])}`,
    'Subject To',
  ];
  let c = 0;
  for (const vars of perRequest) lines.push(` c${c++}: ${wrap(vars)} <= 1`);
  for (const [k, vars] of perSeat)
    lines.push(` c${c++}: ${wrap(vars)} <= ${instance.participants[Math.floor(k / S)].people}`);
  for (const [p, vars] of perCap)
    lines.push(` c${c++}: ${wrap(vars)} <= ${instance.participants[p].cap}`);
  for (const [, vars] of perTable) lines.push(` c${c++}: ${wrap(vars)} <= ${instance.tables}`);
  lines.push('Bounds');
  for (const vars of perRequest) for (const v of vars) lines.push(` 0 <= ${v} <= 1`);
  if (!objective.length) lines.push(' 0 <= dummy <= 0');
  lines.push('End');
  return lines.join('\n');
}

function wrap(terms: string[]): string {
  const out: string[] = [];
  for (let i = 0; i < terms.length; i += 40) out.push(terms.slice(i, i + 40).join(' + '));
  return out.join('\n   + ');
}
