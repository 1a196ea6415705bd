// Minimum-cost flow on a network with arc lower and upper bounds and node supplies, exactly, in
// integers: the engine under the selection of participants (issue "Development programs"), whose
// seats, quotas and preferences form such a network. Cost scaling with push–relabel (Goldberg &
// Tarjan; Goldberg 1997): costs are multiplied by n + 1 so that a flow ε-optimal for ε = 1 is
// optimal; each phase divides ε by ALPHA and restores ε-optimality by pushing excess along arcs of
// negative reduced cost, relabelling a node when it has none, with global price updates (see
// price-update.ts) at the start of a phase and every UPDATE_EVERY × n relabels.
//
// Most phases are not needed: a flow is usually optimal long before ε reaches 1 (the selection's
// later stages are optimal after none, one or two phases of the ten or more). So the flow is checked
// exactly (at the start, after the first phase, and after each once ε is below one original cost
// unit): Bellman–Ford in the original costs, started from the current prices, either finds
// potentials under which no residual arc has a negative reduced cost (a proof of optimality: the
// solve stops) or gives up within a budget (the phases go on).
//
// After solving, `potentials()` gives those exact optimal potentials, so a caller can keep only the
// optimal face — arcs of positive reduced cost at their lower bound, negative at their upper — and
// optimise a second objective within it.

import { PriceUpdate } from './price-update';

const ALPHA = 8;
/** Relabels between global price updates, per node: updates are cheap next to a price war. */
const UPDATE_EVERY = 2;
/** Arc relaxations, per arc, that an optimality check may spend before the phases go on. */
const CHECK_BUDGET = 0.25;
/** How many arcs one relabel of a node holding several units may saturate at once. */
const BULK = 8;

export interface FlowArc {
  from: number;
  to: number;
  lower: number;
  upper: number;
  cost: number;
}

export type FlowResult =
  | { feasible: false }
  | {
      feasible: true;
      /** Σ cost × flow over the arcs, in the costs given. */
      cost: number;
      /** The flow on each arc, in the order added. */
      flow: number[];
    };

/**
 * A network built arc by arc: `addArc` returns the arc's index in the result. Costs and bounds are
 * integers; an upper bound may be Infinity (capped at the total supply a flow could carry).
 */
export class MinCostFlow {
  private readonly arcs: FlowArc[] = [];
  private readonly supply: number[];

  constructor(readonly nodeCount: number) {
    this.supply = new Array(nodeCount).fill(0);
  }

  addArc(from: number, to: number, upper: number, cost: number, lower = 0): number {
    if (!Number.isInteger(cost) || !Number.isInteger(lower) || lower < 0) {
      throw new RangeError('arc costs and lower bounds must be integers, lower ≥ 0');
    }
    if (upper !== Number.POSITIVE_INFINITY && (!Number.isInteger(upper) || upper < lower)) {
      throw new RangeError('an arc upper bound must be an integer ≥ its lower bound, or Infinity');
    }
    this.arcs.push({ from, to, lower, upper, cost });
    return this.arcs.length - 1;
  }

  /** A node's supply (positive) or demand (negative). */
  setSupply(node: number, amount: number): void {
    this.supply[node] = amount;
  }

  /**
   * Solves from `start` when given (a flow per arc within its bounds, e.g. the optimum of an earlier
   * objective on the same network), else from every arc at its lower bound: the closer the start is
   * to feasible, the less work before optimising.
   */
  solve(start?: readonly number[]): FlowResult {
    if (start !== undefined && start.length !== this.arcs.length) {
      throw new RangeError('a start flow needs one value per arc');
    }
    const residual = new ResidualNetwork(this.nodeCount, this.arcs, this.supply, start);
    if (!residual.feasible()) return { feasible: false };
    this.solved = residual.optimise();
    const flow = this.arcs.map((arc, index) => arc.lower + residual.flowOn(index));
    const cost = this.arcs.reduce((sum, arc, index) => sum + arc.cost * flow[index]!, 0);
    return { feasible: true, cost, flow };
  }

  private solved: Float64Array | null = null;

  /**
   * Exact optimal potentials π of the last solve: every arc's reduced cost cost + π(from) − π(to) is
   * ≥ 0 where the arc can still carry more and ≤ 0 where it carries more than its lower bound.
   */
  potentials(): number[] {
    if (!this.solved) throw new Error('solve() first');
    return Array.from(this.solved);
  }
}

/**
 * The residual network in compressed form: the arcs leaving node v sit at positions first[v] to
 * first[v + 1] − 1, each arc's reverse at mate[position]; forward arc i is at position forward[i].
 */
class ResidualNetwork {
  private readonly n: number;
  private readonly first: Int32Array;
  private readonly head: Int32Array;
  private readonly mate: Int32Array;
  private readonly forward: Int32Array;
  private readonly capacity: Float64Array;
  private readonly residual: Float64Array;
  /** Costs as given, for the exact optimality check and the potentials. */
  private readonly original: Float64Array;
  /** Costs × (n + 1) while optimising. */
  private readonly cost: Float64Array;
  private readonly excess: Float64Array;
  private readonly price: Float64Array;

  constructor(
    nodeCount: number,
    arcs: readonly FlowArc[],
    supply: readonly number[],
    start: readonly number[] | undefined,
  ) {
    const n = nodeCount;
    const m = arcs.length * 2;
    this.n = n;
    this.first = new Int32Array(n + 1);
    this.head = new Int32Array(m);
    this.mate = new Int32Array(m);
    this.forward = new Int32Array(arcs.length);
    this.capacity = new Float64Array(m);
    this.residual = new Float64Array(m);
    this.original = new Float64Array(m);
    this.cost = new Float64Array(m);
    this.excess = new Float64Array(n);
    this.price = new Float64Array(n);
    for (const arc of arcs) {
      this.first[arc.from + 1]!++;
      this.first[arc.to + 1]!++;
    }
    for (let v = 0; v < n; v++) this.first[v + 1]! += this.first[v]!;
    const next = this.first.slice(0, n);
    // No arc can carry more than every finite capacity and every supply together.
    let bound = 1;
    for (const s of supply) if (s > 0) bound += s;
    for (const arc of arcs) if (arc.upper !== Number.POSITIVE_INFINITY) bound += arc.upper;
    for (let v = 0; v < n; v++) this.excess[v] = supply[v] ?? 0;
    arcs.forEach((arc, index) => {
      const upper = (arc.upper === Number.POSITIVE_INFINITY ? bound : arc.upper) - arc.lower;
      const initial = start?.[index] ?? arc.lower;
      if (!Number.isInteger(initial) || initial < arc.lower || initial - arc.lower > upper) {
        throw new RangeError(`the start flow on arc ${index} is outside its bounds`);
      }
      const there = next[arc.from]!++;
      const back = next[arc.to]!++;
      this.forward[index] = there;
      this.link(there, back, arc.to, upper, arc.cost);
      this.link(back, there, arc.from, 0, -arc.cost);
      // The starting flow is sent at once: it leaves `from` and arrives at `to`.
      this.excess[arc.from]! -= initial;
      this.excess[arc.to]! += initial;
      this.residual[there]! -= initial - arc.lower;
      this.residual[back]! += initial - arc.lower;
    });
    const total = this.excess.reduce((sum, e) => sum + e, 0);
    if (total !== 0) throw new RangeError(`supplies and demands do not balance (${total})`);
  }

  private link(position: number, reverse: number, to: number, capacity: number, cost: number) {
    this.head[position] = to;
    this.mate[position] = reverse;
    this.capacity[position] = capacity;
    this.residual[position] = capacity;
    this.original[position] = cost;
    this.cost[position] = cost;
  }

  flowOn(index: number): number {
    const position = this.forward[index]!;
    return this.capacity[position]! - this.residual[position]!;
  }

  private push(position: number, amount: number, from: number) {
    this.residual[position]! -= amount;
    this.residual[this.mate[position]!]! += amount;
    this.excess[from]! -= amount;
    this.excess[this.head[position]!]! += amount;
  }

  /**
   * Whether the supplies can be routed at all: a maximum flow from the nodes with excess to those
   * in deficit (augmenting paths found breadth-first) that leaves no excess. The flow found stays:
   * cost scaling starts from it.
   */
  feasible(): boolean {
    const { n, first, head, residual, excess } = this;
    const parent = new Int32Array(n);
    const queue = new Int32Array(n);
    for (;;) {
      parent.fill(-2);
      let tail = 0;
      for (let v = 0; v < n; v++) {
        if (excess[v]! > 0) {
          parent[v] = -1;
          queue[tail++] = v;
        }
      }
      if (tail === 0) return true;
      let reached = -1;
      for (let q = 0; q < tail && reached < 0; q++) {
        const v = queue[q]!;
        for (let arc = first[v]!; arc < first[v + 1]!; arc++) {
          const w = head[arc]!;
          if (residual[arc]! <= 0 || parent[w] !== -2) continue;
          parent[w] = arc;
          if (excess[w]! < 0) {
            reached = w;
            break;
          }
          queue[tail++] = w;
        }
      }
      if (reached < 0) return false;
      let amount = -excess[reached]!;
      let v = reached;
      while (parent[v]! >= 0) {
        const arc = parent[v]!;
        amount = Math.min(amount, residual[arc]!);
        v = head[this.mate[arc]!]!;
      }
      amount = Math.min(amount, excess[v]!);
      for (let w = reached; parent[w]! >= 0; ) {
        const arc = parent[w]!;
        const from = head[this.mate[arc]!]!;
        this.push(arc, amount, from);
        w = from;
      }
    }
  }

  /** Cost scaling from the feasible flow `feasible()` left; returns exact optimal potentials. */
  optimise(): Float64Array {
    const scale = this.n + 1;
    let largest = 0;
    for (let arc = 0; arc < this.cost.length; arc++) {
      this.cost[arc]! *= scale;
      largest = Math.max(largest, Math.abs(this.cost[arc]!));
    }
    if (largest * this.n * 4 > Number.MAX_SAFE_INTEGER) {
      throw new RangeError('costs too large to scale exactly: use smaller integer costs');
    }
    const budget = CHECK_BUDGET * this.cost.length + this.n;
    const update = new PriceUpdate(this.n, this.first, this.head, this.mate, this.residual, this.cost);
    let epsilon = largest;
    for (let phase = 0; ; phase++) {
      // Checked: the start (a warm start may be optimal already), the first phase, and every phase
      // once ε is below one unit of the original costs, where optimality is near; in between a
      // check nearly always fails, at a tenth of a phase's time. At ε = 1 the flow is optimal (the
      // scaling guarantees it): the check then runs to the end.
      if (phase < 2 || epsilon <= scale) {
        const potentials = this.optimalPotentials(epsilon <= 1 ? Number.POSITIVE_INFINITY : budget);
        if (potentials) return potentials;
        if (epsilon <= 1) throw new Error('cost scaling ended on a flow that is not optimal');
      }
      epsilon = Math.max(1, Math.ceil(epsilon / ALPHA));
      this.refine(epsilon, update);
    }
  }

  /** Makes the flow ε-optimal: saturate every arc of negative reduced cost, then discharge. */
  private refine(epsilon: number, update: PriceUpdate) {
    const { n, first, head, residual, cost, excess, price } = this;
    for (let v = 0; v < n; v++) {
      for (let arc = first[v]!; arc < first[v + 1]!; arc++) {
        const amount = residual[arc]!;
        if (amount > 0 && cost[arc]! + price[v]! - price[head[arc]!]! < 0) this.push(arc, amount, v);
      }
    }
    update.run(epsilon, excess, price);
    const current = first.slice(0, n);
    const queued = new Uint8Array(n);
    // A ring of the nodes with excess, each at most once.
    const ring = new Int32Array(n + 1);
    let front = 0;
    let back = 0;
    for (let v = 0; v < n; v++) {
      if (excess[v]! > 0) {
        ring[back++] = v;
        queued[v] = 1;
      }
    }
    const enqueue = (w: number) => {
      if (excess[w]! > 0 && queued[w] === 0) {
        ring[back] = w;
        back = back === n ? 0 : back + 1;
        queued[w] = 1;
      }
    };
    let relabels = 0;
    const updateAfter = Math.max(16, Math.ceil(n * UPDATE_EVERY));
    while (front !== back) {
      const v = ring[front]!;
      front = front === n ? 0 : front + 1;
      queued[v] = 0;
      const end = first[v + 1]!;
      while (excess[v]! > 0) {
        const pv = price[v]!;
        let arc = current[v]!;
        while (arc < end && (residual[arc]! <= 0 || cost[arc]! + pv - price[head[arc]!]! >= 0)) arc++;
        if (arc === end) {
          if (excess[v]! > 1) {
            const saturate = this.relabelMany(v, epsilon);
            for (let i = 0; i < saturate; i++) {
              const through = this.best[i]!;
              this.push(through, residual[through]!, v);
              enqueue(head[through]!);
            }
            current[v] = saturate < 0 ? -1 : this.best[saturate]!;
          } else current[v] = this.relabel(v, epsilon);
          if (current[v]! < 0) throw new Error('a node with excess has no residual arc');
          if (++relabels >= updateAfter) {
            update.run(epsilon, excess, price);
            current.set(first.subarray(0, n));
            relabels = 0;
          }
          continue;
        }
        current[v] = arc;
        const w = head[arc]!;
        // Look-ahead (Goldberg 1997, §6): a push into a node with nowhere to go would only come
        // back; relabel that node instead, and look again whether the arc is still admissible.
        // (A node without any residual arc keeps its price: the push's reverse will be its way out.)
        if (excess[w]! >= 0 && !this.hasAdmissible(w, current)) {
          const out = this.relabel(w, epsilon);
          if (out >= 0) {
            current[w] = out;
            relabels++;
            continue;
          }
        }
        this.push(arc, Math.min(excess[v]!, residual[arc]!), v);
        enqueue(w);
      }
    }
  }

  /** The arcs relabelMany chose, best first, and their values (price of the head − cost). */
  private readonly best = new Int32Array(BULK + 1);
  private readonly bestValue = new Float64Array(BULK + 1);

  /**
   * Relabels a node holding several units as if it relabelled, pushed along its best arc, relabelled
   * again… one arc at a time (a batch bumping applicants one by one, each time scanning all its
   * arcs), but with one scan: keeps the BULK + 1 best residual arcs, and takes as many of the best as
   * the excess fills; it sets the price so the next best is admissible at −ε. Returns how many arcs
   * (the first ones in `best`) the caller must saturate before going on along `best[count]`, or −1
   * when v has no residual arc; the arcs saturated leave the residual network, so ε-optimality
   * holds as after the single steps.
   */
  private relabelMany(v: number, epsilon: number): number {
    const { first, head, residual, cost, price, best, bestValue } = this;
    let kept = 0;
    for (let arc = first[v]!; arc < first[v + 1]!; arc++) {
      if (residual[arc]! <= 0) continue;
      const value = price[head[arc]!]! - cost[arc]!;
      if (kept === BULK + 1 && value <= bestValue[BULK]!) continue;
      let i = kept === BULK + 1 ? BULK : kept++;
      for (; i > 0 && bestValue[i - 1]! < value; i--) {
        best[i] = best[i - 1]!;
        bestValue[i] = bestValue[i - 1]!;
      }
      best[i] = arc;
      bestValue[i] = value;
    }
    if (kept === 0) return -1;
    let left = this.excess[v]!;
    let count = 0;
    while (count < kept - 1 && residual[best[count]!]! < left) left -= residual[best[count++]!]!;
    price[v] = bestValue[count]! - epsilon;
    return count;
  }

  /** Whether w has an admissible arc, moving w's current arc to the first one. */
  private hasAdmissible(w: number, current: Int32Array): boolean {
    const { first, head, residual, cost, price } = this;
    const pw = price[w]!;
    const end = first[w + 1]!;
    let arc = current[w]!;
    while (arc < end && (residual[arc]! <= 0 || cost[arc]! + pw - price[head[arc]!]! >= 0)) arc++;
    if (arc === end) return false;
    current[w] = arc;
    return true;
  }

  /**
   * Lowers v's price just enough that its cheapest residual arc becomes admissible (−ε), and returns
   * that arc: the discharge goes on from it (−1, price unchanged: v has no residual arc).
   */
  private relabel(v: number, epsilon: number): number {
    const { first, head, residual, cost, price } = this;
    let best = Number.NEGATIVE_INFINITY;
    let bestArc = -1;
    for (let arc = first[v]!; arc < first[v + 1]!; arc++) {
      if (residual[arc]! <= 0) continue;
      const through = price[head[arc]!]! - cost[arc]!;
      if (through > best) {
        best = through;
        bestArc = arc;
      }
    }
    if (bestArc >= 0) price[v] = best - epsilon;
    return bestArc;
  }

  /**
   * Exact potentials in the original costs under which no residual arc has a negative reduced cost,
   * or null when none were found within `budget` relaxations. Bellman–Ford with a queue, from the
   * current prices scaled back (near such potentials when the flow is near optimal): it ends only if
   * the residual network has no negative cycle, i.e. the flow is optimal.
   */
  private optimalPotentials(budget: number): Float64Array | null {
    const { n, first, head, residual, original, price } = this;
    const scale = n + 1;
    const distance = new Float64Array(n);
    for (let v = 0; v < n; v++) distance[v] = Math.floor(price[v]! / scale);
    const queued = new Uint8Array(n).fill(1);
    const ring = new Int32Array(n + 1);
    for (let v = 0; v < n; v++) ring[v] = v;
    let front = 0;
    let back = n;
    let spent = 0;
    while (front !== back) {
      const v = ring[front]!;
      front = front === n ? 0 : front + 1;
      queued[v] = 0;
      const dv = distance[v]!;
      for (let arc = first[v]!; arc < first[v + 1]!; arc++) {
        if (residual[arc]! <= 0) continue;
        const w = head[arc]!;
        const through = dv + original[arc]!;
        if (through >= distance[w]!) continue;
        if (++spent > budget) return null;
        distance[w] = through;
        if (queued[w] === 0) {
          queued[w] = 1;
          ring[back] = w;
          back = back === n ? 0 : back + 1;
        }
      }
    }
    return distance;
  }
}
