// Choosing a program's participants when applicants outnumber seats (issue "Development programs":
// fair, transparent selection). The rule, as published to applicants before they apply:
//
// 1. Quota minimums and reserved seats first: as many seats as possible go to each group with a
//    minimum (e.g. every OPD at least 2), up to that minimum, and to the members of an affirmative
//    group in the seats a batch reserves for it (e.g. 5 of batch 1's 30 seats for women), up to
//    those seats. A reserved seat no member asked for is an ordinary seat: nobody loses it to
//    emptiness. Minimums and reserved seats weigh alike: the step fills as many of them, counted
//    together, as can be filled (where they compete for one seat, neither kind comes first).
// 2. Then the largest total score: the applicants chosen, and the batches they go to, are those
//    whose scores (the program's weighted criteria) add up to the most, under every batch's
//    capacity and every group's cap. An applicant goes only to a batch they asked for.
// 3. Then as many seats filled as possible: no seat stays empty while someone who asked for it
//    could have it (applicants whose score is 0 add nothing to step 2, yet deserve the seat).
// 4. Among equally good choices, the one giving applicants the batches they ranked highest.
// 5. Among those, the earlier applications (the published order) — a deterministic last word.
//
// Each step keeps every best answer of the steps before it (the optimal face of a minimum-cost
// flow: see optimal-face.ts), so a later step never costs an earlier one anything.

import { type FlowArc, MinCostFlow } from './min-cost-flow';
import { openArcs } from './optimal-face';

export interface SelectionBatch {
  id: number;
  capacity: number;
  /** Per affirmative group, the seats of this batch reserved for its members (their sum ≤ capacity). */
  reserved?: Readonly<Record<string, number>> | undefined;
}

export interface SelectionApplicant {
  id: number;
  /** The applicant's score in whole points (e.g. hundredths of the published scale). */
  score: number;
  /** The batches asked for, most wanted first. */
  preferences: readonly number[];
  /** The quota group the applicant counts in (e.g. their OPD), if the program has quotas. */
  group: string | null;
  /** The published order of applications: a lower number comes first among equals. */
  order: number;
  /**
   * The affirmative groups the applicant belongs to, in the program's order: in a batch they count in
   * the first the batch reserves seats for (affirmative.rules.ts seatGroup).
   */
  affirmative?: readonly string[] | undefined;
}

export interface SelectionQuota {
  group: string;
  /** At most this many of the group selected. */
  max?: number | undefined;
  /** At least this many, as far as applicants and seats allow. */
  min?: number | undefined;
}

export interface SelectionInput {
  batches: readonly SelectionBatch[];
  applicants: readonly SelectionApplicant[];
  quotas: readonly SelectionQuota[];
}

export interface SelectionResult {
  /** Applicant id → the batch they were given; absent: not selected. */
  assigned: Map<number, number>;
  /** Σ score of those selected. */
  totalScore: number;
  /** Per group with a minimum, how many were selected towards it. */
  minimumsMet: Map<string, number>;
  /** Per batch with reserved seats, per affirmative group, how many members took them. */
  reservedMet: Map<number, Map<string, number>>;
}

/** One stage's cost per flow arc, and the arcs, bounds and nodes of the selection network. */
interface Network {
  nodes: number;
  arcs: FlowArc[];
  /** The arc of each (applicant, preference) pair, with the applicant and the rank of the batch. */
  choices: { arc: number; applicant: SelectionApplicant; batch: number; rank: number }[];
  minimumArcs: Map<string, number>;
  /** Per batch, per affirmative group: the arc of its reserved seats. */
  reservedArcs: Map<number, Map<string, number>>;
  /** The circulation's arc from the sink back to the source. */
  returnArc: number;
  /** Costs per stage, one array per stage, aligned with `arcs`. */
  stages: number[][];
}

function buildNetwork(input: SelectionInput): Network {
  const source = 0;
  const sink = 1;
  let nodes = 2;
  const arcs: FlowArc[] = [];
  const add = (from: number, to: number, lower: number, upper: number) => {
    arcs.push({ from, to, lower, upper, cost: 0 });
    return arcs.length - 1;
  };
  // Built in one canonical order (batches by id, applicants by the published order, then id), so the
  // answer never depends on the order the lists came in, even where every rule ties.
  const batches = [...input.batches].sort((a, b) => a.id - b.id);
  const applicants = [...input.applicants].sort((a, b) => a.order - b.order || a.id - b.id);
  const batchNode = new Map<number, number>();
  // A batch's reserved seats: members of the group reach the batch through a node of their own,
  // whose first arc carries the reserved seats (stage 1 fills it) and whose second the rest.
  const reservedNode = new Map<number, Map<string, number>>();
  const reservedArcs = new Map<number, Map<string, number>>();
  for (const batch of batches) {
    if (batchNode.has(batch.id)) throw new RangeError(`batch ${batch.id} given twice`);
    const node = nodes++;
    batchNode.set(batch.id, node);
    add(node, sink, 0, batch.capacity);
    for (const [group, seats] of Object.entries(batch.reserved ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (seats === 0) continue;
      const member = nodes++;
      reservedNode.set(batch.id, (reservedNode.get(batch.id) ?? new Map()).set(group, member));
      const arc = add(member, node, 0, Math.min(seats, batch.capacity));
      reservedArcs.set(batch.id, (reservedArcs.get(batch.id) ?? new Map()).set(group, arc));
      add(member, node, 0, batch.capacity);
    }
  }
  const quotas = new Map(input.quotas.map((q) => [q.group, q]));
  const groupNode = new Map<string | null, number>();
  const minimumArcs = new Map<string, number>();
  const groupOf = (group: string | null) => {
    const key = group !== null && quotas.has(group) ? group : null;
    let node = groupNode.get(key);
    if (node !== undefined) return node;
    node = nodes++;
    groupNode.set(key, node);
    const quota = key === null ? undefined : quotas.get(key);
    const max = quota?.max ?? Number.POSITIVE_INFINITY;
    const min = Math.min(quota?.min ?? 0, max);
    // The minimum's seats are a separate arc, so stage 1 can fill it first.
    if (min > 0 && key !== null) minimumArcs.set(key, add(source, node, 0, min));
    groupArc.set(node, add(source, node, 0, max - min));
    return node;
  };
  const groupArc = new Map<number, number>();
  const groupSize = new Map<number, number>();
  const choices: Network['choices'] = [];
  const seen = new Set<number>();
  for (const applicant of applicants) {
    if (seen.has(applicant.id)) throw new RangeError(`applicant ${applicant.id} given twice`);
    seen.add(applicant.id);
    const group = groupOf(applicant.group);
    groupSize.set(group, (groupSize.get(group) ?? 0) + 1);
    const node = nodes++;
    add(group, node, 0, 1);
    applicant.preferences.forEach((batchId, rank) => {
      const batch = batchNode.get(batchId);
      if (batch === undefined)
        throw new RangeError(`applicant ${applicant.id} asks for unknown batch ${batchId}`);
      // Their seat here counts for the first of their groups this batch reserves for.
      const reservedHere = reservedNode.get(batchId);
      const group = reservedHere ? applicant.affirmative?.find((g) => reservedHere.has(g)) : undefined;
      const member = group === undefined ? undefined : reservedHere?.get(group);
      choices.push({ arc: add(node, member ?? batch, 0, 1), applicant, batch: batchId, rank });
    });
  }
  // No arc needs more room than can pass it: a group's arcs carry at most its applicants, the
  // circulation's return arc at most every seat (tight bounds keep the solver from moving flow that
  // can only come back).
  for (const [group, arc] of groupArc) {
    arcs[arc]!.upper = Math.min(arcs[arc]!.upper, groupSize.get(group)!);
  }
  const returnArc = add(
    sink,
    source,
    0,
    Math.min(
      applicants.length,
      batches.reduce((sum, b) => sum + b.capacity, 0),
    ),
  );
  const zero = () => new Array<number>(arcs.length).fill(0);
  const minimum = zero();
  for (const arc of minimumArcs.values()) minimum[arc] = -1;
  for (const arcs of reservedArcs.values()) for (const arc of arcs.values()) minimum[arc] = -1;
  const score = zero();
  const seats = zero();
  const preference = zero();
  const order = zero();
  // The published order as ranks, so costs stay small whatever the numbers used.
  const orderRank = new Map(applicants.map((a, index) => [a.id, index]));
  for (const choice of choices) {
    score[choice.arc] = -choice.applicant.score;
    seats[choice.arc] = -1;
    preference[choice.arc] = choice.rank;
    order[choice.arc] = orderRank.get(choice.applicant.id)!;
  }
  return {
    nodes,
    arcs,
    choices,
    minimumArcs,
    reservedArcs,
    returnArc,
    stages: [minimum, score, seats, preference, order],
  };
}

/**
 * Tries to fill every quota minimum and every reserved seat the simple way — each group's applicants
 * in the canonical order, each to the first batch asked for that has a seat left (a member through
 * the seats reserved for their group while any are left) — and returns whether it did (the flow then
 * carries those seats); most programs' minimums and reservations are small next to their seats and
 * applicants, so stage 1 needs no solver at all. When it does not, the flow is left as it was and
 * stage 1 is solved in full.
 */
function fillMinimums(network: Network, flow: Float64Array): boolean {
  const { arcs } = network;
  const out = new Map<number, number[]>();
  const into = new Map<number, number[]>();
  arcs.forEach((arc, index) => {
    (out.get(arc.from) ?? out.set(arc.from, []).get(arc.from)!).push(index);
    (into.get(arc.to) ?? into.set(arc.to, []).get(arc.to)!).push(index);
  });
  const room = (arc: number) => flow[arc]! < arcs[arc]!.upper;
  const minimums = new Set(network.minimumArcs.values());
  const reserved = [...network.reservedArcs.values()].flatMap((groups) => [...groups.values()]);
  const reservedSet = new Set(reserved);
  const taken: number[] = [];
  const push = (path: number[]) => {
    for (const arc of path) {
      flow[arc]!++;
      taken.push(arc);
    }
  };
  /** From a choice's head to the sink: through a reserved seat while one is left, then the batch's seat. */
  const seatPath = (choice: number): number[] | null => {
    const head = arcs[choice]!.to;
    const next = out.get(head)!;
    if (next.length === 1) return room(next[0]!) ? [next[0]!] : null;
    // A group's node before a batch: its reserved arc, then its other arc, both into the batch.
    for (const arc of next) {
      const seat = out.get(arcs[arc]!.to)![0]!;
      if (room(arc) && room(seat)) return [arc, seat];
    }
    return null;
  };
  /** Into the applicant's group node from the source: the group's minimum first, then the rest. */
  const sourcePath = (applicant: number): number[] | null => {
    const toApplicant = into.get(applicant)![0]!;
    if (!room(toApplicant)) return null;
    const sources = into.get(arcs[toApplicant]!.from)!;
    const source = sources.find((arc) => minimums.has(arc) && room(arc)) ?? sources.find((arc) => room(arc));
    return source === undefined ? null : [source, toApplicant];
  };
  for (const minimum of network.minimumArcs.values()) {
    for (const toApplicant of out.get(arcs[minimum]!.to) ?? []) {
      if (!room(minimum)) break;
      const applicant = arcs[toApplicant]!.to;
      if (!room(toApplicant) || !room(network.returnArc)) continue;
      for (const choice of out.get(applicant) ?? []) {
        const seat = room(choice) ? seatPath(choice) : null;
        if (!seat) continue;
        push([minimum, toApplicant, choice, ...seat, network.returnArc]);
        break;
      }
    }
  }
  for (const seats of reserved) {
    // The members who asked for the batch reach the group's node by their choices of it.
    const batchSeat = out.get(arcs[seats]!.to)![0]!;
    for (const choice of into.get(arcs[seats]!.from) ?? []) {
      if (!room(seats) || !room(batchSeat)) break;
      if (!room(choice) || !room(network.returnArc)) continue;
      const source = sourcePath(arcs[choice]!.from);
      if (!source) continue;
      push([...source, choice, seats, batchSeat, network.returnArc]);
    }
  }
  if ([...minimums, ...reservedSet].every((arc) => !room(arc))) return true;
  for (const arc of taken) flow[arc]!--;
  return false;
}

/**
 * Minimises each stage's cost in turn, keeping only the optimal face of the stages before: every arc
 * that no optimum routes differently is fixed at its flow (see optimal-face.ts).
 */
function lexicographicFlow(network: Network): Float64Array {
  const { arcs, stages } = network;
  const from = new Int32Array(arcs.length);
  const to = new Int32Array(arcs.length);
  const lower = new Float64Array(arcs.length);
  const upper = new Float64Array(arcs.length);
  arcs.forEach((arc, index) => {
    from[index] = arc.from;
    to[index] = arc.to;
    lower[index] = arc.lower;
    upper[index] = arc.upper;
  });
  const flow = lower.slice();
  if (fillMinimums(network, flow)) {
    // Every minimum and reserved seat filled is the best stage 1 can do, and all it asks: the face of
    // its optima is every flow with those arcs full.
    for (const arc of network.minimumArcs.values()) lower[arc] = upper[arc]!;
    for (const groups of network.reservedArcs.values())
      for (const arc of groups.values()) lower[arc] = upper[arc]!;
  }
  stages.forEach((costs, stage) => {
    // Only the arcs still free (lower < upper) can change: the fixed ones become supplies, and the
    // nodes they alone touch drop out, so each stage solves a smaller network (fewer nodes also mean
    // fewer cost-scaling phases), started from the flow the stage before left.
    const free: number[] = [];
    let costly = false;
    for (let arc = 0; arc < arcs.length; arc++) {
      if (lower[arc]! === upper[arc]!) continue;
      free.push(arc);
      if (costs[arc] !== 0) costly = true;
    }
    if (!costly) return;
    const node = new Int32Array(network.nodes).fill(-1);
    let nodes = 0;
    for (const arc of free) {
      if (node[from[arc]!] === -1) node[from[arc]!] = nodes++;
      if (node[to[arc]!] === -1) node[to[arc]!] = nodes++;
    }
    const supply = new Float64Array(nodes);
    for (let arc = 0; arc < arcs.length; arc++) {
      if (lower[arc]! !== upper[arc]!) continue;
      if (node[from[arc]!] !== -1) supply[node[from[arc]!]!]! -= flow[arc]!;
      if (node[to[arc]!] !== -1) supply[node[to[arc]!]!]! += flow[arc]!;
    }
    const solver = new MinCostFlow(nodes);
    supply.forEach((amount, v) => {
      solver.setSupply(v, amount);
    });
    for (const arc of free) {
      solver.addArc(node[from[arc]!]!, node[to[arc]!]!, upper[arc]!, costs[arc]!, lower[arc]!);
    }
    const result = solver.solve(free.map((arc) => flow[arc]!));
    if (!result.feasible) throw new Error('the selection network has no feasible flow');
    free.forEach((arc, position) => {
      flow[arc] = result.flow[position]!;
    });
    if (stage === stages.length - 1) return;
    const pi = solver.potentials();
    const count = free.length;
    const local = {
      nodes,
      from: new Int32Array(count),
      to: new Int32Array(count),
      lower: new Float64Array(count),
      upper: new Float64Array(count),
      flow: new Float64Array(count),
      reduced: new Float64Array(count),
    };
    free.forEach((arc, position) => {
      const tail = node[from[arc]!]!;
      const head = node[to[arc]!]!;
      local.from[position] = tail;
      local.to[position] = head;
      local.lower[position] = lower[arc]!;
      local.upper[position] = upper[arc]!;
      local.flow[position] = flow[arc]!;
      local.reduced[position] = costs[arc]! + pi[tail]! - pi[head]!;
    });
    const open = openArcs(local);
    free.forEach((arc, position) => {
      if (open[position] === 1) return;
      lower[arc] = flow[arc]!;
      upper[arc] = flow[arc]!;
    });
  });
  return flow;
}

/** The selection by the published rule (see the top of this file). */
export function selectParticipants(input: SelectionInput): SelectionResult {
  for (const batch of input.batches) {
    if (!Number.isInteger(batch.capacity) || batch.capacity < 0) {
      throw new RangeError(`batch ${batch.id}: capacity must be a whole number ≥ 0`);
    }
    const reserved = Object.values(batch.reserved ?? {});
    if (reserved.some((seats) => !Number.isInteger(seats) || seats < 0)) {
      throw new RangeError(`batch ${batch.id}: reserved seats must be whole numbers ≥ 0`);
    }
    if (reserved.reduce((sum, seats) => sum + seats, 0) > batch.capacity) {
      throw new RangeError(`batch ${batch.id}: more seats reserved than the batch has`);
    }
  }
  for (const applicant of input.applicants) {
    if (!Number.isInteger(applicant.score) || applicant.score < 0) {
      throw new RangeError(`applicant ${applicant.id}: score must be a whole number ≥ 0`);
    }
  }
  const network = buildNetwork(input);
  const flow = lexicographicFlow(network);
  const assigned = new Map<number, number>();
  let totalScore = 0;
  for (const choice of network.choices) {
    if (flow[choice.arc] === 1) {
      assigned.set(choice.applicant.id, choice.batch);
      totalScore += choice.applicant.score;
    }
  }
  const minimumsMet = new Map([...network.minimumArcs].map(([group, arc]) => [group, flow[arc] ?? 0]));
  const reservedMet = new Map(
    [...network.reservedArcs].map(([batch, groups]) => [
      batch,
      new Map([...groups].map(([group, arc]) => [group, flow[arc] ?? 0])),
    ]),
  );
  return { assigned, totalScore, minimumsMet, reservedMet };
}
