import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partner } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { useLinkAccount, useMitraAccounts } from '../api/partners';

/** The trainer accounts (role mitra) signing in for a partner: linked and unlinked by the agency. */
export function AccountLinks({ partner }: { partner: Partner }) {
  const { t } = useTranslation('partners');
  const accounts = useMitraAccounts();
  const link = useLinkAccount(partner.id);
  const [chosen, setChosen] = useState<string | null>(null);
  const free = (accounts.data?.items ?? []).filter((a) => a.partnerId !== partner.id);
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600}>
        {t('accounts.title')}
      </Text>
      {link.isError && <ErrorAlert error={link.error} />}
      {partner.accounts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('accounts.none')}
        </Text>
      ) : (
        partner.accounts.map((account) => (
          <Group key={account.id} gap="xs" justify="space-between" wrap="nowrap">
            <Text size="sm">
              {account.displayName} ({account.username})
            </Text>
            <Button
              size="compact-xs"
              variant="subtle"
              color="red"
              loading={link.isPending && link.variables?.accountId === account.id}
              onClick={() => link.mutate({ accountId: account.id, linked: false })}
            >
              {t('accounts.unlink', { name: account.displayName })}
            </Button>
          </Group>
        ))
      )}
      <Group gap="xs" align="flex-end" wrap="wrap">
        <Select
          label={t('accounts.choose', { partner: partner.name })}
          placeholder={free.length === 0 ? t('accounts.noneFree') : undefined}
          data={free.map((a) => ({
            value: String(a.id),
            label: a.partnerName
              ? t('accounts.optionLinked', {
                  name: a.displayName,
                  username: a.username,
                  partner: a.partnerName,
                })
              : t('accounts.option', { name: a.displayName, username: a.username }),
          }))}
          value={chosen}
          onChange={setChosen}
          disabled={free.length === 0}
          searchable
          miw={240}
          style={{ flex: 1 }}
        />
        <Button
          variant="default"
          disabled={chosen === null}
          loading={link.isPending && link.variables?.linked === true}
          onClick={() =>
            chosen !== null &&
            link.mutate({ accountId: Number(chosen), linked: true }, { onSuccess: () => setChosen(null) })
          }
        >
          {t('accounts.link')}
        </Button>
      </Group>
    </Stack>
  );
}
