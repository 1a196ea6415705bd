import { Alert, Anchor, List } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { questionAt as questionOfPath } from './definition-issues';
import type { EditorDefinition } from './editor-model';

interface IssueSummaryProps {
  errors: Record<string, ReactNode>;
  definition: EditorDefinition;
  /** Opens the question a problem is in and moves the focus there. */
  onShow: (path: string) => void;
}

/** Every problem that blocks saving, each with where it is and a link to it. */
export function IssueSummary({ errors, definition, onShow }: IssueSummaryProps) {
  const { t } = useTranslation('surveyAdmin');
  const entries = Object.entries(errors).filter(([, message]) => message);
  if (entries.length === 0) return null;

  const where = (path: string) => {
    const at = questionOfPath(path);
    if (at) {
      const key = definition.sections[at.section]?.questions[at.question]?.key;
      return t('builder.issuesWhere.question', {
        number: `${at.section + 1}.${at.question + 1}`,
        key: key || '—',
      });
    }
    const section = /^sections\.(\d+)/.exec(path);
    if (section) return t('builder.issuesWhere.section', { number: Number(section[1]) + 1 });
    return t('builder.issuesWhere.questionnaire');
  };

  return (
    <Alert
      color="red"
      variant="light"
      title={t('builder.issuesTitle', { count: entries.length })}
      role="alert"
    >
      <List size="sm" spacing={4}>
        {entries.slice(0, 20).map(([path, message]) => (
          <List.Item key={path}>
            <Anchor component="button" type="button" size="sm" onClick={() => onShow(path)}>
              {where(path)}
            </Anchor>
            {': '}
            {message}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
