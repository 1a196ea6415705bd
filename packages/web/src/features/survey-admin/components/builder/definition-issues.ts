// Issues of InstrumentDefinition.safeParse, as messages of the builder: each path's first issue,
// keyed by form path ('sections.0.questions.2.key'), with the i18n key and parameters of its
// sentence. The contract's own messages are English and for developers; these are for the admin.

export type IssueKey =
  | 'required'
  | 'keyFormat'
  | 'keyDuplicate'
  | 'sectionKeyDuplicate'
  | 'sectionEmpty'
  | 'sectionsEmpty'
  | 'optionsTooFew'
  | 'statementsTooFew'
  | 'showIfValuesRequired'
  | 'showIfTarget'
  | 'showIfValue'
  | 'optionDuplicate'
  | 'statementDuplicate'
  | 'maxChoicesTooMany'
  | 'minAboveMax'
  | 'skmElementTwice'
  | 'labelsPerPoint'
  | 'tooShort'
  | 'tooLong'
  | 'tooMany'
  | 'tooSmall'
  | 'tooBig'
  | 'invalid';

export interface IssueMessage {
  key: IssueKey;
  params: Record<string, number | string>;
}

/** The shape of a zod issue this mapping reads. */
export interface DefinitionIssue {
  code: string;
  path: readonly PropertyKey[];
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
}

const tail = (path: readonly PropertyKey[], n = 1) => path.slice(-n).map(String).join('.');

function listTooSmall(path: readonly PropertyKey[], minimum: number): IssueMessage {
  switch (tail(path)) {
    case 'questions':
      return { key: 'sectionEmpty', params: {} };
    case 'sections':
      return { key: 'sectionsEmpty', params: {} };
    case 'options':
      return { key: 'optionsTooFew', params: { min: minimum } };
    case 'statements':
      return { key: 'statementsTooFew', params: { min: minimum } };
    case 'anyOf':
      return { key: 'showIfValuesRequired', params: {} };
    default:
      return { key: 'tooShort', params: { min: minimum } };
  }
}

function customIssue(path: readonly PropertyKey[]): IssueMessage {
  if (tail(path, 2) === 'showIf.question') return { key: 'showIfTarget', params: {} };
  if (tail(path, 2) === 'showIf.anyOf') return { key: 'showIfValue', params: {} };
  if (path.length === 1 && tail(path) === 'sections') return { key: 'sectionKeyDuplicate', params: {} };
  const byField: Record<string, IssueKey> = {
    key: 'keyDuplicate',
    options: 'optionDuplicate',
    statements: 'statementDuplicate',
    maxChoices: 'maxChoicesTooMany',
    min: 'minAboveMax',
    skmElement: 'skmElementTwice',
    labels: 'labelsPerPoint',
  };
  return { key: byField[tail(path)] ?? 'invalid', params: {} };
}

export function issueMessage(issue: DefinitionIssue): IssueMessage {
  const minimum = Number(issue.minimum ?? 0);
  const maximum = Number(issue.maximum ?? 0);
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') {
        return minimum <= 1 ? { key: 'required', params: {} } : { key: 'tooShort', params: { min: minimum } };
      }
      if (issue.origin === 'array') return listTooSmall(issue.path, minimum);
      return { key: 'tooSmall', params: { min: minimum } };
    case 'too_big':
      if (issue.origin === 'string') return { key: 'tooLong', params: { max: maximum } };
      if (issue.origin === 'array') return { key: 'tooMany', params: { max: maximum } };
      return { key: 'tooBig', params: { max: maximum } };
    case 'invalid_format':
      return { key: 'keyFormat', params: {} };
    case 'invalid_type':
      return tail(issue.path) === 'id' ? { key: 'required', params: {} } : { key: 'invalid', params: {} };
    case 'custom':
      return customIssue(issue.path);
    default:
      return { key: 'invalid', params: {} };
  }
}

export const pathOf = (path: readonly PropertyKey[]) => path.map(String).join('.');

/** The first issue of each path. */
export function issuesByPath(issues: readonly DefinitionIssue[]): Map<string, IssueMessage> {
  const result = new Map<string, IssueMessage>();
  for (const issue of issues) {
    const path = pathOf(issue.path);
    if (!result.has(path)) result.set(path, issueMessage(issue));
  }
  return result;
}

/** The question a form path lies in ('sections.1.questions.3.options' → section 1, question 3). */
export function questionAt(path: string): { section: number; question: number } | null {
  const match = /^sections\.(\d+)\.questions\.(\d+)(?:\.|$)/.exec(path);
  return match ? { section: Number(match[1]), question: Number(match[2]) } : null;
}
