-- Scholarships for degree study, tugas belajar (issue 12; domain programs/scholarship.rules.ts).
--
-- A call is a program on the path PEND (pendidikan: Perlan LAN 10/2018 gives formal study no KL/NKL
-- code): its applications, eligibility, published score, selection, appeals, waiting list and equity
-- report are the programs' own; its one batch is the intake (capacity: the quota; its days: the
-- study's expected first and last); applications close on applications_close_on, the deadline. Degree
-- study earns no JP (jp 0) and has no attendance, completion or certificate.
-- scholarship_call: what the call adds to its program: the degree, the fields of study, the
--   institution (a partner when it is one), the expected months of study, the requirements, the
--   documents every applicant uploads before applying, the service-bond rule (bond_factor months owed
--   per month studied, plus bond_extra_months: configuration, DOMAIN.md has no verified rule) and the
--   months of a reporting term.
-- scholarship_document: one file per applicant and kind, kept in the database as the policies'
--   evidence is (PDF, PNG or JPEG, recognised by its bytes; served as a download only); a new upload
--   of a kind replaces the old one until the applicant has applied.
-- scholarship_award: a selected applicant the agency awarded: the field and institution, the study's
--   days, the status (studying, on leave, graduated, failed, resigned, bond broken), graduation, the
--   return to work (day, unit, position) and the bond it starts (months and last day).
-- scholarship_status_change: every change of an award's status, with its day and reason.
-- scholarship_report: the awardee's report of each term (GPA, credits, a summary, optionally the
--   transcript), reviewed by the agency.

alter table program
  drop constraint program_path_code_check,
  add constraint program_path_code_check
    check (path_code ~ '^(PEND|KL(0[1-9]|1[0-2])|NKL(0[1-9]|1[0-3]))$'),
  drop constraint program_jp_check,
  add constraint program_jp_check check (jp <= 2000 and (jp > 0 or (path_code = 'PEND' and jp = 0)));

create table scholarship_call (
  tenant_id int not null references tenant (id),
  program_id bigint not null,
  degree text not null check (degree in ('D3', 'D4', 'S1', 'S2', 'S3', 'profesi', 'spesialis')),
  fields text[] not null check (cardinality(fields) between 1 and 20),
  institution text not null check (length(institution) between 1 and 200),
  partner_id bigint,
  study_months smallint not null check (study_months between 6 and 120),
  requirements text check (length(requirements) <= 5000),
  documents text[] not null check (cardinality(documents) <= 8),
  bond_factor numeric(4, 2) not null default 2 check (bond_factor between 0 and 5),
  bond_extra_months smallint not null default 0 check (bond_extra_months between 0 and 120),
  report_months smallint not null default 6 check (report_months between 1 and 12),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, program_id),
  foreign key (tenant_id, program_id) references program (tenant_id, id) on delete cascade,
  foreign key (tenant_id, partner_id) references partner (tenant_id, id)
);
select jenjang_tenant_table('scholarship_call', 'select, insert, update');

create table scholarship_document (
  id bigint generated always as identity,
  tenant_id int not null references tenant (id),
  program_id bigint not null,
  employee_id bigint not null,
  kind text not null check (kind in ('ijazah', 'transkrip', 'rekomendasiAtasan', 'suratPernyataan',
    'suratKesehatan', 'loa', 'proposalStudi', 'sertifikatBahasa')),
  file_name text not null check (length(file_name) between 1 and 200),
  file_type text not null check (file_type in ('pdf', 'png', 'jpeg')),
  content bytea not null,
  sha256 bytea not null,
  uploaded_by bigint,
  uploaded_at timestamptz not null default now(),
  primary key (id, tenant_id),
  unique (tenant_id, program_id, employee_id, kind),
  foreign key (tenant_id, program_id) references scholarship_call (tenant_id, program_id) on delete cascade,
  foreign key (tenant_id, employee_id) references employee (tenant_id, id),
  foreign key (tenant_id, uploaded_by) references account (tenant_id, id)
);
select jenjang_tenant_table('scholarship_document', 'select, insert, update, delete');

create table scholarship_award (
  id bigint generated always as identity,
  tenant_id int not null references tenant (id),
  program_id bigint not null,
  application_id bigint not null,
  employee_id bigint not null,
  field_of_study text not null check (length(field_of_study) between 1 and 200),
  institution text not null check (length(institution) between 1 and 200),
  starts_on date not null,
  expected_end_on date not null,
  status text not null default 'studying'
    check (status in ('studying', 'onLeave', 'graduated', 'failed', 'resigned', 'bondBroken')),
  graduated_on date,
  returned_on date,
  placement_unit_id bigint,
  placement_position text check (length(placement_position) between 1 and 200),
  bond_months smallint check (bond_months between 0 and 600),
  bond_ends_on date,
  created_by bigint,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (id, tenant_id),
  unique (tenant_id, application_id),
  check (starts_on < expected_end_on),
  check ((graduated_on is null) = (status not in ('graduated', 'bondBroken'))),
  check (returned_on is null or (graduated_on is not null and returned_on >= graduated_on)),
  check ((returned_on is null) = (bond_ends_on is null) and (returned_on is null) = (bond_months is null)),
  foreign key (tenant_id, program_id) references scholarship_call (tenant_id, program_id),
  foreign key (tenant_id, application_id) references program_application (tenant_id, id),
  foreign key (tenant_id, employee_id) references employee (tenant_id, id),
  foreign key (tenant_id, placement_unit_id) references unit (tenant_id, id),
  foreign key (tenant_id, created_by) references account (tenant_id, id)
);
create index scholarship_award_by_employee on scholarship_award (tenant_id, employee_id);
select jenjang_tenant_table('scholarship_award', 'select, insert, update');

create table scholarship_status_change (
  id bigint generated always as identity,
  tenant_id int not null references tenant (id),
  award_id bigint not null,
  from_status text,
  to_status text not null,
  changed_on date not null,
  reason text check (length(reason) between 1 and 1000),
  changed_by bigint,
  changed_at timestamptz not null default now(),
  primary key (id, tenant_id),
  foreign key (tenant_id, award_id) references scholarship_award (tenant_id, id),
  foreign key (tenant_id, changed_by) references account (tenant_id, id)
);
create index scholarship_status_change_by_award on scholarship_status_change (tenant_id, award_id, id);
select jenjang_tenant_table('scholarship_status_change', 'select, insert');

create table scholarship_report (
  id bigint generated always as identity,
  tenant_id int not null references tenant (id),
  award_id bigint not null,
  term smallint not null check (term between 1 and 1200),
  gpa numeric(3, 2) check (gpa between 0 and 4),
  credits smallint check (credits between 0 and 200),
  summary text not null check (length(summary) between 1 and 3000),
  file_name text check (length(file_name) between 1 and 200),
  file_type text check (file_type in ('pdf', 'png', 'jpeg')),
  content bytea,
  submitted_by bigint,
  submitted_at timestamptz not null default now(),
  review text check (review in ('accepted', 'revise')),
  review_note text check (length(review_note) between 1 and 1000),
  reviewed_by bigint,
  reviewed_at timestamptz,
  primary key (id, tenant_id),
  unique (tenant_id, award_id, term),
  check ((file_name is null) = (content is null) and (file_name is null) = (file_type is null)),
  check ((review is null) = (reviewed_at is null)),
  foreign key (tenant_id, award_id) references scholarship_award (tenant_id, id),
  foreign key (tenant_id, submitted_by) references account (tenant_id, id),
  foreign key (tenant_id, reviewed_by) references account (tenant_id, id)
);
select jenjang_tenant_table('scholarship_report', 'select, insert, update');
