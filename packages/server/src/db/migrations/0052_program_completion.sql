-- Attendance, completion, JP credit and certificates of development programs (issue 11).
--
-- program: its completion rule, published with its terms: the share of session days a participant
--   must attend (percent) and, when the program tests, the final score to pass (0–100).
-- program_attendance: one row per participant and session day attended (a batch's session days are
--   its days from starts_on to ends_on): checked in by the participant with the day's QR code, or
--   entered by the batch's trainer or the agency.
-- program_application: the final score, and the completion decided when the batch is closed:
--   completed (JP credited: development_record_id names the history row, kind and source
--   'program', program_ref 'program:<id>') or failed, with the rule not met.
-- program_certificate: one per completed participant: its number, issue day and a random
--   verification code (in the QR on the PDF); the public verification page finds it by the
--   government's slug and the code. A revoked certificate says so there, with the day.
-- tenant: the letterhead a certificate carries (the issuing agency, its address) and who signs.

alter table program
  add column min_attendance_percent smallint not null default 80
    check (min_attendance_percent between 0 and 100),
  add column passing_score numeric(5, 2) check (passing_score between 0 and 100);

create table program_attendance (
  tenant_id int not null references tenant (id),
  application_id bigint not null,
  day date not null,
  method text not null check (method in ('qr', 'manual')),
  recorded_by bigint,
  recorded_at timestamptz not null default now(),
  primary key (tenant_id, application_id, day),
  foreign key (tenant_id, application_id) references program_application (tenant_id, id),
  foreign key (tenant_id, recorded_by) references account (tenant_id, id)
);
select jenjang_tenant_table('program_attendance', 'select, insert, delete');

alter table program_application
  add column final_score numeric(5, 2) check (final_score between 0 and 100),
  add column completion text check (completion in ('completed', 'failed')),
  add column completion_failure text check (completion_failure in ('attendance', 'score', 'both')),
  add column completed_at timestamptz,
  add column development_record_id bigint,
  add constraint program_application_record
    foreign key (tenant_id, development_record_id) references development_record (tenant_id, id),
  add constraint program_application_completion
    check ((completion = 'failed') = (completion_failure is not null)
      and (completion is null or state = 'selected'));

alter table program_batch
  add column closed_at timestamptz;

create table program_certificate (
  id bigint generated always as identity,
  tenant_id int not null references tenant (id),
  application_id bigint not null,
  number text not null check (length(number) between 1 and 100),
  verification_code text not null check (verification_code ~ '^[A-Za-z0-9_-]{16,64}$'),
  issued_on date not null,
  issued_by bigint,
  revoked_at timestamptz,
  revoked_reason text check (length(revoked_reason) between 1 and 1000),
  revoked_by bigint,
  primary key (id, tenant_id),
  unique (tenant_id, application_id),
  unique (tenant_id, number),
  unique (tenant_id, verification_code),
  check ((revoked_at is null) = (revoked_reason is null)),
  foreign key (tenant_id, application_id) references program_application (tenant_id, id),
  foreign key (tenant_id, issued_by) references account (tenant_id, id),
  foreign key (tenant_id, revoked_by) references account (tenant_id, id)
);
select jenjang_tenant_table('program_certificate', 'select, insert, update');

alter table tenant
  add column letterhead_agency text check (length(letterhead_agency) between 1 and 200),
  add column letterhead_address text check (length(letterhead_address) between 1 and 300),
  add column certificate_signer_name text check (length(certificate_signer_name) between 1 and 200),
  add column certificate_signer_title text check (length(certificate_signer_title) between 1 and 200),
  add column certificate_signer_nip text check (certificate_signer_nip ~ '^[0-9]{18}$');

-- An applicant no longer eligible when the selection runs (left the service, moved out of the
-- program's units) takes no seat: their outcome says so.
alter table program_application
  drop constraint program_application_outcome_check,
  add constraint program_application_outcome_check
    check (outcome in ('selected', 'belowCutoff', 'tie', 'groupFull', 'batchesFull', 'ineligible'));
