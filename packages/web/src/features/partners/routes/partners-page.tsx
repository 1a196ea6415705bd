import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partner } from '../../../api/types';
import { CardItem, CardList } from '../../../components/card-list';
import { EmptyMessage } from '../../../components/empty-state';
import { PageTitle } from '../../../components/page-title';
import { Pager } from '../../../components/pager';
import { QueryContent } from '../../../components/query-content';
import { ScrollTable } from '../../../components/scroll-table';
import { SearchBox } from '../../../components/search-box';
import { useFormat } from '../../../lib/use-format';
import { usePartners } from '../api/partners';
import { AccountLinks } from '../components/account-links';
import { AgreementBadge } from '../components/agreement-badge';
import { AgreementDialog } from '../components/agreement-dialog';
import { PartnerDialog } from '../components/partner-dialog';

type Editing = { kind: 'partner'; partner: Partner | null } | { kind: 'agreement'; partner: Partner };

/** The government's partners: their agreements (and which run out soon) and their trainers' accounts. */
export function PartnersPage() {
  const { t } = useTranslation('partners');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<Editing | null>(null);
  const partners = usePartners(q, page);
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <PageTitle title={t('page.title')} />
          <Text c="dimmed" size="sm">
            {t('page.intro')}
          </Text>
        </div>
        <Button onClick={() => setEditing({ kind: 'partner', partner: null })}>{t('page.new')}</Button>
      </Group>
      <SearchBox
        value={q}
        onSearch={(next) => {
          setQ(next);
          setPage(1);
        }}
        label={t('page.search')}
        placeholder={t('page.searchPlaceholder')}
      />
      <QueryContent query={partners} height={200}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyMessage title={t('page.empty')}>{t('page.emptyHelp')}</EmptyMessage>
          ) : (
            <Stack gap="sm">
              <CardList label={t('page.title')} busy={partners.isFetching}>
                {data.items.map((partner) => (
                  <PartnerCard
                    key={partner.id}
                    partner={partner}
                    onEdit={() => setEditing({ kind: 'partner', partner })}
                    onAddAgreement={() => setEditing({ kind: 'agreement', partner })}
                  />
                ))}
              </CardList>
              <Pager
                page={data.page}
                pageSize={data.pageSize}
                total={data.total}
                onChange={setPage}
                label={t('page.pages')}
              />
            </Stack>
          )
        }
      </QueryContent>
      {editing?.kind === 'partner' && (
        <PartnerDialog partner={editing.partner} onClose={() => setEditing(null)} />
      )}
      {editing?.kind === 'agreement' && (
        <AgreementDialog partner={editing.partner} onClose={() => setEditing(null)} />
      )}
    </Stack>
  );
}

function PartnerCard({
  partner,
  onEdit,
  onAddAgreement,
}: {
  partner: Partner;
  onEdit: () => void;
  onAddAgreement: () => void;
}) {
  const { t } = useTranslation('partners');
  const format = useFormat();
  const contact = [partner.contactName, partner.contactEmail, partner.contactPhone]
    .filter(Boolean)
    .join(' · ');
  const headingId = `partner-${partner.id}`;
  return (
    <CardItem>
      <Stack gap="sm" component="section" aria-labelledby={headingId}>
        <Group justify="space-between" align="flex-start" gap="sm">
          <div>
            <Title order={2} size="h5" id={headingId}>
              {partner.name}
            </Title>
            <Text size="sm" c="dimmed">
              {t(`kind.${partner.kind}`)}
              {contact ? ` · ${contact}` : ''}
            </Text>
          </div>
          <Group gap="xs">
            <Button size="xs" variant="default" onClick={onEdit}>
              {t('partner.edit', { name: partner.name })}
            </Button>
            <Button size="xs" onClick={onAddAgreement}>
              {t('agreement.add', { name: partner.name })}
            </Button>
          </Group>
        </Group>
        {partner.agreements.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('agreement.none')}
          </Text>
        ) : (
          <ScrollTable label={t('agreement.table', { name: partner.name })} minWidth={520}>
            <Table striped aria-label={t('agreement.table', { name: partner.name })}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('agreement.number')}</Table.Th>
                  <Table.Th>{t('agreement.scope')}</Table.Th>
                  <Table.Th>{t('agreement.validity')}</Table.Th>
                  <Table.Th>{t('agreement.statusLabel')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {partner.agreements.map((agreement) => (
                  <Table.Tr key={agreement.id}>
                    <Table.Td>{agreement.number}</Table.Td>
                    <Table.Td>{agreement.scope}</Table.Td>
                    <Table.Td>
                      {t('agreement.range', {
                        from: format.date(agreement.validFrom),
                        to: format.date(agreement.validUntil),
                      })}
                    </Table.Td>
                    <Table.Td>
                      <AgreementBadge agreement={agreement} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
        <AccountLinks partner={partner} />
      </Stack>
    </CardItem>
  );
}
