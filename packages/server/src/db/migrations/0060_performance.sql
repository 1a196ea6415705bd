-- Performance appraisal (issue 13; PP 30/2019, PermenPANRB 6/2022; domain
-- performance/predikat.rules.ts and skp-import.rules.ts).
--
-- tenant.performance_check_ins: how often a government's supervisors check in and appraise
--   periodically (monthly, quarterly or per semester: the agency decides, PermenPANRB 6/2022).
-- performance_cycle: one government's appraisal year: planning (SKP agreed), running (check-ins,
--   feedback, periodic appraisals), appraisal (the annual one) and closed (nothing more is written).
--   Its check-in frequency is the government's when it opened, fixed for the year.
-- skp: an employee's performance plan of a cycle, with their appraiser (pejabat penilai: their
--   direct supervisor, proposed from the organisation and confirmed by the agency or the employee);
--   drafted by the employee, agreed by the appraiser, after which its items are fixed.
-- skp_item: a planned work result (rencana hasil kerja, with its indicator and target) or a
--   behaviour expectation (ekspektasi perilaku kerja) the appraiser sets.
-- skp_feedback: continuous feedback in a check-in period, by either side.
-- performance_appraisal: a rating of hasil kerja and perilaku kerja (each above, meets or below
--   expectations) and the predikat the matrix gives, annual or for a period of months, made in
--   Jenjang by the SKP's appraiser or imported from SIASN's records (rw-skp22 and kinerja
--   periodik), with the appraiser as recorded. The check repeats the matrix of PermenPANRB 6/2022
--   so that no row can hold a predikat outside it. One record per employee, year and period.
-- direct_supervisor(tenant, employee): the holder of a managerial post in the nearest unit on the
--   employee's path (their own first) that has one other than themself, the most senior by golongan
--   when a unit has several: the appraiser proposed for an SKP (the registry has no supervisor link).
-- disciplinary_sanction: a disciplinary penalty (PP 94/2021) and while it runs: a promotion in rank
--   waits for it (domain talent/promotion.rules.ts).

create function direct_supervisor(p_tenant int, p_employee bigint) returns bigint
language sql stable as $$
  select h.id from employee e
  join unit u on u.tenant_id = e.tenant_id and u.id = e.unit_id
  join employee h on h.tenant_id = e.tenant_id and h.id <> e.id and h.status = 'aktif'
    and h.unit_id = any(u.path)
    and h.position_kind in ('jpt_utama', 'jpt_madya', 'jpt_pratama', 'administrator', 'pengawas')
  where e.tenant_id = p_tenant and e.id = p_employee
  order by array_position(u.path, h.unit_id) desc, h.golongan_rank desc nulls last, h.id
  limit 1
$$;
grant execute on function direct_supervisor(int, bigint) to jenjang_app;

alter table tenant
  add column performance_check_ins text not null default 'quarterly'
    check (performance_check_ins in ('monthly', 'quarterly', 'semester'));

create table performance_cycle (
  id bigint generated always as identity,
  tenant_id int not null references tenant (id),
  year smallint not null check (year between 2019 and 2100),
  check_ins text not null check (check_ins in ('monthly', 'quarterly', 'semester')),
  state text not null default 'planning' check (state in ('planning', 'running', 'appraisal', 'closed')),
  created_by bigint,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, year),
  foreign key (tenant_id, created_by) references account (tenant_id, id)
);
select jenjang_tenant_table('performance_cycle', 'select, insert, update');

create table skp (
  id bigint generated always as identity,
  tenant_id int not null references tenant (id),
  cycle_id bigint not null,
  employee_id bigint not null,
  appraiser_employee_id bigint not null,
  state text not null default 'draft' check (state in ('draft', 'proposed', 'agreed')),
  agreed_at timestamptz,
  agreed_by bigint,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, cycle_id, employee_id),
  check (appraiser_employee_id <> employee_id),
  check ((state = 'agreed') = (agreed_at is not null)),
  foreign key (tenant_id, cycle_id) references performance_cycle (tenant_id, id),
  foreign key (tenant_id, employee_id) references employee (tenant_id, id),
  foreign key (tenant_id, appraiser_employee_id) references employee (tenant_id, id),
  foreign key (tenant_id, agreed_by) references account (tenant_id, id)
);
create index skp_appraiser on skp (tenant_id, appraiser_employee_id, cycle_id);
create index skp_employee on skp (tenant_id, employee_id);
select jenjang_tenant_table('skp', 'select, insert, update');

create table skp_item (
  id bigint generated always as identity,
  tenant_id int not null references tenant (id),
  skp_id bigint not null,
  kind text not null check (kind in ('result', 'behaviour')),
  position smallint not null check (position between 1 and 50),
  text text not null check (length(text) between 1 and 1000),
  indicator text check (length(indicator) between 1 and 500),
  target text check (length(target) between 1 and 200),
  primary key (tenant_id, id),
  unique (tenant_id, skp_id, kind, position),
  check (kind = 'result' or (indicator is null and target is null)),
  foreign key (tenant_id, skp_id) references skp (tenant_id, id) on delete cascade
);
select jenjang_tenant_table('skp_item', 'select, insert, update, delete');

create table skp_feedback (
  id bigint generated always as identity,
  tenant_id int not null references tenant (id),
  skp_id bigint not null,
  period smallint not null check (period between 1 and 12),
  side text not null check (side in ('employee', 'appraiser')),
  author_account_id bigint not null,
  body text not null check (length(body) between 1 and 2000),
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, skp_id) references skp (tenant_id, id),
  foreign key (tenant_id, author_account_id) references account (tenant_id, id)
);
create index skp_feedback_skp on skp_feedback (tenant_id, skp_id, period, id);
select jenjang_tenant_table('skp_feedback', 'select, insert');

create table performance_appraisal (
  id bigint generated always as identity,
  tenant_id int not null references tenant (id),
  employee_id bigint not null,
  year smallint not null check (year between 2019 and 2100),
  period text not null check (period in ('annual', 'monthly', 'quarterly', 'semester')),
  from_month smallint not null check (from_month between 1 and 12),
  to_month smallint not null check (to_month between 1 and 12),
  hasil_kerja text not null check (hasil_kerja in ('above', 'meets', 'below')),
  perilaku_kerja text not null check (perilaku_kerja in ('above', 'meets', 'below')),
  predikat text not null,
  coefficient numeric(6, 3) check (coefficient >= 0),
  appraiser_employee_id bigint,
  appraiser_name text check (length(appraiser_name) between 1 and 200),
  -- An ASN's NIP; a NON ASN appraiser's number (an NRP) as SIASN holds it.
  appraiser_nip text check (appraiser_nip ~ '^[0-9]{18}$'
    or (appraiser_status = 'NON ASN' and length(appraiser_nip) between 1 and 30)),
  appraiser_position text check (length(appraiser_position) between 1 and 300),
  appraiser_unit text check (length(appraiser_unit) between 1 and 300),
  appraiser_golongan text check (length(appraiser_golongan) between 1 and 20),
  appraiser_status text check (appraiser_status in ('ASN', 'NON ASN')),
  skp_id bigint,
  follow_up text check (length(follow_up) between 1 and 2000),
  source text not null check (source in ('jenjang', 'import')),
  job_id uuid,
  recorded_by bigint,
  recorded_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, employee_id, year, period, from_month, to_month),
  check (from_month <= to_month),
  check (period <> 'annual' or (from_month = 1 and to_month = 12)),
  -- PermenPANRB 6/2022: rows hasil kerja, columns perilaku kerja.
  check (predikat = case
    when hasil_kerja = 'above' and perilaku_kerja = 'above' then 'sangat_baik'
    when hasil_kerja <> 'below' and perilaku_kerja = 'below' then 'kurang'
    when hasil_kerja <> 'below' then 'baik'
    when perilaku_kerja = 'below' then 'sangat_kurang'
    else 'butuh_perbaikan' end),
  check (source <> 'jenjang' or skp_id is not null),
  foreign key (tenant_id, employee_id) references employee (tenant_id, id),
  foreign key (tenant_id, appraiser_employee_id) references employee (tenant_id, id),
  foreign key (tenant_id, skp_id) references skp (tenant_id, id),
  foreign key (tenant_id, recorded_by) references account (tenant_id, id),
  foreign key (tenant_id, job_id) references job (tenant_id, id)
);
create index performance_appraisal_year on performance_appraisal (tenant_id, year, period);
create index performance_appraisal_appraiser on performance_appraisal (tenant_id, appraiser_employee_id, year);
select jenjang_tenant_table('performance_appraisal', 'select, insert, update');

create table disciplinary_sanction (
  id bigint generated always as identity,
  tenant_id int not null references tenant (id),
  employee_id bigint not null,
  level text not null check (level in ('ringan', 'sedang', 'berat')),
  starts_on date not null,
  ends_on date,
  decree text not null check (length(decree) between 1 and 200),
  note text check (length(note) between 1 and 1000),
  recorded_by bigint,
  recorded_at timestamptz not null default now(),
  primary key (tenant_id, id),
  check (ends_on is null or ends_on >= starts_on),
  foreign key (tenant_id, employee_id) references employee (tenant_id, id),
  foreign key (tenant_id, recorded_by) references account (tenant_id, id)
);
create index disciplinary_sanction_employee on disciplinary_sanction (tenant_id, employee_id, starts_on);
select jenjang_tenant_table('disciplinary_sanction', 'select, insert, update');
