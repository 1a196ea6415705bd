// The global price update of cost scaling (Goldberg 1997, §5), for min-cost-flow.ts: lowers every
// node's price by ε times its distance to the nearest node in deficit, an arc of reduced cost c
// counting ⌊c/ε⌋ + 1, so that admissible paths lead from every excess to a deficit. It keeps
// ε-optimality: along a residual arc (v, w) the distances differ by at most the arc's length, and so
// they still do when every distance is capped at a common bound — so the search stops at the last
// excess reached (or at a distance of n) and all farther nodes get that bound.
//
// Distances are small whole numbers, so the search keeps them in buckets (Dial's algorithm): one
// pass over the arcs, no heap. A solve runs it many times, on the same arrays: they are kept.

export class PriceUpdate {
  private readonly limit: number;
  private readonly distance: Int32Array;
  private readonly settled: Uint8Array;
  private readonly bucket: Int32Array;
  private readonly next: Int32Array;
  private readonly previous: Int32Array;

  constructor(
    private readonly n: number,
    private readonly first: Int32Array,
    private readonly head: Int32Array,
    private readonly mate: Int32Array,
    private readonly residual: Float64Array,
    private readonly cost: Float64Array,
  ) {
    this.limit = n + 1;
    this.distance = new Int32Array(n);
    this.settled = new Uint8Array(n);
    this.bucket = new Int32Array(this.limit + 1);
    this.next = new Int32Array(n);
    this.previous = new Int32Array(n);
  }

  run(epsilon: number, excess: Float64Array, price: Float64Array): void {
    const { n, limit, first, head, mate, residual, cost, distance, settled, bucket } = this;
    const unlabelled = limit + 1;
    distance.fill(unlabelled);
    settled.fill(0);
    bucket.fill(-1);
    let excessLeft = 0;
    let waiting = 0;
    for (let v = 0; v < n; v++) {
      if (excess[v]! < 0) {
        distance[v] = 0;
        this.insert(v, 0);
        waiting++;
      } else if (excess[v]! > 0) excessLeft++;
    }
    if (excessLeft === 0) return;
    let last = 0;
    for (let d = 0; d <= limit && excessLeft > 0 && waiting > 0; d++) {
      while (bucket[d]! >= 0 && excessLeft > 0) {
        const w = bucket[d]!;
        this.remove(w, d);
        waiting--;
        settled[w] = 1;
        last = d;
        if (excess[w]! > 0) excessLeft--;
        const pw = price[w]!;
        // Residual arcs into w are the reverses of w's arcs that have room.
        for (let out = first[w]!; out < first[w + 1]!; out++) {
          const into = mate[out]!;
          if (residual[into]! <= 0) continue;
          const v = head[out]!;
          if (settled[v] === 1) continue;
          const length = Math.max(0, Math.floor((cost[into]! + price[v]! - pw) / epsilon) + 1);
          const through = d + length;
          if (through >= distance[v]! || through > limit) continue;
          if (distance[v]! !== unlabelled) this.remove(v, distance[v]!);
          else waiting++;
          distance[v] = through;
          this.insert(v, through);
        }
      }
    }
    for (let v = 0; v < n; v++) price[v]! -= epsilon * (settled[v] === 1 ? distance[v]! : last);
  }

  private insert(v: number, d: number) {
    const top = this.bucket[d]!;
    this.next[v] = top;
    this.previous[v] = -1;
    if (top >= 0) this.previous[top] = v;
    this.bucket[d] = v;
  }

  private remove(v: number, d: number) {
    const before = this.previous[v]!;
    const after = this.next[v]!;
    if (before >= 0) this.next[before] = after;
    else this.bucket[d] = after;
    if (after >= 0) this.previous[after] = before;
  }
}
