-- Scoped administration, accounts and the audit log (issue 7).
--
-- audit_log.unit_path: the unit path of what an entry is about, as it was when the entry was
--   written (an account's scope unit, else its employee's unit; an employee's unit; a unit itself).
--   A reader scoped to an OPD sees the entries whose path passes through its unit: the history of
--   what it administers, including what others did to it. Entries about the whole government (and
--   those written before this migration) have none and are for the whole government's readers.
-- audit_log.subject: the name of what was touched, as it was then ("Budi Santoso (budi.s)"), so a
--   renamed or removed thing still reads sensibly.
-- Both are covered by the entry's hash when present; absent, the hash is what it always was, so
-- chains written before this migration still verify.
alter table audit_log add column unit_path bigint[], add column subject text;
create index audit_log_unit_path on audit_log using gin (unit_path);
create index audit_log_actor on audit_log (tenant_id, actor_account_id, seq);
create index audit_log_entity on audit_log (tenant_id, entity, entity_id, seq);
create index audit_log_at on audit_log (tenant_id, at);

-- One account per employee in a government: a second account linked to the same person could
-- sign in with their NIP and answer their surveys. Existing duplicates stop the migration with
-- their names rather than being unlinked silently (which would change who may act as whom).
-- The owner sees tenant rows only with a tenant set (FORCE row-level security), hence the loop.
do $$
declare
  t record;
  duplicates text;
begin
  for t in select id, name from tenant loop
    perform set_config('jenjang.tenant_id', t.id::text, true);
    select string_agg(format('NIP %s: %s', e.nip, linked.usernames), '; ')
      into duplicates
      from employee e
      join (select employee_id, string_agg(username, ', ' order by id) as usernames
              from account where employee_id is not null
              group by employee_id having count(*) > 1) linked on linked.employee_id = e.id;
    if duplicates is not null then
      raise exception 'Jenjang cannot upgrade: in % these employees are linked to more than one account: %. Keep one account per employee (unlink the others: update account set employee_id = null where username = ''...''), then start again.',
        t.name, duplicates;
    end if;
  end loop;
  perform set_config('jenjang.tenant_id', '', true);
end $$;

create unique index account_employee_unique on account (tenant_id, employee_id) where employee_id is not null;
