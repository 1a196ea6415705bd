import fc from 'fast-check';
import loadHighs from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { type FlowArc, MinCostFlow } from './min-cost-flow';
import { openArcs } from './optimal-face';

// The engine against an exact LP solver (HiGHS, compiled to WebAssembly): on random networks with
// lower and upper bounds, negative costs and supplies, both must agree on feasibility and on the
// minimum cost (a flow problem's LP has integral optima), and the engine's flow must respect every
// bound and balance every node.

type Highs = Awaited<ReturnType<typeof loadHighs>>;
let highs: Highs;
beforeAll(async () => {
  highs = await loadHighs();
});

interface Instance {
  nodes: number;
  arcs: FlowArc[];
  supply: number[];
}

const objectiveTerms = ({ arcs }: Instance) =>
  arcs.map((a, i) => `${a.cost >= 0 ? '+' : '-'} ${Math.abs(a.cost)} x${i}`).join(' ');

/** The instance as CPLEX LP text: one column per arc, one balance row per node. */
function lpText(x: Instance): string {
  const { nodes, arcs, supply } = x;
  const objective = objectiveTerms(x);
  const rows = Array.from({ length: nodes }, (_, v) => {
    const terms = arcs.flatMap((a, i) => [
      ...(a.from === v ? [`+ x${i}`] : []),
      ...(a.to === v ? [`- x${i}`] : []),
    ]);
    // out − in = supply
    return terms.length === 0 ? null : ` n${v}: ${terms.join(' ')} = ${supply[v]}`;
  }).filter((row) => row !== null);
  const bounds = arcs.map((a, i) => ` ${a.lower} <= x${i} <= ${a.upper === Infinity ? '+inf' : a.upper}`);
  return `Minimize\n obj: ${objective || '0 x0'}\nSubject To\n${rows.join('\n')}\nBounds\n${bounds.join('\n')}\nEnd`;
}

function solveOurs({ nodes, arcs, supply }: Instance) {
  const network = new MinCostFlow(nodes);
  for (const a of arcs) network.addArc(a.from, a.to, a.upper, a.cost, a.lower);
  supply.forEach((s, v) => {
    network.setSupply(v, s);
  });
  return { network, result: network.solve() };
}

const network = (maxNodes: number, maxArcs: number) =>
  fc
    .integer({ min: 2, max: maxNodes })
    .chain((nodes) =>
      fc.record({
        nodes: fc.constant(nodes),
        arcs: fc.array(
          fc
            .record({
              from: fc.integer({ min: 0, max: nodes - 1 }),
              to: fc.integer({ min: 0, max: nodes - 1 }),
              lower: fc.integer({ min: 0, max: 2 }),
              extra: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined, freq: 8 }),
              cost: fc.integer({ min: -20, max: 20 }),
            })
            .filter((a) => a.from !== a.to)
            .map(({ extra, ...a }) => ({ ...a, upper: extra === undefined ? Infinity : a.lower + extra })),
          { minLength: 1, maxLength: maxArcs },
        ),
        supply: fc.array(fc.integer({ min: -4, max: 4 }), { minLength: nodes, maxLength: nodes }),
      }),
    )
    .map((x) => {
      // Balance the supplies on the last node.
      const supply = [...x.supply];
      supply[x.nodes - 1] = supply[x.nodes - 1]! - supply.reduce((s, v) => s + v, 0);
      return { ...x, supply };
    })
    // A cycle of negative cost and no upper bound makes the LP unbounded: not a selection network.
    .filter((x) => !x.arcs.some((a) => a.upper === Infinity && a.cost < 0));

const instance = network(8, 16);

/** Agrees with HiGHS on feasibility and cost; the flow is whole, within its bounds, and balances. */
function checkAgainstLp(x: Instance) {
  const { result } = solveOurs(x);
  // A node without arcs has no row in the LP: its supply alone makes the instance infeasible.
  const isolated = x.supply.some((s, v) => s !== 0 && !x.arcs.some((a) => a.from === v || a.to === v));
  if (isolated) {
    expect(result.feasible).toBe(false);
    return;
  }
  const exact = highs.solve(lpText(x), { output_flag: false });
  if (exact.Status === 'Infeasible') {
    expect(result.feasible).toBe(false);
    return;
  }
  if (exact.Status === 'Unbounded') return;
  expect(exact.Status).toBe('Optimal');
  expect(result.feasible).toBe(true);
  if (!result.feasible) return;
  expect(result.cost).toBe(Math.round(exact.ObjectiveValue));
  const balance = new Array(x.nodes).fill(0);
  x.arcs.forEach((a, i) => {
    const f = result.flow[i]!;
    expect(Number.isInteger(f)).toBe(true);
    expect(f).toBeGreaterThanOrEqual(a.lower);
    expect(f).toBeLessThanOrEqual(a.upper);
    balance[a.from] += f;
    balance[a.to] -= f;
  });
  expect(balance).toEqual(x.supply);
}

describe('minimum-cost flow', () => {
  it('agrees with an exact LP solver on feasibility and cost, and its flow balances and fits', () => {
    fc.assert(fc.property(instance, checkAgainstLp), { numRuns: 300, seed: 20261203 });
  }, 30_000);

  it('agrees with the LP solver on larger networks too, where it runs many phases and price updates', () => {
    // Costs up to ±20 on up to 40 nodes: a dozen scaling phases, relabels of nodes holding several
    // units, and flows that are optimal before the last phase (the early exact stop).
    fc.assert(fc.property(network(40, 120), checkAgainstLp), { numRuns: 60, seed: 7 });
  });

  it('fixes only arcs that every optimum routes alike, and keeps open those at a bound that change', () => {
    fc.assert(
      fc.property(instance, (x) => {
        const { network: solved, result } = solveOurs(x);
        if (!result.feasible) return;
        const pi = solved.potentials();
        const open = openArcs({
          nodes: x.nodes,
          from: Int32Array.from(x.arcs.map((a) => a.from)),
          to: Int32Array.from(x.arcs.map((a) => a.to)),
          lower: Float64Array.from(x.arcs.map((a) => a.lower)),
          upper: Float64Array.from(x.arcs.map((a) => a.upper)),
          flow: Float64Array.from(result.flow),
          reduced: Float64Array.from(x.arcs.map((a) => a.cost + pi[a.from]! - pi[a.to]!)),
        });
        // Over the optimal face (cost held at the optimum; its vertices are whole flows), the
        // least and the most each arc can carry: they must be equal for a fixed arc, and for an arc
        // at a bound differ exactly when it is kept open.
        const face = lpText(x).replace(
          'Subject To\n',
          `Subject To\n optimum: ${objectiveTerms(x)} = ${result.cost}\n`,
        );
        x.arcs.forEach((_, i) => {
          const range = ['Minimize', 'Maximize'].map((sense) => {
            const text = face.replace(/^Minimize\n obj: .*$/m, `${sense}\n obj: x${i}`);
            const solution = highs.solve(text, { output_flag: false });
            // An uncapped arc on a cycle of cost 0 can carry any amount.
            if (solution.Status === 'Unbounded') return Number.POSITIVE_INFINITY;
            expect(solution.Status).toBe('Optimal');
            return Math.round(solution.ObjectiveValue);
          });
          const variable = range[0] !== range[1];
          if (open[i] === 0) expect(variable).toBe(false);
          const a = x.arcs[i]!;
          const atBound = result.flow[i] === a.lower || result.flow[i] === a.upper;
          if (atBound) expect(open[i] === 1).toBe(variable);
        });
      }),
      { numRuns: 120, seed: 5 },
    );
    // Two HiGHS solves per arc: seconds on a busy machine (a guard against hangs, not a speed target).
  }, 30_000);

  it('gives potentials under which the flow is optimal: complementary slackness on every arc', () => {
    fc.assert(
      fc.property(instance, (x) => {
        const { network, result } = solveOurs(x);
        if (!result.feasible) return;
        const pi = network.potentials();
        x.arcs.forEach((a, i) => {
          const reduced = a.cost + pi[a.from]! - pi[a.to]!;
          const f = result.flow[i]!;
          if (reduced > 0) expect(f).toBe(a.lower);
          if (reduced < 0) expect(f).toBe(a.upper);
        });
      }),
      { numRuns: 300, seed: 20261203 },
    );
  });

  it('refuses supplies that do not balance and bounds that are not whole numbers', () => {
    const network = new MinCostFlow(2);
    network.addArc(0, 1, 3, 1);
    network.setSupply(0, 2);
    expect(() => network.solve()).toThrow(/balance/);
    expect(() => network.addArc(0, 1, 2.5, 1)).toThrow(RangeError);
    expect(() => network.addArc(0, 1, 2, 1, 3)).toThrow(RangeError);
  });
});
