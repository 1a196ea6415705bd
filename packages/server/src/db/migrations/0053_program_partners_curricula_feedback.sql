-- Partners and their agreements, trainers on batches, versioned curricula, participants' feedback
-- (Kirkpatrick levels 1–2), appeals against a selection and seats reserved for affirmative groups
-- (issue 11).
--
-- partner: a university, NGO, training institute… the government works with. A partner's trainers
--   sign in with accounts of role mitra: account.partner_id names their institution.
-- partner_agreement: an agreement (MoU/PKS) with a partner: its number, scope and validity. The
--   daily task warns the agency before one expires; expiry_warned_on records the warning sent so it
--   is sent once per agreement.
-- program.partner_id: the partner providing a program whose provider_kind is 'partner'.
-- program_batch_trainer: a batch's trainers (narasumber): a name, and where they have one, the
--   account they sign in with (a partner's mitra account or an employee's own). A trainer with an
--   account sees and keeps only the batches they teach: roster, attendance, scores, evaluations.
-- program_curriculum: the program's curriculum, one row per version: modules (jsonb array of
--   { title, objectives[], jp }) with their JP. A revision (version > 1) records why, and may name the
--   batches whose evaluation is the evidence behind it. program_batch.curriculum_id: the version a
--   batch teaches (the program's latest when the batch was planned).
-- program_batch.reaction_survey_id: the reaction survey (level 1) sent to exactly the batch's
--   participants when it closes. program_application.pre_test_score / post_test_score: the
--   learning test before and after (level 2), 0–100.
-- program.appeal_days: the days after the selection in which an applicant may appeal (sanggah),
--   published with the terms (0: no appeal window). program_appeal: one appeal per application, its
--   reason and the recorded decision (upheld or rejected, with the reasons).
-- program.affirmative_groups: the program's affirmative groups (jsonb array of { key, label, rule }
--   in the shape of domain AffirmativeGroup); program_batch.reserved_seats: per group key, the seats
--   of the batch reserved for it (jsonb object). An applicant counts in their first matching group.

create table partner (
  id bigint generated always as identity,
  tenant_id int not null references tenant (id),
  name text not null check (length(name) between 1 and 200),
  kind text not null check (kind in ('university', 'ngo', 'institute', 'government', 'company')),
  contact_name text check (length(contact_name) between 1 and 200),
  contact_email text check (contact_email ~ '^[^@[:space:]]+@[^@[:space:]]+$' and length(contact_email) <= 200),
  contact_phone text check (contact_phone ~ '^[0-9+() -]{6,30}$'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (id, tenant_id),
  unique (tenant_id, name)
);
select jenjang_tenant_table('partner', 'select, insert, update');

create table partner_agreement (
  id bigint generated always as identity,
  tenant_id int not null references tenant (id),
  partner_id bigint not null,
  number text not null check (length(number) between 1 and 100),
  scope text not null check (length(scope) between 1 and 2000),
  valid_from date not null,
  valid_until date not null,
  expiry_warned_on date,
  created_by bigint,
  created_at timestamptz not null default now(),
  primary key (id, tenant_id),
  unique (tenant_id, number),
  check (valid_from <= valid_until),
  foreign key (tenant_id, partner_id) references partner (tenant_id, id),
  foreign key (tenant_id, created_by) references account (tenant_id, id)
);
create index partner_agreement_by_partner on partner_agreement (tenant_id, partner_id, valid_until);
create index partner_agreement_by_expiry on partner_agreement (valid_until) where expiry_warned_on is null;
select jenjang_tenant_table('partner_agreement', 'select, insert, update, delete');

alter table account
  add column partner_id bigint,
  add constraint account_partner_fkey foreign key (tenant_id, partner_id) references partner (tenant_id, id);

alter table program
  add column partner_id bigint,
  add column appeal_days smallint not null default 0 check (appeal_days between 0 and 30),
  add column affirmative_groups jsonb not null default '[]' check (jsonb_typeof(affirmative_groups) = 'array'),
  add constraint program_partner_fkey foreign key (tenant_id, partner_id) references partner (tenant_id, id),
  add constraint program_partner_provider check (partner_id is null or provider_kind = 'partner');

create table program_curriculum (
  id bigint generated always as identity,
  tenant_id int not null references tenant (id),
  program_id bigint not null,
  version int not null check (version between 1 and 1000),
  modules jsonb not null check (jsonb_typeof(modules) = 'array' and jsonb_array_length(modules) between 1 and 100),
  reason text check (length(reason) between 1 and 2000),
  evidence_batch_ids bigint[] not null default '{}' check (cardinality(evidence_batch_ids) <= 50),
  created_by bigint,
  created_at timestamptz not null default now(),
  primary key (id, tenant_id),
  unique (tenant_id, program_id, version),
  check ((version = 1) = (reason is null)),
  foreign key (tenant_id, program_id) references program (tenant_id, id) on delete cascade,
  foreign key (tenant_id, created_by) references account (tenant_id, id)
);
select jenjang_tenant_table('program_curriculum', 'select, insert');

alter table program_batch
  add column curriculum_id bigint,
  add column reaction_survey_id bigint,
  add column reserved_seats jsonb not null default '{}' check (jsonb_typeof(reserved_seats) = 'object'),
  add constraint program_batch_curriculum_fkey
    foreign key (tenant_id, curriculum_id) references program_curriculum (tenant_id, id),
  add constraint program_batch_reaction_survey_fkey
    foreign key (tenant_id, reaction_survey_id) references survey (tenant_id, id);

create table program_batch_trainer (
  id bigint generated always as identity,
  tenant_id int not null references tenant (id),
  batch_id bigint not null,
  name text not null check (length(name) between 1 and 200),
  topic text check (length(topic) between 1 and 300),
  account_id bigint,
  partner_id bigint,
  created_at timestamptz not null default now(),
  primary key (id, tenant_id),
  unique (tenant_id, batch_id, account_id),
  foreign key (tenant_id, batch_id) references program_batch (tenant_id, id) on delete cascade,
  foreign key (tenant_id, account_id) references account (tenant_id, id),
  foreign key (tenant_id, partner_id) references partner (tenant_id, id)
);
create index program_batch_trainer_by_account on program_batch_trainer (tenant_id, account_id)
  where account_id is not null;
select jenjang_tenant_table('program_batch_trainer', 'select, insert, update, delete');

alter table program_application
  add column pre_test_score numeric(5, 2) check (pre_test_score between 0 and 100),
  add column post_test_score numeric(5, 2) check (post_test_score between 0 and 100),
  add column affirmative_group text check (length(affirmative_group) between 1 and 40);

create table program_appeal (
  id bigint generated always as identity,
  tenant_id int not null references tenant (id),
  application_id bigint not null,
  reason text not null check (length(reason) between 1 and 2000),
  filed_by bigint,
  filed_at timestamptz not null default now(),
  state text not null default 'pending' check (state in ('pending', 'upheld', 'rejected')),
  decision text check (length(decision) between 1 and 2000),
  decided_by bigint,
  decided_at timestamptz,
  primary key (id, tenant_id),
  unique (tenant_id, application_id),
  check ((state = 'pending') = (decided_at is null) and (state = 'pending') = (decision is null)),
  foreign key (tenant_id, application_id) references program_application (tenant_id, id),
  foreign key (tenant_id, filed_by) references account (tenant_id, id),
  foreign key (tenant_id, decided_by) references account (tenant_id, id)
);
create index program_appeal_pending on program_appeal (tenant_id, state, filed_at);
select jenjang_tenant_table('program_appeal', 'select, insert, update');
