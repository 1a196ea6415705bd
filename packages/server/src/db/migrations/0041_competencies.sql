-- Competency mapping (issue 10): the national dictionary, each government's competencies, the
-- competency standard of each position (Standar Kompetensi Jabatan) and every assessment of every
-- employee, kept for ever.
--
-- competency_reference, competency_reference_level: the eight managerial and one sociocultural
--   competencies of PermenPANRB 38/2017 with their definitions and level descriptors (id, en):
--   reference data, the same for every government, so no tenant_id (db/catalogue.test.ts); the
--   texts come in 0042. Codes are written M.1 … M.8, SK.1 as DOMAIN.md §4 writes them; the annex's
--   M.01 … M.08 are read as the same codes (domain competency-dictionary.ts).
-- competency: what a government assesses and requires. Each government holds a row for each
--   national competency (reference_code set, texts read from the reference) and its own technical
--   ones (reference_code null, its own name, definition and levels in competency_level). One table
--   for both, so standards and assessments point at one key. A new government gets the national
--   rows when it is created (a trigger below); existing ones get them below too.
-- position_competency: the standard, one required level per competency a position requires.
-- competency_assessment: append-only. The current level of a competency is its newest assessment by
--   day, the later recorded of one day winning (domain competency-gap.rules.ts currentLevels); the
--   index serves exactly that order, with the level, so a person's current profile is read from
--   the index alone.

create table competency_reference (
  code text primary key check (code ~ '^(M\.[1-8]|SK\.1)$'),
  type text not null check (type in ('manajerial', 'sosialKultural')),
  sort smallint not null unique,
  name_id text not null,
  name_en text not null,
  definition_id text,
  definition_en text
);

create table competency_reference_level (
  code text not null references competency_reference (code),
  level smallint not null check (level between 1 and 5),
  descriptor_id text not null,
  descriptor_en text not null,
  indicators_id text[] not null,
  indicators_en text[] not null,
  primary key (code, level)
);
grant select on competency_reference, competency_reference_level to jenjang_app;

insert into competency_reference (code, type, sort, name_id, name_en) values
  ('M.1', 'manajerial', 1, 'Integritas', 'Integrity'),
  ('M.2', 'manajerial', 2, 'Kerja Sama', 'Cooperation'),
  ('M.3', 'manajerial', 3, 'Komunikasi', 'Communication'),
  ('M.4', 'manajerial', 4, 'Orientasi pada Hasil', 'Results orientation'),
  ('M.5', 'manajerial', 5, 'Pelayanan Publik', 'Public service'),
  ('M.6', 'manajerial', 6, 'Pengembangan Diri dan Orang Lain', 'Developing oneself and others'),
  ('M.7', 'manajerial', 7, 'Mengelola Perubahan', 'Managing change'),
  ('M.8', 'manajerial', 8, 'Pengambilan Keputusan', 'Decision making'),
  ('SK.1', 'sosialKultural', 9, 'Perekat Bangsa', 'Nation unifier');

create table competency (
  id bigint generated always as identity,
  tenant_id int not null references tenant (id),
  code text not null check (code ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$'),
  type text not null check (type in ('manajerial', 'sosialKultural', 'teknis')),
  reference_code text references competency_reference (code),
  name text not null check (length(name) between 1 and 200),
  definition text check (length(definition) <= 4000),
  created_at timestamptz not null default now(),
  primary key (id, tenant_id),
  unique (tenant_id, code),
  -- The national ones are the dictionary's, under its codes; every other is technical.
  check ((reference_code is null) = (type = 'teknis')),
  check (reference_code is null or reference_code = code)
);
select jenjang_tenant_table('competency', 'select, insert, update, delete');

-- A technical competency's own level descriptors and behaviour indicators.
create table competency_level (
  tenant_id int not null references tenant (id),
  competency_id bigint not null,
  level smallint not null check (level between 1 and 5),
  descriptor text not null check (length(descriptor) between 1 and 1000),
  indicators text[] not null default '{}' check (cardinality(indicators) <= 10),
  primary key (competency_id, level, tenant_id),
  foreign key (tenant_id, competency_id) references competency (tenant_id, id) on delete cascade
);
select jenjang_tenant_table('competency_level', 'select, insert, update, delete');

create table position_competency (
  tenant_id int not null references tenant (id),
  position_id bigint not null,
  competency_id bigint not null,
  required_level smallint not null check (required_level between 1 and 5),
  updated_at timestamptz not null default now(),
  primary key (position_id, competency_id, tenant_id),
  foreign key (tenant_id, position_id) references position (tenant_id, id),
  foreign key (tenant_id, competency_id) references competency (tenant_id, id)
);
create index position_competency_by_competency on position_competency (tenant_id, competency_id);
select jenjang_tenant_table('position_competency', 'select, insert, update, delete');

create table competency_assessment (
  id bigint generated always as identity,
  tenant_id int not null references tenant (id),
  employee_id bigint not null,
  competency_id bigint not null,
  level smallint not null check (level between 1 and 5),
  assessed_on date not null,
  method text not null check (method in ('assessmentCentre', 'supervisor', 'self', 'test')),
  assessor text check (length(assessor) between 1 and 200),
  source text check (length(source) between 1 and 200),
  -- Who recorded it, and the import that brought it (null: entered by hand).
  recorded_by bigint,
  job_id uuid,
  created_at timestamptz not null default now(),
  primary key (id, tenant_id),
  foreign key (tenant_id, employee_id) references employee (tenant_id, id),
  foreign key (tenant_id, competency_id) references competency (tenant_id, id),
  foreign key (tenant_id, recorded_by) references account (tenant_id, id),
  foreign key (tenant_id, job_id) references job (tenant_id, id)
);
create index competency_assessment_current on competency_assessment
  (tenant_id, employee_id, competency_id, assessed_on desc, id desc) include (level);
create index competency_assessment_by_competency on competency_assessment (tenant_id, competency_id, assessed_on);
select jenjang_tenant_table('competency_assessment', 'select, insert');

-- Every government holds the national competencies from its first moment, whichever path creates
-- it (the command line, the demo loader, a test): a trigger, not each caller. It works under the
-- new government's id for its insert and restores the transaction's own setting afterwards. The
-- national viewers' home assesses nobody.
create function jenjang_national_competencies() returns trigger
  language plpgsql set search_path = pg_catalog, public, pg_temp
  as $$
  declare previous text := current_setting('jenjang.tenant_id', true);
  begin
    if new.kind <> 'nasional' then
      perform set_config('jenjang.tenant_id', new.id::text, true);
      insert into competency (tenant_id, code, type, reference_code, name)
        select new.id, r.code, r.type, r.code, r.name_id from competency_reference r order by r.sort;
      perform set_config('jenjang.tenant_id', coalesce(previous, ''), true);
    end if;
    return null;
  end $$;
create trigger tenant_national_competencies after insert on tenant
  for each row execute function jenjang_national_competencies();

-- The governments that exist already.
do $$
  declare t record;
  begin
    for t in select id from tenant where kind <> 'nasional' loop
      perform set_config('jenjang.tenant_id', t.id::text, true);
      insert into competency (tenant_id, code, type, reference_code, name)
        select t.id, r.code, r.type, r.code, r.name_id from competency_reference r order by r.sort;
    end loop;
    perform set_config('jenjang.tenant_id', '', true);
  end $$;

-- Job-Person Match cut-offs of each government (DOMAIN.md §4 [U]: around 80 % and 68 %, from
-- competency-test rules, so each government's setting; domain DEFAULT_JPM_THRESHOLDS).
alter table tenant
  add column jpm_meets numeric(5, 2) not null default 80,
  add column jpm_still_meets numeric(5, 2) not null default 68,
  add constraint tenant_jpm_thresholds check (0 < jpm_still_meets and jpm_still_meets <= jpm_meets and jpm_meets <= 100);
