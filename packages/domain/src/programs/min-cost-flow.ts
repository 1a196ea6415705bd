// Minimum-cost flow on a network with arc lower and upper bounds and node supplies, exactly, in
// integers: the engine under the selection of participants (issue "Development programs"), whose
// seats, quotas and preferences form such a network. Cost scaling with push–relabel (Goldberg &
// Tarjan; Goldberg 1997): costs are multiplied by n + 1 so that a flow ε-optimal for ε = 1 is
// optimal; each phase divides ε by ALPHA and restores ε-optimality by pushing excess along arcs of
// negative reduced cost, relabelling a node when it has none, with global price updates (distances
// to the deficits) at the start of a phase and after every n relabels.
//
// After solving, `potentials()` gives exact optimal node potentials (shortest distances in the
// residual network), so a caller can keep only the optimal face — arcs of positive reduced cost at
// their lower bound, negative at their upper — and optimise a second objective within it.

const ALPHA = 8;

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
    residual.optimise();
    this.solved = residual;
    const flow = this.arcs.map((arc, index) => arc.lower + residual.flowOn(index));
    const cost = this.arcs.reduce((sum, arc, index) => sum + arc.cost * flow[index]!, 0);
    return { feasible: true, cost, flow };
  }

  private solved: ResidualNetwork | null = null;

  /**
   * Exact optimal potentials π of the last solve: every arc's reduced cost cost + π(from) − π(to) is
   * ≥ 0 where the arc can still carry more and ≤ 0 where it carries more than its lower bound.
   */
  potentials(): number[] {
    if (!this.solved) throw new Error('solve() first');
    return this.solved.exactPotentials();
  }
}

/** The network in forward-star form: arc 2i is arc i forward, 2i + 1 its reverse. */
class ResidualNetwork {
  private readonly n: number;
  private readonly head: Int32Array;
  private readonly firstOut: Int32Array;
  private readonly nextOut: Int32Array;
  private readonly capacity: Float64Array;
  private readonly residual: Float64Array;
  private readonly cost: Float64Array;
  private readonly excess: Float64Array;
  private readonly price: Float64Array;

  constructor(
    nodeCount: number,
    arcs: readonly FlowArc[],
    supply: readonly number[],
    start: readonly number[] | undefined,
  ) {
    this.n = nodeCount;
    const m = arcs.length * 2;
    this.head = new Int32Array(m);
    this.firstOut = new Int32Array(nodeCount).fill(-1);
    this.nextOut = new Int32Array(m);
    this.capacity = new Float64Array(m);
    this.residual = new Float64Array(m);
    this.cost = new Float64Array(m);
    this.excess = new Float64Array(nodeCount);
    this.price = new Float64Array(nodeCount);
    // No arc can carry more than every finite capacity and every supply together.
    let bound = 1;
    for (const s of supply) if (s > 0) bound += s;
    for (const arc of arcs) if (arc.upper !== Number.POSITIVE_INFINITY) bound += arc.upper;
    for (let node = 0; node < nodeCount; node++) this.excess[node] = supply[node] ?? 0;
    arcs.forEach((arc, index) => {
      const upper = (arc.upper === Number.POSITIVE_INFINITY ? bound : arc.upper) - arc.lower;
      const initial = start?.[index] ?? arc.lower;
      if (!Number.isInteger(initial) || initial < arc.lower || initial - arc.lower > upper) {
        throw new RangeError(`the start flow on arc ${index} is outside its bounds`);
      }
      // The starting flow is sent at once: it leaves `from` and arrives at `to`.
      this.excess[arc.from]! -= initial;
      this.excess[arc.to]! += initial;
      this.link(2 * index, arc.from, arc.to, upper, arc.cost);
      this.link(2 * index + 1, arc.to, arc.from, 0, -arc.cost);
      this.push(2 * index, initial - arc.lower);
    });
    const total = this.excess.reduce((sum, e) => sum + e, 0);
    if (total !== 0) throw new RangeError(`supplies and demands do not balance (${total})`);
  }

  private link(arc: number, from: number, to: number, capacity: number, cost: number) {
    this.head[arc] = to;
    this.capacity[arc] = capacity;
    this.residual[arc] = capacity;
    this.cost[arc] = cost;
    this.nextOut[arc] = this.firstOut[from]!;
    this.firstOut[from] = arc;
  }

  private tail(arc: number): number {
    return this.head[arc ^ 1]!;
  }

  flowOn(index: number): number {
    return this.capacity[2 * index]! - this.residual[2 * index]!;
  }

  /**
   * Whether the supplies can be routed at all: a maximum flow from the nodes with excess to those
   * in deficit (augmenting paths found breadth-first) that leaves no excess. The flow found stays:
   * cost scaling starts from it.
   */
  feasible(): boolean {
    const parent = new Int32Array(this.n);
    for (;;) {
      parent.fill(-2);
      const queue: number[] = [];
      for (let v = 0; v < this.n; v++) {
        if (this.excess[v]! > 0) {
          parent[v] = -1;
          queue.push(v);
        }
      }
      if (queue.length === 0) return true;
      let reached = -1;
      for (let q = 0; q < queue.length && reached < 0; q++) {
        const v = queue[q]!;
        for (let arc = this.firstOut[v]!; arc >= 0; arc = this.nextOut[arc]!) {
          const w = this.head[arc]!;
          if (this.residual[arc]! <= 0 || parent[w] !== -2) continue;
          parent[w] = arc;
          if (this.excess[w]! < 0) {
            reached = w;
            break;
          }
          queue.push(w);
        }
      }
      if (reached < 0) return false;
      let amount = -this.excess[reached]!;
      let v = reached;
      while (parent[v]! >= 0) {
        const arc = parent[v]!;
        amount = Math.min(amount, this.residual[arc]!);
        v = this.tail(arc);
      }
      amount = Math.min(amount, this.excess[v]!);
      for (let w = reached; parent[w]! >= 0; w = this.tail(parent[w]!)) this.push(parent[w]!, amount);
      this.excess[v]! -= amount;
      this.excess[reached]! += amount;
    }
  }

  private push(arc: number, amount: number) {
    this.residual[arc]! -= amount;
    this.residual[arc ^ 1]! += amount;
  }

  /** Cost scaling from the feasible flow `feasible()` left. */
  optimise(): void {
    const scale = this.n + 1;
    let largest = 0;
    for (let arc = 0; arc < this.cost.length; arc++) {
      this.cost[arc]! *= scale;
      largest = Math.max(largest, Math.abs(this.cost[arc]!));
    }
    if (largest * this.n * 4 > Number.MAX_SAFE_INTEGER) {
      throw new RangeError('costs too large to scale exactly: use smaller integer costs');
    }
    let epsilon = largest;
    while (epsilon > 1) {
      epsilon = Math.max(1, Math.ceil(epsilon / ALPHA));
      this.refine(epsilon);
    }
    for (let arc = 0; arc < this.cost.length; arc++) this.cost[arc]! /= scale;
  }

  private reduced(arc: number): number {
    return this.cost[arc]! + this.price[this.tail(arc)]! - this.price[this.head[arc]!]!;
  }

  /** Makes the flow ε-optimal: saturate every arc of negative reduced cost, then discharge. */
  private refine(epsilon: number) {
    for (let arc = 0; arc < this.cost.length; arc++) {
      const amount = this.residual[arc]!;
      if (amount > 0 && this.reduced(arc) < 0) {
        this.push(arc, amount);
        this.excess[this.tail(arc)]! -= amount;
        this.excess[this.head[arc]!]! += amount;
      }
    }
    this.updatePrices(epsilon);
    let sinceUpdate = 0;
    const current = Int32Array.from(this.firstOut);
    const queued = new Uint8Array(this.n);
    const queue: number[] = [];
    for (let v = 0; v < this.n; v++) {
      if (this.excess[v]! > 0) {
        queue.push(v);
        queued[v] = 1;
      }
    }
    for (let q = 0; q < queue.length; q++) {
      const v = queue[q]!;
      queued[v] = 0;
      while (this.excess[v]! > 0) {
        let arc = current[v]!;
        for (; arc >= 0; arc = this.nextOut[arc]!) {
          if (this.residual[arc]! > 0 && this.reduced(arc) < 0) break;
        }
        if (arc < 0) {
          this.relabel(v, epsilon);
          current[v] = this.firstOut[v]!;
          if (++sinceUpdate > this.n) {
            this.updatePrices(epsilon);
            current.set(this.firstOut);
            sinceUpdate = 0;
          }
          continue;
        }
        current[v] = arc;
        const w = this.head[arc]!;
        const amount = Math.min(this.excess[v]!, this.residual[arc]!);
        this.push(arc, amount);
        this.excess[v]! -= amount;
        this.excess[w]! += amount;
        if (this.excess[w]! > 0 && queued[w] === 0) {
          queue.push(w);
          queued[w] = 1;
        }
      }
      // Keep the queue from growing without bound: drop what was processed.
      if (q > 4096 && q * 2 > queue.length) {
        queue.splice(0, q + 1);
        q = -1;
      }
    }
  }

  /**
   * Global price update (Goldberg 1997, §5): lowers every node's price by ε times its distance to
   * the nearest node in deficit, an arc of reduced cost c counting ⌊c/ε⌋ + 1, so that admissible
   * paths lead from excess to deficit. Keeps ε-optimality: along a residual arc (v, w) the distances
   * differ by at most the arc's length. Nodes farther than the last excess reached all get that
   * last distance, which keeps the same inequality and stops the search early.
   */
  private updatePrices(epsilon: number) {
    const n = this.n;
    const distance = this.distanceScratch ?? new Float64Array(n);
    this.distanceScratch = distance;
    const done = new Uint8Array(n);
    const heap = new MinHeap(n);
    let excessLeft = 0;
    distance.fill(Number.POSITIVE_INFINITY);
    for (let v = 0; v < n; v++) {
      if (this.excess[v]! < 0) {
        distance[v] = 0;
        heap.push(v, 0);
      } else if (this.excess[v]! > 0) excessLeft++;
    }
    if (excessLeft === 0) return;
    let last = 0;
    while (heap.size > 0 && excessLeft > 0) {
      const w = heap.pop();
      if (done[w] === 1) continue;
      done[w] = 1;
      last = distance[w]!;
      if (this.excess[w]! > 0) excessLeft--;
      // Residual arcs into w are the reverses of w's out-arcs that still have room.
      for (let out = this.firstOut[w]!; out >= 0; out = this.nextOut[out]!) {
        const into = out ^ 1;
        if (this.residual[into]! <= 0) continue;
        const v = this.head[out]!;
        if (done[v] === 1) continue;
        const through = last + Math.floor(this.reduced(into) / epsilon) + 1;
        if (through < distance[v]!) {
          distance[v] = through;
          heap.push(v, through);
        }
      }
    }
    for (let v = 0; v < n; v++) {
      this.price[v]! -= epsilon * (done[v] === 1 ? distance[v]! : last);
    }
  }

  private distanceScratch: Float64Array | null = null;

  /** Lowers v's price just enough that its cheapest residual arc becomes admissible (−ε). */
  private relabel(v: number, epsilon: number) {
    let best = Number.NEGATIVE_INFINITY;
    for (let arc = this.firstOut[v]!; arc >= 0; arc = this.nextOut[arc]!) {
      if (this.residual[arc]! > 0) best = Math.max(best, this.price[this.head[arc]!]! - this.cost[arc]!);
    }
    if (best === Number.NEGATIVE_INFINITY) throw new Error('a node with excess has no residual arc');
    this.price[v] = best - epsilon;
  }

  /**
   * Shortest distances from a virtual root joined to every node at cost 0, over the residual arcs
   * in the original costs (Bellman–Ford with a queue): no negative cycle exists at an optimum, and
   * the distances are potentials under which no residual arc has a negative reduced cost.
   */
  exactPotentials(): number[] {
    const distance = new Float64Array(this.n);
    const inQueue = new Uint8Array(this.n).fill(1);
    const queue: number[] = Array.from({ length: this.n }, (_, v) => v);
    for (let q = 0; q < queue.length; q++) {
      const v = queue[q]!;
      inQueue[v] = 0;
      for (let arc = this.firstOut[v]!; arc >= 0; arc = this.nextOut[arc]!) {
        if (this.residual[arc]! <= 0) continue;
        const w = this.head[arc]!;
        const through = distance[v]! + this.cost[arc]!;
        if (through < distance[w]!) {
          distance[w] = through;
          if (inQueue[w] === 0) {
            inQueue[w] = 1;
            queue.push(w);
          }
        }
      }
      if (q > 4096 && q * 2 > queue.length) {
        queue.splice(0, q + 1);
        q = -1;
      }
    }
    return Array.from(distance);
  }
}

/** A binary min-heap of (node, key) with duplicates allowed: stale entries are skipped by the caller. */
class MinHeap {
  private nodes: Int32Array;
  private keys: Float64Array;
  size = 0;

  constructor(capacity: number) {
    this.nodes = new Int32Array(Math.max(16, capacity));
    this.keys = new Float64Array(Math.max(16, capacity));
  }

  push(node: number, key: number) {
    if (this.size === this.nodes.length) {
      const nodes = new Int32Array(this.size * 2);
      nodes.set(this.nodes);
      this.nodes = nodes;
      const keys = new Float64Array(this.size * 2);
      keys.set(this.keys);
      this.keys = keys;
    }
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.keys[parent]! <= key) break;
      this.nodes[i] = this.nodes[parent]!;
      this.keys[i] = this.keys[parent]!;
      i = parent;
    }
    this.nodes[i] = node;
    this.keys[i] = key;
  }

  pop(): number {
    const top = this.nodes[0]!;
    const size = --this.size;
    const node = this.nodes[size]!;
    const key = this.keys[size]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      if (child + 1 < size && this.keys[child + 1]! < this.keys[child]!) child++;
      if (this.keys[child]! >= key) break;
      this.nodes[i] = this.nodes[child]!;
      this.keys[i] = this.keys[child]!;
      i = child;
    }
    this.nodes[i] = node;
    this.keys[i] = key;
    return top;
  }
}
