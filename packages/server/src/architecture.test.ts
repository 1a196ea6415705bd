import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The layers of the server and the purity of the domain (docs/architecture.md, "A request"), which
// the type checker cannot hold by itself. Each failure names the file, the rule it breaks and
// where its code belongs. The web app has its own rules in packages/web/src/architecture.test.ts.

const SERVER_SRC = import.meta.dirname;
const DOMAIN_SRC = path.resolve(SERVER_SRC, '../../domain/src');

interface Import {
  /** As written ('kysely', '../../db/database'). */
  specifier: string;
  /** Relative to the package's src when relative ('db/database', '../server/src/app'), else as written. */
  target: string;
  /** `import type …`, or braces whose every name is `type X`: nothing of it exists at run time. */
  typeOnly: boolean;
}

interface SourceFile {
  /** Relative to its package's src, with forward slashes. */
  name: string;
  /** The text without comments and with every string, template and regular expression emptied. */
  code: string;
  imports: Import[];
  test: boolean;
}

/**
 * Splits TypeScript into what rules read: `text` without comments (strings kept, for import
 * specifiers) and `code`, also without the contents of strings, templates and regular expressions,
 * so neither a comment nor a message that mentions `.selectFrom(` counts as code.
 */
function scan(text: string): { text: string; code: string } {
  let kept = '';
  let code = '';
  const out = (raw: string, asCode = raw) => {
    kept += raw;
    code += asCode;
  };
  /** The brace depth at which each open `${` of a template closes. */
  const substitutions: number[] = [];
  let depth = 0;
  let i = 0;

  // From just inside a template (after '`' or a substitution's '}') to its end or its next '${'.
  const templateText = () => {
    const start = i;
    while (i < text.length) {
      if (text[i] === '\\') i += 2;
      else if (text[i] === '`') {
        i++;
        out(text.slice(start, i), '`');
        return;
      } else if (text.startsWith('${', i)) {
        i += 2;
        out(text.slice(start, i), '${');
        depth++;
        substitutions.push(depth);
        return;
      } else i++;
    }
    out(text.slice(start));
  };

  // A '/' starts a regular expression where a value is expected, not after one (division).
  const regexMayStart = () => {
    const before = code.trimEnd();
    return (
      before === '' ||
      /[(,=:[!&|?{};+\-*%<>~^]$/.test(before) ||
      /\b(return|typeof|case|in|of|void|throw|yield|await|else)$/.test(before)
    );
  };

  while (i < text.length) {
    const c = text[i] ?? '';
    if (text.startsWith('//', i)) {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 2;
      out(' ');
    } else if (c === "'" || c === '"') {
      const start = i++;
      while (i < text.length && text[i] !== c && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
      i++;
      out(text.slice(start, i), `${c}${c}`);
    } else if (c === '`') {
      i++;
      out('`');
      templateText();
    } else if (c === '/' && regexMayStart()) {
      const start = i++;
      let inClass = false;
      while (i < text.length && text[i] !== '\n' && (inClass || text[i] !== '/')) {
        if (text[i] === '[') inClass = true;
        else if (text[i] === ']') inClass = false;
        i += text[i] === '\\' ? 2 : 1;
      }
      i++;
      while (/[a-z]/i.test(text[i] ?? '')) i++;
      out(text.slice(start, i), '/~/');
    } else if (c === '}' && substitutions.at(-1) === depth) {
      substitutions.pop();
      depth--;
      i++;
      out('}');
      templateText();
    } else {
      if (c === '{') depth++;
      if (c === '}') depth--;
      out(c);
      i++;
    }
  }
  return { text: kept, code };
}

const STATIC_IMPORT =
  /(?:^|[;}\n])\s*(?:import|export)\s+(type\s+)?((?:[\w$]+\s*,?\s*)?(?:\*\s*as\s+[\w$]+|\{[^}]*\})?)\s*from\s*['"]([^'"]+)['"]/g;
const BARE_IMPORT = /(?:^|[;}\n])\s*import\s*['"]([^'"]+)['"]/g;
const DYNAMIC_IMPORT = /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(name: string, text: string): Import[] {
  const resolve = (specifier: string) =>
    specifier.startsWith('.')
      ? path.posix.normalize(path.posix.join(path.posix.dirname(name), specifier)).replace(/\.[jt]s$/, '')
      : specifier;
  const typeOnlyClause = (clause: string) => {
    const braces = /^\{([^}]*)\}$/.exec(clause.trim());
    const names =
      braces?.[1]
        ?.split(',')
        .map((part) => part.trim())
        .filter(Boolean) ?? [];
    return names.length > 0 && names.every((part) => part.startsWith('type '));
  };
  return [
    ...[...text.matchAll(STATIC_IMPORT)].map(([, type, clause = '', specifier = '']) => ({
      specifier,
      target: resolve(specifier),
      typeOnly: type !== undefined || typeOnlyClause(clause),
    })),
    ...[...text.matchAll(BARE_IMPORT), ...text.matchAll(DYNAMIC_IMPORT)].map(([, specifier = '']) => ({
      specifier,
      target: resolve(specifier),
      typeOnly: false,
    })),
  ];
}

function sourceFiles(root: string): SourceFile[] {
  return readdirSync(root, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => {
      const name = path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
      const { text, code } = scan(readFileSync(path.join(root, name), 'utf8'));
      return { name, code, imports: importsOf(name, text), test: name.endsWith('.test.ts') };
    });
}

const server = sourceFiles(SERVER_SRC);
const domain = sourceFiles(DOMAIN_SRC);
const featureOf = (name: string) => /^features\/([^/]+)\//.exec(name)?.[1] ?? null;

/** The SQL of a query builder, of kysely's `sql` tag, or of a pg client's `query`. */
const SQL_CALL =
  /\.(selectFrom|selectNoFrom|insertInto|replaceInto|updateTable|deleteFrom|mergeInto|with|withRecursive|query)\s*\(|\bsql\s*(`|<|\.\w+\s*\()/;
/** Libraries that run SQL: a value imported from one is SQL, a type is not. */
const SQL_LIBRARIES = new Set(['kysely', 'pg', 'pg-copy-streams']);

/**
 * Besides repositories, SQL may be in db/, the database's own plumbing (connections, transactions,
 * migrations, backup and restore). Not in seed/: the demo stories go through the services, and
 * what they store directly (bulk synthetic answers, the people) goes through repository functions.
 */
const SQL_DIRECTORIES = ['db/'];

/** Where a file's SQL belongs, for the failure message. */
function sqlHome(name: string): string {
  const area = /^(features|platform)\/[^/]+\//.exec(name)?.[0];
  if (area) return `a *.repository.ts in ${area}`;
  return 'the repository of the feature that owns the data (features/<name>/*.repository.ts), or db/ for database plumbing (connections, transactions, the cluster)';
}

describe('the server', () => {
  it('reads every source file it checks', () => {
    expect(server.map((file) => file.name)).toEqual(
      expect.arrayContaining(['app.ts', 'features/jobs/job.routes.ts', 'db/database.ts']),
    );
    expect(server.length).toBeGreaterThan(200);
  });

  it('has SQL only in repositories and under db/', () => {
    const violations = server
      .filter(
        (file) =>
          !file.test &&
          !file.name.endsWith('.repository.ts') &&
          !SQL_DIRECTORIES.some((dir) => file.name.startsWith(dir)),
      )
      .flatMap((file) => {
        const found = [
          ...file.imports
            .filter((imported) => SQL_LIBRARIES.has(imported.target) && !imported.typeOnly)
            .map((imported) => `imports ${imported.specifier}`),
          ...(SQL_CALL.exec(file.code) ? [`calls ${SQL_CALL.exec(file.code)?.[0]}`] : []),
        ];
        return found.map(
          (what) =>
            `${file.name} ${what}: SQL lives only in repositories; move it into ${sqlHome(file.name)}`,
        );
      });
    expect(violations).toEqual([]);
  });

  it('has routes that reach the database only through services', () => {
    const violations = server
      .filter((file) => file.name.endsWith('.routes.ts'))
      .flatMap((file) =>
        file.imports
          .filter(
            (imported) =>
              imported.target.endsWith('.repository') ||
              imported.target === 'kysely' ||
              (imported.target.startsWith('db/') && !imported.typeOnly),
          )
          .map(
            (imported) =>
              `${file.name} imports ${imported.specifier}: a route calls a service; move the work into ` +
              `${featureOf(file.name) ? `features/${featureOf(file.name)}/*.service.ts` : 'a service'}, ` +
              'which authorises with can() and reaches the database through its repository',
          ),
      );
    expect(violations).toEqual([]);
  });

  it('has features that use no other feature’s repository', () => {
    const violations = server
      .filter((file) => !file.test && featureOf(file.name) !== null)
      .flatMap((file) =>
        file.imports
          .filter((imported) => {
            const owner = featureOf(imported.target);
            return (
              owner !== null && owner !== featureOf(file.name) && imported.target.endsWith('.repository')
            );
          })
          .map(
            (imported) =>
              `${file.name} imports ${imported.target}: a feature does not reach into another's ` +
              `repository; go through features/${featureOf(imported.target)}'s service, an event, or an ` +
              'extension point that feature owns',
          ),
      );
    expect(violations).toEqual([]);
  });
});

describe('the domain', () => {
  const declared = Object.keys(
    (
      JSON.parse(readFileSync(path.join(DOMAIN_SRC, '../package.json'), 'utf8')) as {
        dependencies?: Record<string, string>;
      }
    ).dependencies ?? {},
  );
  const own = (target: string) => !target.startsWith('../') && !path.posix.isAbsolute(target);
  const isDeclared = (target: string) =>
    declared.some((dependency) => target === dependency || target.startsWith(`${dependency}/`));

  it('reads every source file it checks', () => {
    expect(domain.map((file) => file.name)).toContain('shared/access.ts');
    expect(domain.length).toBeGreaterThan(50);
  });

  it('imports only its own files and its declared dependencies: no Node, no server, no web', () => {
    const violations = domain
      .filter((file) => !file.test)
      .flatMap((file) =>
        file.imports
          .filter((imported) =>
            imported.specifier.startsWith('.') ? !own(imported.target) : !isDeclared(imported.target),
          )
          .map(
            (imported) =>
              `packages/domain/src/${file.name} imports ${imported.specifier}: the domain is pure rules and contracts and ` +
              `imports only its own files and ${declared.join(', ')}; IO belongs in packages/server, ` +
              'the UI in packages/web',
          ),
      );
    expect(violations).toEqual([]);
  });

  it('is tested without the server or the web app', () => {
    // Tests may use their runner, fast-check and the file system, but a rule tested through the
    // server's or the web's code is not a pure rule.
    const violations = domain
      .filter((file) => file.test)
      .flatMap((file) =>
        file.imports
          .filter(
            (imported) =>
              (imported.specifier.startsWith('.') && !own(imported.target)) ||
              /^@jenjang\/(server|web)\b/.test(imported.specifier),
          )
          .map(
            (imported) =>
              `packages/domain/src/${file.name} imports ${imported.specifier}: a domain test tests the domain alone`,
          ),
      );
    expect(violations).toEqual([]);
  });
});

describe('the scan the rules read', () => {
  it('ignores what comments and strings say', () => {
    const dollar = '$'; // a template's substitution, written without one here
    const { code, text } = scan(
      [
        "// tx.selectFrom('job')",
        '/* import { sql } from "kysely"; */',
        "const url = 'http://example.org'; // a URL is not a comment",
        `const note = \`call ${dollar}{name}.selectFrom('x') later\`;`,
        "const re = /['\"]/g; tx.insertInto('job');",
      ].join('\n'),
    );
    expect(code).not.toContain('selectFrom');
    expect(text).not.toContain('kysely');
    expect(text).toContain("'http://example.org'");
    expect(code).toContain(`${dollar}{name}`);
    expect(code).toContain(".insertInto(''");
  });

  it('tells type imports from value imports', () => {
    const imports = importsOf(
      'features/x/x.routes.ts',
      scan(
        [
          "import type { Db } from '../../db/database';",
          "import { type Tx, withTenant } from '../../db/database';",
          "import { type Selectable } from 'kysely';",
          "import * as repo from './x.repository';",
        ].join('\n'),
      ).text,
    );
    expect(imports).toEqual([
      { specifier: '../../db/database', target: 'db/database', typeOnly: true },
      { specifier: '../../db/database', target: 'db/database', typeOnly: false },
      { specifier: 'kysely', target: 'kysely', typeOnly: true },
      { specifier: './x.repository', target: 'features/x/x.repository', typeOnly: false },
    ]);
  });
});
