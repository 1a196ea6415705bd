-- Policies (issue 9): a government's personnel-development policies, their versions and the
-- provisions of each version, every change of a provision with its reason and evidence, and each
-- step of a policy's life.
--
-- A provision has two identities, as in Akoma Ntoso: `provision` is the work-level one, stable
-- across versions, and `provision_text` is the provision as one version states it (its displayed
-- number, its place, its words). "Pasal 3 ayat (2)" may become "Pasal 4" and keep its history. A
-- provision made by splitting or merging others records its origins once (`provision_origin`).
-- An adopted version is immutable: the triggers at the end refuse any change of its text, its
-- reasons or its evidence, whoever asks.

create table policy (
  id bigint generated always as identity,
  tenant_id int not null references tenant (id),
  title text not null check (length(title) between 1 and 200),
  area text not null check (area in ('karier', 'kompetensi', 'sdm', 'kepegawaian')),
  state text not null default 'draft'
    check (state in ('draft', 'consultation', 'adopted', 'in_force', 'under_evaluation', 'revising', 'retired')),
  purpose text not null,
  principles text[] not null default '{}',
  legal_basis text[] not null default '{}',
  owner_unit_id bigint,
  created_by bigint,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (id, tenant_id),
  foreign key (tenant_id, owner_unit_id) references unit (tenant_id, id),
  foreign key (created_by, tenant_id) references account (id, tenant_id)
);
create index policy_tenant on policy (tenant_id, updated_at desc);
select jenjang_tenant_table('policy', 'select, insert, update');

-- The surveys a policy is judged by.
create table policy_survey (
  tenant_id int not null references tenant (id),
  policy_id bigint not null,
  survey_id bigint not null,
  primary key (policy_id, survey_id, tenant_id),
  foreign key (policy_id, tenant_id) references policy (id, tenant_id),
  foreign key (survey_id, tenant_id) references survey (id, tenant_id)
);
select jenjang_tenant_table('policy_survey', 'select, insert, delete');

create table policy_version (
  id bigint generated always as identity,
  tenant_id int not null references tenant (id),
  policy_id bigint not null,
  number int not null check (number >= 1),
  status text not null default 'draft' check (status in ('draft', 'adopted', 'discarded')),
  -- The version it was drafted from (the one in force when a revision started); null for a first text.
  based_on_id bigint,
  adopted_on date,
  effective_from date,
  adopted_by bigint,
  created_at timestamptz not null default now(),
  primary key (id, tenant_id),
  unique (policy_id, number, tenant_id),
  foreign key (policy_id, tenant_id) references policy (id, tenant_id),
  foreign key (based_on_id, tenant_id) references policy_version (id, tenant_id),
  foreign key (adopted_by, tenant_id) references account (id, tenant_id),
  check ((status = 'adopted') = (adopted_on is not null and effective_from is not null))
);
-- One text in drafting per policy at a time.
create unique index policy_version_one_draft on policy_version (policy_id, tenant_id) where status = 'draft';
select jenjang_tenant_table('policy_version', 'select, insert, update');

create table provision (
  id bigint generated always as identity,
  tenant_id int not null references tenant (id),
  policy_id bigint not null,
  created_in bigint not null,
  primary key (id, tenant_id),
  foreign key (policy_id, tenant_id) references policy (id, tenant_id),
  foreign key (created_in, tenant_id) references policy_version (id, tenant_id)
);
select jenjang_tenant_table('provision', 'select, insert');

create table provision_origin (
  tenant_id int not null references tenant (id),
  provision_id bigint not null,
  origin_id bigint not null check (origin_id <> provision_id),
  primary key (provision_id, origin_id, tenant_id),
  foreign key (provision_id, tenant_id) references provision (id, tenant_id),
  foreign key (origin_id, tenant_id) references provision (id, tenant_id)
);
select jenjang_tenant_table('provision_origin', 'select, insert');

create table provision_text (
  tenant_id int not null references tenant (id),
  version_id bigint not null,
  provision_id bigint not null,
  -- The parent provision in the same version: a foreign key into this table, so a parent removed
  -- from a version takes its parts with it and no part points at a parent the version lacks.
  parent_id bigint,
  ordinal int not null,
  label text not null check (length(label) between 1 and 60),
  heading text,
  body text not null,
  primary key (version_id, provision_id, tenant_id),
  foreign key (version_id, tenant_id) references policy_version (id, tenant_id),
  foreign key (provision_id, tenant_id) references provision (id, tenant_id),
  foreign key (version_id, parent_id, tenant_id) references provision_text (version_id, provision_id, tenant_id)
    on delete cascade,
  check (parent_id is distinct from provision_id)
);
select jenjang_tenant_table('provision_text', 'select, insert, update, delete');

-- Why a provision differs in a version from the version it was drafted from. A provision removed
-- by the version has a change row and no text row.
create table provision_change (
  tenant_id int not null references tenant (id),
  version_id bigint not null,
  provision_id bigint not null,
  reason text,
  changed_by bigint,
  changed_at timestamptz not null default now(),
  primary key (version_id, provision_id, tenant_id),
  foreign key (version_id, tenant_id) references policy_version (id, tenant_id),
  foreign key (provision_id, tenant_id) references provision (id, tenant_id),
  foreign key (changed_by, tenant_id) references account (id, tenant_id)
);
select jenjang_tenant_table('provision_change', 'select, insert, update, delete');

create table provision_evidence (
  tenant_id int not null references tenant (id),
  version_id bigint not null,
  provision_id bigint not null,
  ordinal int not null,
  kind text not null check (kind in ('surveyQuestion', 'surveyWave', 'document')),
  wave_id bigint,
  question_key text,
  -- One statement of a matrix question ("promotion is based on merit"), or null for the question.
  statement_key text,
  citation text,
  primary key (version_id, provision_id, ordinal, tenant_id),
  foreign key (version_id, provision_id, tenant_id)
    references provision_change (version_id, provision_id, tenant_id) on delete cascade,
  foreign key (tenant_id, wave_id) references survey_wave (tenant_id, id),
  check (case kind
    when 'surveyQuestion' then wave_id is not null and question_key is not null and citation is null
    when 'surveyWave' then wave_id is not null and question_key is null and statement_key is null and citation is null
    when 'document' then wave_id is null and question_key is null and statement_key is null and citation is not null
  end)
);
-- The reverse view: from a survey wave to the changes that cite it.
create index provision_evidence_wave on provision_evidence (tenant_id, wave_id) where wave_id is not null;
select jenjang_tenant_table('provision_evidence', 'select, insert, delete');

create table policy_transition (
  id bigint generated always as identity,
  tenant_id int not null references tenant (id),
  policy_id bigint not null,
  transition text not null,
  from_state text not null,
  to_state text not null,
  version_id bigint,
  account_id bigint,
  note text,
  at timestamptz not null,
  primary key (id, tenant_id),
  foreign key (policy_id, tenant_id) references policy (id, tenant_id),
  foreign key (version_id, tenant_id) references policy_version (id, tenant_id),
  foreign key (account_id, tenant_id) references account (id, tenant_id)
);
create index policy_transition_policy on policy_transition (policy_id, tenant_id, at);
select jenjang_tenant_table('policy_transition', 'select, insert');

-- An adopted version is immutable: its row, and the text, reasons and evidence of it.
create function policy_version_frozen() returns trigger
  language plpgsql set search_path = pg_catalog, public, pg_temp
  as $$
  declare
    v_version bigint := case when tg_op = 'DELETE' then old.version_id else new.version_id end;
  begin
    if tg_op = 'UPDATE' and old.version_id <> new.version_id then
      raise exception 'a provision cannot move between versions' using errcode = 'P0001';
    end if;
    if exists (select 1 from policy_version v where v.id = v_version and v.status <> 'draft') then
      raise exception 'version % is no longer a draft', v_version using errcode = 'P0001';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
  end
  $$;

create trigger provision_text_frozen before insert or update or delete on provision_text
  for each row execute function policy_version_frozen();
create trigger provision_change_frozen before insert or update or delete on provision_change
  for each row execute function policy_version_frozen();
create trigger provision_evidence_frozen before insert or update or delete on provision_evidence
  for each row execute function policy_version_frozen();

create function policy_version_adopted_frozen() returns trigger
  language plpgsql set search_path = pg_catalog, public, pg_temp
  as $$
  begin
    if old.status <> 'draft' then
      raise exception 'version % is % and cannot change', old.id, old.status using errcode = 'P0001';
    end if;
    return new;
  end
  $$;

create trigger policy_version_frozen before update on policy_version
  for each row execute function policy_version_adopted_frozen();
