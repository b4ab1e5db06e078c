import { Schedule, ScheduledMeeting, SchedulingInputError, SchedulingInstance } from './types';

/**
 * The scheduler's working state on typed arrays: who is busy when, how many tables each slot
 * uses, where each request sits. Constraint checks and the idle-gap count live here; the
 * decisions (what to place where) are in the greedy and the scheduler.
 */
export class Board {
  readonly P: number;
  readonly S: number;
  readonly R: number;
  readonly T: number;
  readonly reqA: Int32Array;
  readonly reqB: Int32Array;
  readonly weight: Float64Array;
  readonly online: Uint8Array;
  /** 1 when the request may be scheduled (not vetoed, two distinct known participants). */
  readonly allowed: Uint8Array;
  readonly fixed: Uint8Array;
  readonly people: Uint8Array;
  readonly cap: Int32Array;
  readonly unavail: Uint8Array;
  readonly dayOf: Int32Array;
  readonly dayFirst: Int32Array;
  readonly dayLast: Int32Array;
  /** Allowed requests of each participant. */
  readonly byParticipant: Int32Array[];
  readonly occ: Uint8Array;
  readonly count: Int32Array;
  readonly tableUsed: Int32Array;
  readonly slotOf: Int32Array;
  /** Scheduled requests per slot (for table-bound moves). */
  readonly atSlot: Set<number>[];
  private readonly lightest: Float64Array;
  private readonly lightestDirty: Uint8Array;
  private readonly fixedTable: Int32Array;
  private readonly fixedPersonA: Int32Array;
  private readonly fixedPersonB: Int32Array;

  constructor(readonly instance: SchedulingInstance) {
    const { slots, participants, requests } = instance;
    this.P = participants.length;
    this.S = slots.length;
    this.R = requests.length;
    this.T = Math.max(0, Math.floor(instance.tables));
    const { P, S, R } = this;
    this.reqA = new Int32Array(R);
    this.reqB = new Int32Array(R);
    this.weight = new Float64Array(R);
    this.online = new Uint8Array(R);
    this.allowed = new Uint8Array(R);
    this.fixed = new Uint8Array(R);
    this.people = new Uint8Array(P);
    this.cap = new Int32Array(P);
    this.unavail = new Uint8Array(P * S);
    this.dayOf = new Int32Array(S);
    this.occ = new Uint8Array(P * S);
    this.count = new Int32Array(P);
    this.tableUsed = new Int32Array(S);
    this.slotOf = new Int32Array(R).fill(-1);
    this.fixedTable = new Int32Array(R).fill(-1);
    this.fixedPersonA = new Int32Array(R).fill(-1);
    this.fixedPersonB = new Int32Array(R).fill(-1);
    this.atSlot = Array.from({ length: S }, () => new Set<number>());
    this.lightest = new Float64Array(S);
    this.lightestDirty = new Uint8Array(S).fill(1);

    let days = 0;
    for (let s = 0; s < S; s++) {
      const day = slots[s].day;
      if (!Number.isInteger(day) || day < 0) throw new SchedulingInputError(`slot ${s}: bad day`);
      if (s > 0 && day < slots[s - 1].day)
        throw new SchedulingInputError(`slot ${s}: slots must be in chronological order`);
      this.dayOf[s] = day;
      days = Math.max(days, day + 1);
    }
    this.dayFirst = new Int32Array(days).fill(-1);
    this.dayLast = new Int32Array(days).fill(-1);
    for (let s = 0; s < S; s++) {
      const d = this.dayOf[s];
      if (this.dayFirst[d] < 0) this.dayFirst[d] = s;
      this.dayLast[d] = s;
    }
    participants.forEach((p, i) => {
      this.people[i] = Math.max(0, Math.min(255, Math.floor(p.people)));
      this.cap[i] = Math.max(0, Math.floor(p.cap));
      for (const s of p.unavailable) if (s >= 0 && s < S) this.unavail[i * S + s] = 1;
    });

    const vetoed = new Set<number>();
    for (const [x, y] of instance.vetoes ?? []) vetoed.add(pairKey(x, y, P));
    const lists: number[][] = Array.from({ length: P }, () => []);
    const seenPairs = new Set<number>();
    requests.forEach((q, r) => {
      this.reqA[r] = q.a;
      this.reqB[r] = q.b;
      this.weight[r] = q.weight;
      this.online[r] = q.online ? 1 : 0;
      const ok =
        q.a !== q.b &&
        q.a >= 0 &&
        q.b >= 0 &&
        q.a < P &&
        q.b < P &&
        q.weight > 0 &&
        !vetoed.has(pairKey(q.a, q.b, P)) &&
        !seenPairs.has(pairKey(q.a, q.b, P));
      if (!ok) return;
      seenPairs.add(pairKey(q.a, q.b, P));
      this.allowed[r] = 1;
      lists[q.a].push(r);
      lists[q.b].push(r);
    });
    this.byParticipant = lists.map((list) => Int32Array.from(list));

    for (const f of instance.fixed ?? [])
      this.placeFixed(f.request, f.slot, f.table, f.personA, f.personB);
  }

  private placeFixed(
    r: number,
    s: number,
    table: number | null,
    personA?: number,
    personB?: number,
  ): void {
    const where = `fixed meeting for request ${r}`;
    if (!(r >= 0 && r < this.R) || !this.allowed[r])
      throw new SchedulingInputError(`${where}: unknown or vetoed request`);
    if (this.slotOf[r] >= 0) throw new SchedulingInputError(`${where}: fixed twice`);
    if (!(s >= 0 && s < this.S)) throw new SchedulingInputError(`${where}: unknown slot ${s}`);
    const a = this.reqA[r];
    const b = this.reqB[r];
    if (this.unavail[a * this.S + s] || this.unavail[b * this.S + s])
      throw new SchedulingInputError(`${where}: a participant is unavailable in slot ${s}`);
    if (this.occ[a * this.S + s] >= this.people[a] || this.occ[b * this.S + s] >= this.people[b])
      throw new SchedulingInputError(`${where}: a participant is already booked in slot ${s}`);
    if (this.online[r]) {
      if (table !== null) throw new SchedulingInputError(`${where}: online meetings take no table`);
    } else {
      if (table === null || !(table >= 0 && table < this.T))
        throw new SchedulingInputError(`${where}: needs a table in 0..${this.T - 1}`);
      for (const other of this.atSlot[s])
        if (this.fixedTable[other] === table)
          throw new SchedulingInputError(`${where}: table ${table} is taken in slot ${s}`);
      this.fixedTable[r] = table;
    }
    this.fixed[r] = 1;
    if (personA !== undefined) this.fixedPersonA[r] = personA;
    if (personB !== undefined) this.fixedPersonB[r] = personB;
    this.place(r, s);
  }

  /** Both sides free and available in s, under their caps, and a table if the meeting needs one. */
  canPlace(r: number, s: number): boolean {
    const a = this.reqA[r];
    const b = this.reqB[r];
    const ia = a * this.S + s;
    const ib = b * this.S + s;
    return (
      this.unavail[ia] === 0 &&
      this.unavail[ib] === 0 &&
      this.occ[ia] < this.people[a] &&
      this.occ[ib] < this.people[b] &&
      this.count[a] < this.cap[a] &&
      this.count[b] < this.cap[b] &&
      (this.online[r] === 1 || this.tableUsed[s] < this.T)
    );
  }

  /** Like canPlace for a scheduled meeting moving to s2 (its own seat and cap are already its). */
  canMove(r: number, s2: number): boolean {
    const s = this.slotOf[r];
    if (s2 === s || this.fixed[r]) return false;
    const a = this.reqA[r];
    const b = this.reqB[r];
    const ia = a * this.S + s2;
    const ib = b * this.S + s2;
    return (
      this.unavail[ia] === 0 &&
      this.unavail[ib] === 0 &&
      this.occ[ia] < this.people[a] &&
      this.occ[ib] < this.people[b] &&
      (this.online[r] === 1 || this.tableUsed[s2] < this.T)
    );
  }

  place(r: number, s: number): void {
    const a = this.reqA[r];
    const b = this.reqB[r];
    this.occ[a * this.S + s]++;
    this.occ[b * this.S + s]++;
    this.count[a]++;
    this.count[b]++;
    if (!this.online[r]) this.tableUsed[s]++;
    this.slotOf[r] = s;
    this.atSlot[s].add(r);
    this.lightestDirty[s] = 1;
  }

  remove(r: number): void {
    const s = this.slotOf[r];
    const a = this.reqA[r];
    const b = this.reqB[r];
    this.occ[a * this.S + s]--;
    this.occ[b * this.S + s]--;
    this.count[a]--;
    this.count[b]--;
    if (!this.online[r]) this.tableUsed[s]--;
    this.slotOf[r] = -1;
    this.atSlot[s].delete(r);
    this.lightestDirty[s] = 1;
  }

  /** Weight of the lightest movable offline meeting in slot s (Infinity if none). */
  lightestOfflineAt(s: number): number {
    if (this.lightestDirty[s]) {
      let min = Infinity;
      for (const r of this.atSlot[s])
        if (!this.online[r] && !this.fixed[r] && this.weight[r] < min) min = this.weight[r];
      this.lightest[s] = min;
      this.lightestDirty[s] = 0;
    }
    return this.lightest[s];
  }

  move(r: number, s2: number): void {
    this.remove(r);
    this.place(r, s2);
  }

  /** Free slots between a participant's first and last meeting of a day (own absences not counted). */
  idle(p: number, day: number): number {
    const base = p * this.S;
    let first = -1;
    let last = -1;
    for (let s = this.dayFirst[day]; s <= this.dayLast[day]; s++) {
      if (this.occ[base + s] > 0) {
        if (first < 0) first = s;
        last = s;
      }
    }
    if (first < 0) return 0;
    let idle = 0;
    for (let s = first + 1; s < last; s++)
      if (this.occ[base + s] === 0 && this.unavail[base + s] === 0) idle++;
    return idle;
  }

  totalIdle(): number {
    let total = 0;
    for (let p = 0; p < this.P; p++)
      for (let d = 0; d < this.dayFirst.length; d++)
        if (this.dayFirst[d] >= 0) total += this.idle(p, d);
    return total;
  }

  other(r: number, p: number): number {
    return this.reqA[r] === p ? this.reqB[r] : this.reqA[r];
  }

  /** The schedule: fixed meetings keep their tables and attendees, the rest take what is free. */
  toSchedule(): Schedule {
    const meetings: ScheduledMeeting[] = [];
    for (let s = 0; s < this.S; s++) {
      const here = [...this.atSlot[s]].sort((x, y) => this.fixed[y] - this.fixed[x] || x - y);
      const takenTables = new Set<number>();
      for (const r of here) if (this.fixedTable[r] >= 0) takenTables.add(this.fixedTable[r]);
      let nextTable = 0;
      const seatsTaken = new Map<number, Set<number>>();
      const takeSeat = (p: number, wanted: number): number => {
        let used = seatsTaken.get(p);
        if (!used) seatsTaken.set(p, (used = new Set()));
        let person = wanted >= 0 && !used.has(wanted) ? wanted : 0;
        while (used.has(person)) person++;
        used.add(person);
        return person;
      };
      for (const r of here) {
        let table: number | null = null;
        if (!this.online[r]) {
          if (this.fixedTable[r] >= 0) table = this.fixedTable[r];
          else {
            while (takenTables.has(nextTable)) nextTable++;
            table = nextTable++;
          }
        }
        const personA = takeSeat(this.reqA[r], this.fixedPersonA[r]);
        const personB = takeSeat(this.reqB[r], this.fixedPersonB[r]);
        meetings.push({ request: r, slot: s, table, personA, personB, fixed: this.fixed[r] === 1 });
      }
    }
    meetings.sort((x, y) => x.slot - y.slot || x.request - y.request);
    return { meetings };
  }
}

function pairKey(x: number, y: number, P: number): number {
  return x < y ? x * P + y : y * P + x;
}
