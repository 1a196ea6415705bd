// The optimal face of a minimum-cost flow, exactly and as small as it is: which arcs can carry a
// different flow in some other optimum. For the selection's lexicographic stages (selection.rules.ts):
// every arc that cannot is fixed, so the next stage solves only what is really still open.
//
// An optimal flow f′ differs from the optimum f by a circulation in f's residual network, made of
// cycles of residual arcs, none of negative cost (f is optimal), so f′ is optimal exactly when they
// all cost 0. Under optimal potentials no residual arc has a negative reduced cost, so a cycle costs 0
// exactly when each of its arcs has reduced cost 0. An arc at one of its bounds (one residual
// direction) can therefore change in some optimum if and only if its reduced cost is 0 and its ends
// lie in one strongly connected component of the residual arcs of reduced cost 0: the path back
// closes a cycle with it. An arc strictly between its bounds has both directions, which alone join
// its ends without any cycle, so it is kept open whenever its reduced cost is 0 (as any reduced cost
// 0 arc may be: every flow of the restricted network then costs the same, so the face stays exact).
// Fixing only arcs of nonzero reduced cost (complementary slackness) is exact too, but keeps every
// arc that merely happens to have reduced cost 0 under the potentials found.

export interface FaceInput {
  nodes: number;
  from: Int32Array;
  to: Int32Array;
  lower: Float64Array;
  upper: Float64Array;
  flow: Float64Array;
  /** Each arc's reduced cost under exact optimal potentials. */
  reduced: Float64Array;
}

/**
 * 0 for the arcs every optimum routes as f does (to be fixed at their flow), 1 for the others: those
 * some optimum routes differently and, among arcs strictly between their bounds, possibly more.
 */
export function openArcs(input: FaceInput): Uint8Array {
  const { from, to, lower, upper, flow, reduced } = input;
  const m = from.length;
  // The residual arcs of reduced cost 0, as an adjacency list: forward where the arc has room,
  // backward where it carries more than its lower bound.
  const degree = new Int32Array(input.nodes + 1);
  for (let arc = 0; arc < m; arc++) {
    if (reduced[arc] !== 0) continue;
    if (flow[arc]! < upper[arc]!) degree[from[arc]! + 1]!++;
    if (flow[arc]! > lower[arc]!) degree[to[arc]! + 1]!++;
  }
  for (let v = 0; v < input.nodes; v++) degree[v + 1]! += degree[v]!;
  const next = degree.slice(0, input.nodes);
  const target = new Int32Array(degree[input.nodes]!);
  for (let arc = 0; arc < m; arc++) {
    if (reduced[arc] !== 0) continue;
    if (flow[arc]! < upper[arc]!) target[next[from[arc]!]!++] = to[arc]!;
    if (flow[arc]! > lower[arc]!) target[next[to[arc]!]!++] = from[arc]!;
  }
  const component = stronglyConnected(input.nodes, degree, target);
  const open = new Uint8Array(m);
  for (let arc = 0; arc < m; arc++) {
    const inside = flow[arc]! > lower[arc]! && flow[arc]! < upper[arc]!;
    const cycle = inside || component[from[arc]!] === component[to[arc]!];
    open[arc] = reduced[arc] === 0 && cycle ? 1 : 0;
  }
  return open;
}

/** Tarjan's strongly connected components, without recursion (a path can be n nodes long). */
function stronglyConnected(n: number, first: Int32Array, target: Int32Array): Int32Array {
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const component = new Int32Array(n).fill(-1);
  const stack = new Int32Array(n);
  const path = new Int32Array(n);
  const cursor = new Int32Array(n);
  let stackSize = 0;
  let counter = 0;
  let components = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    let depth = 0;
    path[depth] = root;
    index[root] = low[root] = counter++;
    cursor[root] = first[root]!;
    stack[stackSize++] = root;
    while (depth >= 0) {
      const v = path[depth]!;
      if (cursor[v]! < first[v + 1]!) {
        const w = target[cursor[v]!++]!;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          cursor[w] = first[w]!;
          stack[stackSize++] = w;
          path[++depth] = w;
        } else if (component[w] === -1) low[v] = Math.min(low[v]!, index[w]!);
        continue;
      }
      if (low[v] === index[v]) {
        let w: number;
        do {
          w = stack[--stackSize]!;
          component[w] = components;
        } while (w !== v);
        components++;
      }
      depth--;
      if (depth >= 0) {
        const parent = path[depth]!;
        low[parent] = Math.min(low[parent]!, low[v]!);
      }
    }
  }
  return component;
}
