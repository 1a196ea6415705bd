import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, signInDirectly } from './browser';

// Answering surveys in Belawan: an employee on a 390-px phone gets invited (the bell), finds both
// surveys under "Survei saya", answers an identified one (with a mistake first) and an anonymous
// one (through a dropped connection); a citizen answers the public SKM at a service counter.

const ADMIN = 'admin.belawan';
const EMPLOYEE = 'pegawai.belawan';
const STAMP = Date.now().toString(36);
const IDENTIFIED = `Uji E2E Jawab Survei Teridentifikasi ${STAMP}`;
const ANONYMOUS = `Uji E2E Jawab Survei Anonim ${STAMP}`;
const PUBLIC = `Uji E2E Jawab SKM Loket ${STAMP}`;
const SERVICE = 'Pelayanan Administrasi Kependudukan';
const HOURS = 'Berapa jam pelajaran (JP) yang Anda ikuti tahun ini?';
const LONG = `Uji E2E Kuesioner Panjang ${STAMP}`;
const SCHEDULED = `Uji E2E Survei Terjadwal ${STAMP}`;
const SCHEDULED_PUBLIC = `Uji E2E SKM Terjadwal ${STAMP}`;
const PUBLIC_EVERY_TYPE = `Uji E2E Survei Publik Semua Jenis ${STAMP}`;

const text = (id: string, en: string) => ({ id, en });
const option = (value: string, id: string, en: string) => ({ value, label: text(id, en) });

/** A small questionnaire with every question type and one condition. */
const DEFINITION = {
  kind: 'custom',
  title: text('Uji semua jenis pertanyaan', 'Every question type'),
  sections: [
    {
      key: 'general',
      title: text('Umum', 'General'),
      questions: [
        {
          key: 'overall',
          type: 'likert',
          text: text('Program pengembangan kompetensi tahun ini bermanfaat bagi saya.', 'It was useful.'),
          scale: {
            min: 1,
            max: 5,
            labels: [
              text('Sangat tidak setuju', 'Strongly disagree'),
              text('Tidak setuju', 'Disagree'),
              text('Netral', 'Neutral'),
              text('Setuju', 'Agree'),
              text('Sangat setuju', 'Strongly agree'),
            ],
          },
        },
        {
          key: 'attended',
          type: 'single',
          text: text('Apakah Anda mengikuti pelatihan tahun ini?', 'Did you attend a training this year?'),
          options: [option('yes', 'Ya', 'Yes'), option('no', 'Tidak', 'No')],
        },
        {
          key: 'reason',
          type: 'text',
          text: text('Apa alasan Anda tidak mengikuti pelatihan?', 'Why not?'),
          showIf: { question: 'attended', anyOf: ['no'] },
          maxLength: 200,
        },
        {
          key: 'formats',
          type: 'multiple',
          text: text('Bentuk pengembangan yang Anda minati', 'Formats you prefer'),
          maxChoices: 2,
          options: [
            option('classroom', 'Pelatihan klasikal', 'Classroom training'),
            option('elearning', 'E-learning', 'E-learning'),
            option('coaching', 'Coaching dan mentoring', 'Coaching and mentoring'),
            option('internship', 'Magang', 'Internship'),
          ],
        },
        { key: 'hours', type: 'number', text: text(HOURS, 'How many hours?'), min: 0, max: 200 },
      ],
    },
    {
      key: 'competencies',
      title: text('Kompetensi', 'Competencies'),
      questions: [
        {
          key: 'skills',
          type: 'matrix',
          text: text('Seberapa mampu Anda dalam hal berikut?', 'How able are you?'),
          statements: [
            { key: 'office', text: text('Menggunakan aplikasi perkantoran', 'Office software') },
            { key: 'writing', text: text('Menyusun naskah dinas', 'Official letters') },
          ],
          scale: {
            min: 1,
            max: 4,
            labels: [
              text('Tidak mampu', 'Unable'),
              text('Kurang mampu', 'Barely able'),
              text('Mampu', 'Able'),
              text('Sangat mampu', 'Very able'),
            ],
          },
        },
        {
          key: 'gaps',
          type: 'abilityNeed',
          text: text('Kemampuan dan kebutuhan Anda', 'Your ability and need'),
          statements: [
            { key: 'policy', text: text('Analisis kebijakan', 'Policy analysis'), competency: 'T.1' },
            { key: 'service', text: text('Pelayanan publik', 'Public service') },
          ],
          scale: { min: 1, max: 5, labels: [] },
        },
        {
          key: 'notes',
          type: 'text',
          long: true,
          required: false,
          maxLength: 300,
          text: text('Catatan lain', 'Other notes'),
        },
      ],
    },
  ],
};

const AGREEMENT = [
  text('Sangat tidak setuju', 'Strongly disagree'),
  text('Tidak setuju', 'Disagree'),
  text('Netral', 'Neutral'),
  text('Setuju', 'Agree'),
  text('Sangat setuju', 'Strongly agree'),
];

/** Thirty-six statements in three parts: on a phone, several screens of scrolling. */
const LONG_DEFINITION = {
  kind: 'custom',
  title: text('Kuesioner panjang', 'Long questionnaire'),
  sections: [1, 2, 3].map((part) => ({
    key: `part${part}`,
    title: text(`Bagian ${part}`, `Part ${part}`),
    questions: Array.from({ length: 12 }, (_, i) => ({
      key: `q${part}_${i + 1}`,
      type: 'likert',
      text: text(
        `Pernyataan ${part}.${i + 1}: pelayanan dan pembinaan di unit kerja saya sudah berjalan baik.`,
        `Statement ${part}.${i + 1}`,
      ),
      scale: { min: 1, max: 5, labels: AGREEMENT },
    })),
  })),
};

type SurveyDetail = { id: number; publicPath: string | null; waves: { id: number; number: number }[] };

/** The page's API session: its cookies plus the CSRF token of /auth/me. */
async function api(page: Page) {
  const me = await page.request.get('/api/v1/auth/me');
  const session = (await me.json()) as {
    csrfToken: string;
    user: { employeeId: number | null; tenant: { name: string } };
  };
  const post = async <T>(path: string, data?: unknown): Promise<T> => {
    const response = await page.request.post(`/api/v1${path}`, {
      headers: { 'x-csrf-token': session.csrfToken },
      ...(data === undefined ? {} : { data }),
    });
    if (!response.ok()) throw new Error(`${path}: ${response.status()} ${await response.text()}`);
    return (await response.json()) as T;
  };
  return { post, user: session.user };
}

/**
 * A survey with one published wave, open since an hour ago for a week (or from `opensAt`);
 * returns the survey and its wave.
 */
async function openSurvey(
  post: Awaited<ReturnType<typeof api>>['post'],
  body: Record<string, unknown>,
  opensAt = new Date(Date.now() - 3_600_000),
): Promise<{ survey: SurveyDetail; waveId: number }> {
  const survey = await post<SurveyDetail>('/surveys', body);
  const detail = await post<SurveyDetail>(`/surveys/${survey.id}/waves`, {
    label: 'Gelombang uji',
    opensAt: opensAt.toISOString(),
    closesAt: new Date(opensAt.getTime() + 7 * 86_400_000).toISOString(),
    population: null,
  });
  const waveId = detail.waves[0]!.id;
  await post(`/survey-waves/${waveId}/open`);
  return { survey, waveId };
}

/** A check retried until it holds: pages load lazily, and this machine may be busy. */
function eventually<T>(read: () => T | Promise<T>) {
  return expect.poll(read, { timeout: 10_000 });
}

async function expectNoSidewaysScroll(page: Page, label: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `sideways scrolling on ${label}`).toBeLessThanOrEqual(0);
}

/** Picks the n-th answer (from 0) of every scale or choice question in `scope`. */
async function answerEveryGroup(scope: ReturnType<Page['locator']>, n: number): Promise<void> {
  const groups = scope.getByRole('radiogroup');
  await eventually(() => groups.count()).toBeGreaterThan(0);
  const count = await groups.count();
  for (let i = 0; i < count; i++) await groups.nth(i).getByRole('radio').nth(n).check();
}

let browser: Browser;
let employee: Page;
let identifiedWave: number;
let anonymousWave: number;
let publicCode: string;
let tenantName: string;
let longWave: number;
let scheduledWave: number;
let scheduledCode: string;
let everyTypeCode: string;
/** When the scheduled waves open: the day after tomorrow, 08:00 WIB (Belawan is in Medan). */
const SCHEDULED_OPENS = (() => {
  const day = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
  return new Date(`${day}T08:00:00+07:00`);
})();

beforeAll(async () => {
  browser = await launchBrowser();
  employee = await newPage(browser, { phone: true });
  await signInDirectly(employee, EMPLOYEE);
  const { user } = await api(employee);
  expect(user.employeeId).not.toBeNull();

  const admin = await newPage(browser);
  await signInDirectly(admin, ADMIN);
  const { post, user: adminUser } = await api(admin);
  tenantName = adminUser.tenant.name;
  const audience = { kind: 'list', employeeIds: [user.employeeId] };
  const custom = await post<{ id: number }>('/instruments', { definition: DEFINITION });
  identifiedWave = (
    await openSurvey(post, { instrumentId: custom.id, title: IDENTIFIED, mode: 'identified', audience })
  ).waveId;
  const reaction = await post<{ id: number }>('/instruments', { templateKey: 'training-reaction' });
  anonymousWave = (
    await openSurvey(post, { instrumentId: reaction.id, title: ANONYMOUS, mode: 'anonymous', audience })
  ).waveId;

  const units = (await (await admin.request.get('/api/v1/units')).json()) as { items: { id: number }[] };
  const skm = await post<{ id: number }>('/instruments', { templateKey: 'skm' });
  const { survey } = await openSurvey(post, {
    instrumentId: skm.id,
    title: PUBLIC,
    mode: 'public',
    serviceUnitId: units.items[0]!.id,
    serviceName: SERVICE,
  });
  publicCode = survey.publicPath!.replace('/s/', '');

  const long = await post<{ id: number }>('/instruments', { definition: LONG_DEFINITION });
  longWave = (await openSurvey(post, { instrumentId: long.id, title: LONG, mode: 'identified', audience }))
    .waveId;
  const later = await post<{ id: number }>('/instruments', { templateKey: 'training-reaction' });
  scheduledWave = (
    await openSurvey(
      post,
      { instrumentId: later.id, title: SCHEDULED, mode: 'identified', audience },
      SCHEDULED_OPENS,
    )
  ).waveId;
  const laterSkm = await post<{ id: number }>('/instruments', { templateKey: 'skm' });
  scheduledCode = (
    await openSurvey(
      post,
      {
        instrumentId: laterSkm.id,
        title: SCHEDULED_PUBLIC,
        mode: 'public',
        serviceUnitId: units.items[0]!.id,
        serviceName: SERVICE,
      },
      SCHEDULED_OPENS,
    )
  ).survey.publicPath!.replace('/s/', '');
  const everyType = await post<{ id: number }>('/instruments', { definition: DEFINITION });
  everyTypeCode = (
    await openSurvey(post, {
      instrumentId: everyType.id,
      title: PUBLIC_EVERY_TYPE,
      mode: 'public',
      serviceUnitId: units.items[0]!.id,
      serviceName: SERVICE,
    })
  ).survey.publicPath!.replace('/s/', '');
  await admin.context().close();
});

afterAll(async () => {
  await employee?.context().close();
  await browser?.close();
});

describe('answering surveys as an employee on a phone', () => {
  it('shows the invitations in the bell, each leading to its survey', async () => {
    await employee.goto('/');
    const bell = employee.getByRole('button', { name: /^Pemberitahuan, \d+ belum dibaca$/ });
    await eventually(() => bell.count()).toBe(1);
    await bell.click();
    const menu = employee.getByRole('menu');
    const invitation = menu.getByRole('menuitem').filter({ hasText: IDENTIFIED });
    await eventually(() => invitation.count()).toBe(1);
    await eventually(() => invitation.getByText('Undangan mengisi survei').count()).toBe(1);
    await eventually(() => menu.getByRole('menuitem').filter({ hasText: ANONYMOUS }).count()).toBe(1);
    await expectAccessible(employee, 'pemberitahuan');
    await invitation.click();
    await employee.waitForURL(`**/my-surveys/${identifiedWave}`);
    await eventually(() => employee.getByRole('heading', { level: 1, name: IDENTIFIED }).count()).toBe(1);
  });

  it('lists both surveys under Survei saya, saying which one is anonymous', async () => {
    await employee.goto('/my-surveys');
    await eventually(() => employee.getByRole('heading', { level: 1, name: 'Survei saya' }).count()).toBe(1);
    const list = employee.getByRole('list', { name: 'Survei yang dibuka untuk Anda' });
    const identified = list.getByRole('listitem').filter({ hasText: IDENTIFIED });
    const anonymous = list.getByRole('listitem').filter({ hasText: ANONYMOUS });
    await eventually(() => identified.count()).toBe(1);
    await eventually(() => anonymous.count()).toBe(1);
    expect(await anonymous.getByText(/tidak dapat ditelusuri kembali kepada Anda/).count()).toBe(1);
    expect(await identified.getByText('Belum dijawab').count()).toBe(1);
    expect(await identified.getByText('Gelombang uji').count()).toBe(1);
    await expectNoSidewaysScroll(employee, 'survei saya');
    await expectAccessible(employee, 'survei saya');
  });

  it('answers the identified survey: a missing answer is shown at its question, then it is sent', async () => {
    await employee.goto('/my-surveys');
    await employee.getByRole('link', { name: `Jawab survei ${IDENTIFIED}` }).click();
    await employee.waitForURL(`**/my-surveys/${identifiedWave}`);
    const prefix = `#wave-${identifiedWave}`;
    await eventually(() => employee.getByRole('radiogroup', { name: /bermanfaat bagi saya/ }).count()).toBe(
      1,
    );

    await employee
      .getByRole('radiogroup', { name: /bermanfaat bagi saya/ })
      .getByRole('radio', { name: 'Setuju', exact: true })
      .check();
    const attended = employee.getByRole('radiogroup', { name: /mengikuti pelatihan tahun ini/ });
    const reason = employee.getByRole('textbox', { name: /alasan Anda tidak mengikuti/ });
    await attended.getByRole('radio', { name: 'Tidak' }).check();
    await eventually(() => reason.count()).toBe(1);
    await attended.getByRole('radio', { name: 'Ya' }).check();
    await eventually(() => reason.count()).toBe(0);

    const formats = employee.getByRole('group', { name: /Bentuk pengembangan/ });
    await eventually(() => employee.getByText('Pilih paling banyak 2.').count()).toBe(1);
    await formats.getByRole('checkbox', { name: 'E-learning' }).check();
    await formats.getByRole('checkbox', { name: 'Magang' }).check();
    // At the limit the other choices are disabled.
    expect(await formats.getByRole('checkbox', { name: 'Pelatihan klasikal' }).isDisabled()).toBe(true);

    for (const statement of ['Menggunakan aplikasi perkantoran', 'Menyusun naskah dinas']) {
      await employee
        .getByRole('radiogroup', { name: statement })
        .getByRole('radio', { name: '3: Mampu' })
        .check();
    }
    for (const statement of ['Analisis kebijakan', 'Pelayanan publik']) {
      const pair = employee.getByRole('group', { name: new RegExp(statement) });
      await pair
        .getByRole('radiogroup', { name: 'Kemampuan saat ini' })
        .getByRole('radio', { name: '2' })
        .check();
      await pair.getByRole('radiogroup', { name: 'Kebutuhan' }).getByRole('radio', { name: '4' }).check();
    }
    await employee.getByRole('textbox', { name: /Catatan lain/ }).fill('Semoga ada pelatihan menulis.');
    await expectNoSidewaysScroll(employee, 'jawab survei');
    await expectAccessible(employee, 'jawab survei');

    // The number of hours is left out: nothing is sent, and the message stands at that question.
    await employee.getByRole('button', { name: 'Kirim jawaban' }).click();
    const message = `"${HOURS}" wajib dijawab.`;
    await eventually(() => employee.locator(`${prefix}-hours`).getByText(message).count()).toBe(1);
    await eventually(() => employee.evaluate(() => document.activeElement?.id)).toBe(
      `wave-${identifiedWave}-hours-field`,
    );
    await eventually(() =>
      employee.getByRole('alert').getByText('Ada 1 pertanyaan yang perlu diperbaiki').count(),
    ).toBe(1);
    await expectAccessible(employee, 'jawab survei (galat)');

    await employee.getByRole('textbox', { name: new RegExp(HOURS.replace(/[()?]/g, '\\$&')) }).fill('24');
    await eventually(() => employee.getByText(message).count()).toBe(0);
    await employee.getByRole('button', { name: 'Kirim jawaban' }).click();
    await eventually(() => employee.getByRole('heading', { name: 'Terima kasih!' }).count()).toBe(1);
    await eventually(() => employee.getByText('Jawaban Anda sudah tersimpan.').count()).toBe(1);
    await expectAccessible(employee, 'jawab survei (terima kasih)');

    // Answered once: the survey now says so instead of showing the form.
    await employee.reload();
    await eventually(() =>
      employee.getByRole('heading', { name: 'Anda sudah menjawab survei ini' }).count(),
    ).toBe(1);
  });

  it('answers the anonymous survey, reusing its ballot after a dropped connection', async () => {
    await employee.goto(`/my-surveys/${anonymousWave}`);
    await eventually(() => employee.getByRole('heading', { level: 1, name: ANONYMOUS }).count()).toBe(1);
    await eventually(() => employee.getByText('Tentang kerahasiaan jawaban').count()).toBe(1);
    await answerEveryGroup(employee.locator('form'), 3);
    await expectNoSidewaysScroll(employee, 'survei anonim');
    await expectAccessible(employee, 'survei anonim');

    // The ballot is issued, then the answers are lost on the way: the retry must reuse the ballot,
    // since the invitation is already marked and a second ballot would be refused.
    await employee.route('**/api/v1/anonymous-responses', (route) => route.abort(), { times: 1 });
    await employee.getByRole('button', { name: 'Kirim jawaban' }).click();
    await eventually(() => employee.getByText('Jawaban belum terkirim').count()).toBe(1);
    await employee.getByRole('button', { name: 'Kirim jawaban' }).click();
    await eventually(() => employee.getByRole('heading', { name: 'Terima kasih!' }).count()).toBe(1);
    await eventually(() => employee.getByText(/Jawaban anonim Anda sudah diterima/).count()).toBe(1);
    await expectAccessible(employee, 'survei anonim (terima kasih)');

    await employee.goto('/my-surveys');
    const list = employee.getByRole('list', { name: 'Survei yang dibuka untuk Anda' });
    await eventually(() => list.getByText('Sudah dijawab').count()).toBe(2);
  });

  it('takes a phone to the first missing answer of a long questionnaire, marked, with the summary on top', async () => {
    await employee.goto(`/my-surveys/${longWave}`);
    await eventually(() => employee.getByRole('heading', { level: 1, name: LONG }).count()).toBe(1);
    const missing = ['q1_4', 'q3_7'];
    await eventually(() => employee.getByRole('radiogroup').count()).toBe(36);
    for (const part of [1, 2, 3]) {
      for (let i = 1; i <= 12; i++) {
        if (missing.includes(`q${part}_${i}`)) continue;
        await employee
          .locator(`#wave-${longWave}-q${part}_${i}`)
          .getByRole('radio', { name: 'Setuju', exact: true })
          .check();
      }
    }
    const pageHeight = await employee.evaluate(() => document.documentElement.scrollHeight);
    expect(pageHeight).toBeGreaterThan(5_000);

    // Sent from the bottom of the page: the phone goes up to question 1.4.
    await employee.getByRole('button', { name: 'Kirim jawaban' }).click();
    const first = employee.locator(`#wave-${longWave}-q1_4`);
    await eventually(() =>
      first.evaluate(
        (element) => element.contains(document.activeElement) && document.activeElement !== element,
      ),
    ).toBe(true);
    const inView = (element: Element) => {
      const box = element.getBoundingClientRect();
      const header = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
      return box.top >= header - 1 && box.top < window.innerHeight - 80;
    };
    await eventually(() => first.evaluate(inView)).toBe(true);

    // Marked: its answers say they are invalid, the group names its message, a bar shows it.
    const group = employee.getByRole('radiogroup', { name: /Pernyataan 1\.4:/ });
    for (const radio of await group.getByRole('radio').all()) {
      expect(await radio.getAttribute('aria-invalid')).toBe('true');
    }
    expect(await first.getAttribute('data-invalid')).toBe('true');
    const described = (await group.getAttribute('aria-describedby')) ?? '';
    const messages = await Promise.all(
      described
        .split(' ')
        .filter(Boolean)
        .map((id) => employee.locator(`[id="${id}"]`).textContent()),
    );
    expect(messages.join(' ')).toContain('wajib dijawab');
    const answered = employee.getByRole('radiogroup', { name: /Pernyataan 1\.5:/ });
    expect(await answered.getByRole('radio').first().getAttribute('aria-invalid')).toBeNull();
    expect(await employee.locator(`#wave-${longWave}-q1_5`).getAttribute('data-invalid')).toBeNull();

    // The summary stands at the top of the form, above the first question, and lists both.
    const summary = employee.getByRole('alert').filter({ hasText: 'Ada 2 pertanyaan yang perlu diperbaiki' });
    await eventually(() => summary.count()).toBe(1);
    const summaryTop = await summary.evaluate((element) => element.getBoundingClientRect().top);
    const firstQuestionTop = await employee
      .locator(`#wave-${longWave}-q1_1`)
      .evaluate((element) => element.getBoundingClientRect().top);
    expect(summaryTop).toBeLessThan(firstQuestionTop);
    await expectAccessible(employee, 'kuesioner panjang (galat)');

    // Its links jump to each question.
    await employee.evaluate(() => window.scrollTo(0, 0));
    await summary.getByRole('link', { name: /Pernyataan 3\.7:/ }).click();
    const last = employee.locator(`#wave-${longWave}-q3_7`);
    await eventually(() => last.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    await eventually(() => last.evaluate(inView)).toBe(true);
  }, 120_000);

  it('says when a scheduled survey opens, on the government’s clock, instead of a closed form', async () => {
    await employee.goto(`/my-surveys/${scheduledWave}`);
    await eventually(() => employee.getByRole('heading', { level: 1, name: SCHEDULED }).count()).toBe(1);
    await eventually(() => employee.getByRole('heading', { name: 'Survei ini belum dibuka' }).count()).toBe(
      1,
    );
    const date = new Intl.DateTimeFormat('id', { dateStyle: 'long', timeZone: 'Asia/Jakarta' }).format(
      SCHEDULED_OPENS,
    );
    await eventually(() =>
      employee.getByText(`Survei ini dibuka pada ${date} pukul 08.00 WIB.`).count(),
    ).toBe(1);
    expect(await employee.getByRole('button', { name: 'Kirim jawaban' }).count()).toBe(0);
    await expectAccessible(employee, 'survei terjadwal');
  });
});

describe('a citizen answering the public SKM on a phone', () => {
  it('answers once, is told so on a second attempt, and can read the page in English', async () => {
    const citizen = await newPage(browser, { phone: true });
    // The page is its own small entry (survey.html): none of the app's session gate, and every
    // word it shows is in the sections of the translation files its build keeps.
    const asked: string[] = [];
    const missing: string[] = [];
    citizen.on('request', (request) => asked.push(new URL(request.url()).pathname));
    citizen.on('console', (message) => {
      if (message.text().startsWith('missing translation')) missing.push(message.text());
    });
    await citizen.goto(`/s/${publicCode}`);
    await eventually(() => citizen.getByRole('heading', { level: 1, name: PUBLIC }).count()).toBe(1);
    expect(await citizen.locator('script[type="module"]').getAttribute('src')).toMatch(
      /^\/assets\/survey-[\w-]+\.js$/,
    );
    expect(asked).toContain(`/api/v1/public/surveys/${publicCode}`);
    expect(asked.filter((path) => path.startsWith('/api/v1/auth'))).toEqual([]);
    expect(await citizen.getByText(tenantName, { exact: true }).count()).toBe(1);
    expect(await citizen.getByText(`Layanan: ${SERVICE}`).count()).toBe(1);
    const honeypot = citizen.getByLabel('Biarkan kolom ini kosong');
    expect(await honeypot.getAttribute('tabindex')).toBe('-1');
    expect(await honeypot.getAttribute('autocomplete')).toBe('off');
    await expectNoSidewaysScroll(citizen, 'SKM publik');
    await expectAccessible(citizen, 'SKM publik');

    // Sent before answering: nothing goes out, and every question says why, in the domain's words.
    await citizen.getByRole('button', { name: 'Kirim penilaian' }).click();
    const summary = citizen.getByRole('alert').filter({ hasText: 'pertanyaan yang perlu diperbaiki' });
    await eventually(() => summary.count()).toBe(1);
    expect(await summary.textContent()).toContain('Belum ada yang dikirim.');
    expect(await citizen.getByText(/" wajib dijawab\.$/).count()).toBeGreaterThan(1);
    expect(asked.filter((path) => path.endsWith('/responses'))).toEqual([]);
    await expectAccessible(citizen, 'SKM publik (belum lengkap)');

    await answerEveryGroup(citizen.getByRole('region', { name: 'Penilaian Unsur Pelayanan' }), 3);
    await citizen.getByRole('textbox', { name: /Saran dan masukan/ }).fill('Antrean cepat, petugas ramah.');

    // A busy counter network: the first attempt is refused for a minute, the answers stay.
    await citizen.route(
      '**/api/v1/public/surveys/*/responses',
      (route) =>
        route.fulfill({
          status: 429,
          contentType: 'application/problem+json',
          body: JSON.stringify({ type: 'about:blank', title: 'Too Many Requests', status: 429 }),
        }),
      { times: 1 },
    );
    await citizen.getByRole('button', { name: 'Kirim penilaian' }).click();
    await eventually(() => citizen.getByText('Terlalu banyak jawaban dalam waktu singkat').count()).toBe(1);
    await citizen.getByRole('button', { name: 'Kirim penilaian' }).click();
    await eventually(() =>
      citizen.getByRole('heading', { name: 'Terima kasih atas penilaian Anda!' }).count(),
    ).toBe(1);
    await expectAccessible(citizen, 'SKM publik (terima kasih)');

    // Coming back on the same device: told at once.
    await citizen.reload();
    const answered = citizen.getByRole('heading', { name: 'Anda sudah mengisi survei ini' });
    await eventually(() => answered.count()).toBe(1);

    // Even with the page's memory wiped, the server knows the device and refuses a second answer.
    await citizen.evaluate(() => window.localStorage.clear());
    await citizen.reload();
    await answerEveryGroup(citizen.getByRole('region', { name: 'Penilaian Unsur Pelayanan' }), 2);
    await citizen.getByRole('button', { name: 'Kirim penilaian' }).click();
    await eventually(() => answered.count()).toBe(1);
    await expectAccessible(citizen, 'SKM publik (sudah mengisi)');

    await citizen.evaluate(() => window.localStorage.clear());
    await citizen.reload();
    await eventually(() => citizen.getByRole('button', { name: 'Kirim penilaian' }).count()).toBe(1);
    await citizen.getByRole('button', { name: 'English' }).click();
    await eventually(() => citizen.getByRole('button', { name: 'Send rating' }).count()).toBe(1);
    expect(await citizen.getByRole('heading', { name: 'Service Elements' }).count()).toBe(1);
    expect(await citizen.getByText(`Service: ${SERVICE}`).count()).toBe(1);
    expect(
      await citizen.getByRole('radiogroup', { name: /How well do the service requirements suit/ }).count(),
    ).toBe(1);
    await expectNoSidewaysScroll(citizen, 'SKM publik (English)');
    await expectAccessible(citizen, 'SKM publik (English)');
    expect(await citizen.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(missing).toEqual([]);
    await citizen.context().close();
  });

  it('tells a citizen when a scheduled survey opens', async () => {
    const citizen = await newPage(browser, { phone: true });
    await citizen.goto(`/s/${scheduledCode}`);
    await eventually(() => citizen.getByRole('heading', { level: 1, name: SCHEDULED_PUBLIC }).count()).toBe(
      1,
    );
    await eventually(() => citizen.getByRole('heading', { name: 'Survei ini belum dibuka' }).count()).toBe(1);
    const date = new Intl.DateTimeFormat('id', { dateStyle: 'long', timeZone: 'Asia/Jakarta' }).format(
      SCHEDULED_OPENS,
    );
    await eventually(() =>
      citizen.getByText(new RegExp(`dibuka pada ${date} pukul 08\\.00 WIB`)).count(),
    ).toBe(1);
    await citizen.getByRole('button', { name: 'English' }).click();
    await eventually(() => citizen.getByText(/opens on .* at 8:00\sAM WIB/).count()).toBe(1);
    await expectAccessible(citizen, 'SKM publik (terjadwal)');
    await citizen.context().close();
  });

  it('shows every question type on a wide screen too', async () => {
    // The survey page's build leaves out what it never runs (Table's scroll area, most words of
    // the app): every question type and the number input's chunk must still work. Its card is
    // narrower than a statement grid needs, so statements are cards there on any screen.
    const citizen = await newPage(browser);
    const failures: string[] = [];
    citizen.on('pageerror', (error) => failures.push(error.message));
    citizen.on('console', (message) => {
      if (message.text().startsWith('missing translation')) failures.push(message.text());
    });
    await citizen.goto(`/s/${everyTypeCode}`);
    await eventually(() => citizen.getByRole('heading', { level: 1, name: PUBLIC_EVERY_TYPE }).count()).toBe(
      1,
    );
    await eventually(() =>
      citizen.getByRole('radiogroup', { name: /Menggunakan aplikasi perkantoran/ }).count(),
    ).toBe(1);
    expect(await citizen.getByRole('table').count()).toBe(0);
    const hours = citizen.getByRole('textbox', { name: new RegExp(HOURS.replace(/[()?]/g, '\\$&')) });
    await eventually(() => hours.count()).toBe(1);
    await hours.fill('500');
    await citizen.getByRole('button', { name: 'Kirim penilaian' }).click();
    await eventually(() =>
      citizen.getByRole('alert').filter({ hasText: 'pertanyaan yang perlu diperbaiki' }).count(),
    ).toBe(1);
    await expectAccessible(citizen, 'survei publik semua jenis');
    expect(failures).toEqual([]);
    await citizen.context().close();
  });

  it('says so for an unknown survey code', async () => {
    const citizen = await newPage(browser, { phone: true });
    await citizen.goto('/s/tidakada2345');
    await eventually(() =>
      citizen.getByRole('heading', { level: 1, name: 'Survei tidak ditemukan' }).count(),
    ).toBe(1);
    await expectAccessible(citizen, 'SKM publik (tidak ditemukan)');
    await citizen.context().close();
  });
});
