import type { Actor } from '@jenjang/domain/shared/access';
import { AUDIENCE_SOURCE_NAME, type Audience } from '@jenjang/domain/surveys/survey.contract';
import type { Expression } from 'kysely';
import type { Tx } from '../../../db/database';
import { ProblemError } from '../../../http/problem';

// The surveys' extension point for audiences other features own: a development program's
// participants, a policy's stakeholders, the alumni of a training. A feature offers one by
// registering it in app.ts; the surveys never read that feature's tables or repository, and that
// feature never edits the surveys.

/** The employees a source names: a query of one column, `employee_id`. */
export type SourceEmployees = Expression<{ employee_id: number }>;

export interface AudienceSource {
  /** Dotted, lowercase (`program.participants`): what an audience `{ kind: 'source' }` names. */
  readonly name: string;
  /**
   * The employees the source names for `id` (its program, policy…), as a query the surveys embed
   * in theirs; only active employees among them are counted and invited. It runs in the caller's
   * transaction, so row-level security keeps it inside the government. Its SQL lives in the owning
   * feature's repository.
   */
  employees(tx: Tx, id: number): SourceEmployees;
  /**
   * Throws the usual problems when the actor may not ask these people: notFound() when `id` names
   * nothing the actor may read, forbidden() when it may read but not survey them.
   */
  authorise(tx: Tx, actor: Actor, id: number): Promise<void>;
}

/** An audience as the repository reads it: a source's already turned into its employees' query. */
export type AudienceSelection =
  | Exclude<Audience, { kind: 'source' }>
  | { kind: 'source'; employees: SourceEmployees };

/** The sources this server knows, registered once at start-up (app.ts). */
export class AudienceSources {
  readonly #sources = new Map<string, AudienceSource>();

  constructor(sources: readonly AudienceSource[] = []) {
    for (const source of sources) this.register(source);
  }

  /** Adds a source; a malformed or repeated name stops the start, as a route without a permission does. */
  register(source: AudienceSource): void {
    if (source.name.length > 60 || !AUDIENCE_SOURCE_NAME.test(source.name)) {
      throw new Error(
        `audience source "${source.name}": the name must be dotted lowercase, at most 60 characters`,
      );
    }
    if (this.#sources.has(source.name))
      throw new Error(`audience source "${source.name}" is registered twice`);
    this.#sources.set(source.name, source);
  }

  names(): string[] {
    return [...this.#sources.keys()].sort();
  }

  /**
   * The audience ready for the repository, once the actor may ask a source's people (its
   * `authorise`). A source this server does not know is refused: 400 on `field` for an audience in
   * the request, 409 when `field` is null (a stored survey's source no longer registered).
   */
  async select(tx: Tx, actor: Actor, audience: Audience, field: string | null): Promise<AudienceSelection> {
    if (audience.kind !== 'source') return audience;
    const source = this.#sources.get(audience.source);
    if (!source) {
      const params = { source: audience.source };
      if (field === null) throw new ProblemError(409, 'survey.audienceSourceUnknown', params);
      throw new ProblemError(400, 'survey.audienceSourceUnknown', params, [
        { path: field, key: 'survey.audienceSourceUnknown', params },
      ]);
    }
    await source.authorise(tx, actor, audience.id);
    return { kind: 'source', employees: source.employees(tx, audience.id) };
  }
}
