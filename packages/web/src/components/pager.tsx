import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../lib/use-format';

interface PagerProps {
  page: number;
  pageSize: number;
  total: number;
  onChange: (page: number) => void;
  /** Names the navigation landmark, e.g. 'Halaman daftar pegawai'. */
  label: string;
}

/** 'Menampilkan 26–50 dari 1.234' and page buttons, all labelled in the user's language. */
export function Pager({ page, pageSize, total, onChange, label }: PagerProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);

  return (
    <Group justify="space-between" gap="sm" wrap="wrap">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('pager.summary', {
          from: format.number(from),
          to: format.number(to),
          total: format.number(total),
        })}
      </Text>
      {pages > 1 && (
        <nav aria-label={label}>
          <Pagination
            total={pages}
            value={Math.min(page, pages)}
            onChange={onChange}
            size="sm"
            siblings={1}
            boundaries={1}
            getItemProps={(item) => ({ 'aria-label': t('pager.page', { page: item }) })}
            getControlProps={(control) => ({ 'aria-label': t(`pager.${control}`) })}
          />
        </nav>
      )}
    </Group>
  );
}
