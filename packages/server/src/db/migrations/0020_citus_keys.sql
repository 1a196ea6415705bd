-- Keys ready for distribution by tenant_id, and one helper for tenant tables (issue 8).
--
-- A province or the nation may outgrow one PostgreSQL; Citus then distributes the tenant tables by
-- tenant_id (docs/operations.md, "Scale path"). Citus requires every primary key and unique
-- constraint of a distributed table to include the distribution column, and every foreign key
-- between two of them to join on it. db/catalogue.test.ts states both; this migration makes the
-- existing tables pass.
--
-- 1. Primary keys and unique constraints get tenant_id as their LAST column: each lookup that used
--    the old key (by id, by token hash before the tenant is known, a wave's invitations) still
--    finds its leading columns, so no query plan and no definer function changes. unit and
--    survey_wave keep their (tenant_id, id) unique index too: the answer tables' foreign keys
--    already use it, and moving them would re-check every stored answer.
-- 2. Foreign keys between tenant tables become (tenant_id, x_id) → (tenant_id, id), with the same
--    ON DELETE as before. A row can no longer point at another government's row, which row-level
--    security alone did not forbid to the table owner.
-- 3. Two unique keys stay global on purpose: account_username (a sign-in name is unique across
--    governments: the login form does not ask for one) and survey.public_code (a public link names
--    no government). Both are looked up before any tenant is known; on Citus they move to a
--    directory table distributed by the name (docs/operations.md). The catalogue test lists them.
-- 4. jenjang_tenant_table(table, privileges): what every migration did by hand for a tenant table
--    (enable and force row-level security, the tenant_isolation policy, the app role's grants), in
--    one place. New tenant tables use it from now on.

create function jenjang_tenant_table(p_table regclass, p_privileges text default 'select, insert, update, delete')
  returns void
  language plpgsql volatile set search_path = pg_catalog, public, pg_temp
  as $$
  begin
    if not exists (select 1 from pg_attribute
                   where attrelid = p_table and attname = 'tenant_id' and not attisdropped) then
      raise exception '% has no tenant_id column', p_table;
    end if;
    if p_privileges !~ '^(select|insert|update|delete)(, (select|insert|update|delete))*$' then
      raise exception 'privileges for % must be a list of select, insert, update, delete: %', p_table, p_privileges;
    end if;
    execute format('alter table %s enable row level security', p_table);
    execute format('alter table %s force row level security', p_table);
    execute format('create policy tenant_isolation on %s using (tenant_id = current_tenant_id()) '
                   'with check (tenant_id = current_tenant_id())', p_table);
    execute format('grant %s on %s to jenjang_app', p_privileges, p_table);
  end $$;

-- Foreign keys between tenant tables that do not carry tenant_id: dropped first (they depend on the
-- primary keys below), re-created at the end.
alter table account drop constraint account_employee_id_fkey, drop constraint account_scope_unit_id_fkey;
alter table employee drop constraint employee_position_id_fkey, drop constraint employee_unit_id_fkey;
alter table import_issue drop constraint import_issue_job_id_fkey;
alter table instrument drop constraint instrument_created_by_fkey;
alter table instrument_version drop constraint instrument_version_created_by_fkey,
  drop constraint instrument_version_instrument_id_fkey;
alter table job drop constraint job_account_id_fkey;
alter table notification drop constraint notification_account_id_fkey;
alter table password_token drop constraint password_token_account_id_fkey;
alter table session drop constraint session_account_id_fkey;
alter table survey drop constraint survey_archived_by_fkey, drop constraint survey_created_by_fkey,
  drop constraint survey_instrument_id_fkey, drop constraint survey_service_unit_id_fkey;
alter table survey_invitation drop constraint survey_invitation_employee_id_fkey;
alter table survey_response drop constraint survey_response_employee_id_fkey;
alter table survey_text_hidden drop constraint survey_text_hidden_hidden_by_fkey,
  drop constraint survey_text_hidden_response_id_fkey;
alter table survey_wave drop constraint survey_wave_instrument_version_id_fkey,
  drop constraint survey_wave_survey_id_fkey;
alter table unit drop constraint unit_parent_id_fkey;

-- Primary keys: the old key, then tenant_id.
alter table account drop constraint account_pkey;
alter table account add constraint account_pkey primary key (id, tenant_id);
alter table audit_log drop constraint audit_log_pkey;
alter table audit_log add constraint audit_log_pkey primary key (id, tenant_id);
alter table employee drop constraint employee_pkey;
alter table employee add constraint employee_pkey primary key (id, tenant_id);
alter table instrument drop constraint instrument_pkey;
alter table instrument add constraint instrument_pkey primary key (id, tenant_id);
alter table instrument_version drop constraint instrument_version_pkey;
alter table instrument_version add constraint instrument_version_pkey primary key (id, tenant_id);
alter table job drop constraint job_pkey;
alter table job add constraint job_pkey primary key (id, tenant_id);
alter table notification drop constraint notification_pkey;
alter table notification add constraint notification_pkey primary key (id, tenant_id);
alter table password_token drop constraint password_token_pkey;
alter table password_token add constraint password_token_pkey primary key (token_hash, tenant_id);
alter table position drop constraint position_pkey;
alter table position add constraint position_pkey primary key (id, tenant_id);
alter table session drop constraint session_pkey;
alter table session add constraint session_pkey primary key (id_hash, tenant_id);
alter table survey drop constraint survey_pkey;
alter table survey add constraint survey_pkey primary key (id, tenant_id);
alter table survey_ballot drop constraint survey_ballot_pkey;
alter table survey_ballot add constraint survey_ballot_pkey primary key (token_hash, tenant_id);
alter table survey_invitation drop constraint survey_invitation_pkey;
alter table survey_invitation add constraint survey_invitation_pkey primary key (wave_id, employee_id, tenant_id);
alter table survey_public_device drop constraint survey_public_device_pkey;
alter table survey_public_device add constraint survey_public_device_pkey primary key (wave_id, device_hash, tenant_id);
alter table survey_response drop constraint survey_response_pkey;
alter table survey_response add constraint survey_response_pkey primary key (id, tenant_id);
alter table survey_response_inbox drop constraint survey_response_inbox_pkey;
alter table survey_response_inbox add constraint survey_response_inbox_pkey primary key (id, tenant_id);
alter table survey_text_hidden drop constraint survey_text_hidden_pkey;
alter table survey_text_hidden add constraint survey_text_hidden_pkey primary key (response_id, question_key, tenant_id);
alter table survey_wave drop constraint survey_wave_pkey;
alter table survey_wave add constraint survey_wave_pkey primary key (id, tenant_id);
alter table unit drop constraint unit_pkey;
alter table unit add constraint unit_pkey primary key (id, tenant_id);

-- Unique keys within a government.
alter table instrument_version drop constraint instrument_version_instrument_id_version_key;
alter table instrument_version add constraint instrument_version_instrument_id_version_key
  unique (instrument_id, version, tenant_id);
alter table survey_wave drop constraint survey_wave_survey_id_number_key;
alter table survey_wave add constraint survey_wave_survey_id_number_key unique (survey_id, number, tenant_id);
drop index survey_response_identified;
create unique index survey_response_identified on survey_response (wave_id, employee_id, tenant_id)
  where employee_id is not null;

-- The foreign keys again, each within one government.
alter table account
  add constraint account_employee_id_fkey foreign key (tenant_id, employee_id) references employee (tenant_id, id),
  add constraint account_scope_unit_id_fkey foreign key (tenant_id, scope_unit_id) references unit (tenant_id, id);
alter table employee
  add constraint employee_position_id_fkey foreign key (tenant_id, position_id) references position (tenant_id, id),
  add constraint employee_unit_id_fkey foreign key (tenant_id, unit_id) references unit (tenant_id, id);
alter table import_issue add constraint import_issue_job_id_fkey
  foreign key (tenant_id, job_id) references job (tenant_id, id) on delete cascade;
alter table instrument add constraint instrument_created_by_fkey
  foreign key (tenant_id, created_by) references account (tenant_id, id);
alter table instrument_version
  add constraint instrument_version_created_by_fkey foreign key (tenant_id, created_by) references account (tenant_id, id),
  add constraint instrument_version_instrument_id_fkey
    foreign key (tenant_id, instrument_id) references instrument (tenant_id, id);
alter table job add constraint job_account_id_fkey foreign key (tenant_id, account_id) references account (tenant_id, id);
alter table notification add constraint notification_account_id_fkey
  foreign key (tenant_id, account_id) references account (tenant_id, id) on delete cascade;
alter table password_token add constraint password_token_account_id_fkey
  foreign key (tenant_id, account_id) references account (tenant_id, id) on delete cascade;
alter table session add constraint session_account_id_fkey
  foreign key (tenant_id, account_id) references account (tenant_id, id) on delete cascade;
alter table survey
  add constraint survey_archived_by_fkey foreign key (tenant_id, archived_by) references account (tenant_id, id),
  add constraint survey_created_by_fkey foreign key (tenant_id, created_by) references account (tenant_id, id),
  add constraint survey_instrument_id_fkey foreign key (tenant_id, instrument_id) references instrument (tenant_id, id),
  add constraint survey_service_unit_id_fkey foreign key (tenant_id, service_unit_id) references unit (tenant_id, id);
alter table survey_invitation add constraint survey_invitation_employee_id_fkey
  foreign key (tenant_id, employee_id) references employee (tenant_id, id);
alter table survey_response add constraint survey_response_employee_id_fkey
  foreign key (tenant_id, employee_id) references employee (tenant_id, id);
alter table survey_text_hidden
  add constraint survey_text_hidden_hidden_by_fkey foreign key (tenant_id, hidden_by) references account (tenant_id, id),
  add constraint survey_text_hidden_response_id_fkey
    foreign key (tenant_id, response_id) references survey_response (tenant_id, id);
alter table survey_wave
  add constraint survey_wave_instrument_version_id_fkey
    foreign key (tenant_id, instrument_version_id) references instrument_version (tenant_id, id),
  add constraint survey_wave_survey_id_fkey foreign key (tenant_id, survey_id) references survey (tenant_id, id);
alter table unit add constraint unit_parent_id_fkey foreign key (tenant_id, parent_id) references unit (tenant_id, id);
