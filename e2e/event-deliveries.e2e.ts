import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, signIn } from './browser';

// Pengaturan › Pengiriman peristiwa as a government's admin uses it: nothing to do while every
// follow-up is delivered; a given-up delivery named with its error, retried from the page and then
// delivered by the server's dispatcher.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

/** A reminder whose bell gave up after its attempts (a mail relay down, say), as the superuser writes it. */
async function givenUpDelivery(tenantCode: string): Promise<string> {
  const eventId = randomUUID();
  const client = new pg.Client({ connectionString: inject('superuserUrl') });
  await client.connect();
  try {
    const payload = { waveId: 1, title: 'Survei uji', notified: 0, accountIds: [] };
    await client.query(
      `insert into domain_event (tenant_id, id, type, version, payload, occurred_at)
       select id, $2, 'survey.wave.reminded', 1, $3, now() from tenant where code = $1`,
      [tenantCode, eventId, JSON.stringify(payload)],
    );
    await client.query(
      `insert into event_delivery (tenant_id, event_id, subscriber, status, attempts, next_attempt_at, last_error)
       select id, $2, 'notifications', 'failed', 12, now(), 'Error: the mail relay refused the connection'
       from tenant where code = $1`,
      [tenantCode, eventId],
    );
  } finally {
    await client.end();
  }
  return eventId;
}

describe('event deliveries', () => {
  it('lists a given-up delivery with its error and delivers it again on request', async () => {
    const page = await newPage(browser);
    await signIn(page, 'admin.tanjungpinang');
    await page.getByRole('navigation').getByRole('link', { name: 'Pengiriman peristiwa' }).click();
    await page.waitForURL('**/settings/events');
    await expect.poll(() => page.getByText('Tidak ada pengiriman yang gagal').count()).toBe(1);

    await givenUpDelivery('21.72');
    await page.reload();
    const row = page.getByRole('row').filter({ hasText: 'survey.wave.reminded' });
    await expect.poll(() => row.count()).toBe(1);
    await expect.poll(() => row.getByText('Pemberitahuan (lonceng)').count()).toBe(1);
    await expect.poll(() => row.getByText('Berhenti').count()).toBe(1);
    await expect.poll(() => row.getByText('Error: the mail relay refused the connection').count()).toBe(1);
    await expectAccessible(page, 'pengiriman peristiwa');

    await row.getByRole('button', { name: 'Coba lagi' }).click();
    // Due again at once: the server's dispatcher delivers it and it leaves the list.
    await expect.poll(() => page.getByText('Tidak ada pengiriman yang gagal').count()).toBe(1);
    await page.reload();
    await expect.poll(() => page.getByText('Tidak ada pengiriman yang gagal').count()).toBe(1);
  });
});
