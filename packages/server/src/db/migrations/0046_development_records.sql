-- Each employee's competency development history and the yearly JP it earns (issue 10).
--
-- development_record: one completed learning activity of one employee, as SIASN keeps its "riwayat
--   diklat" (struktural, fungsional, teknis) and "riwayat kursus", or as the programs capability
--   will record a completed Jenjang program (issue 11: source 'program', its reference in
--   program_ref). JP (jam pelajaran) as the record states them: the JP year is the year the
--   activity ended. path_code: Perlan LAN 10/2018's path of the activity (KL01 … NKL13, DOMAIN.md
--   §3) when known. A record is the same record when it names the same employee, kind, activity
--   (case-insensitive) and end day: an import of the same file updates, never doubles.
-- tenant JP settings (DOMAIN.md §3, configurable): the yearly target of a PNS (PP 17/2020 art.
--   203(4): at least 20), of a PPPK and its ceiling (PP 49/2018 art. 40: at most 24 per contract
--   year), and the minutes one JP lasts (45, from a secondary source).

create table development_record (
  id bigint generated always as identity,
  tenant_id int not null references tenant (id),
  employee_id bigint not null,
  kind text not null check (kind in ('diklat', 'kursus', 'program')),
  category text check (length(category) between 1 and 100),
  name text not null check (length(name) between 1 and 300),
  path_code text check (path_code ~ '^(KL(0[1-9]|1[0-2])|NKL(0[1-9]|1[0-3]))$'),
  institution text check (length(institution) between 1 and 200),
  certificate_number text check (length(certificate_number) between 1 and 100),
  started_on date,
  ended_on date not null,
  jp numeric(7, 2) not null check (jp > 0 and jp <= 2000),
  source text not null check (source in ('manual', 'import', 'program')),
  program_ref text,
  recorded_by bigint,
  job_id uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (id, tenant_id),
  check (started_on is null or started_on <= ended_on),
  foreign key (tenant_id, employee_id) references employee (tenant_id, id),
  foreign key (tenant_id, recorded_by) references account (tenant_id, id),
  foreign key (tenant_id, job_id) references job (tenant_id, id)
);
create unique index development_record_identity
  on development_record (tenant_id, employee_id, kind, lower(name), ended_on);
create index development_record_by_year on development_record (tenant_id, ended_on) include (employee_id, jp);
select jenjang_tenant_table('development_record', 'select, insert, update');

alter table tenant
  add column jp_target_pns numeric(5, 2) not null default 20 check (jp_target_pns > 0),
  add column jp_target_pppk numeric(5, 2) not null default 24 check (jp_target_pppk > 0),
  add column jp_ceiling_pppk numeric(5, 2) default 24 check (jp_ceiling_pppk is null or jp_ceiling_pppk >= jp_target_pppk),
  add column minutes_per_jp smallint not null default 45 check (minutes_per_jp between 1 and 240);
