-- Sign-in throttling and set-password links (issue 7, items 3, 4 and 6).
--
-- login_failure counted failures per raw login text: the same NIP typed with other spaces was a
-- new counter, and five failures locked the account for everyone. Failures are now counted per
-- subject (the account the login resolved to, or the normalised login when none did), per
-- client address and per known device (docs/operations.md, "Sign-in throttling"). Only hashes are
-- kept: the table spans governments and has no row-level security, so it must hold nothing a
-- reader could use (no login text, no address, no account id). Old rows are throttle state of a
-- few minutes; they are dropped rather than converted.
truncate login_failure;
drop index login_failure_hash;
alter table login_failure rename column login_hash to subject;
alter table login_failure
  add column address_hash bytea not null,
  -- Set when the attempt came from a device that signed into this subject before (its own
  -- counter: strangers' failures never slow the owner's usual device).
  add column device_hash bytea;
create index login_failure_subject on login_failure (subject, at);
create index login_failure_address on login_failure (address_hash, at);
create index login_failure_at on login_failure (at);

-- Devices that signed into a subject before (OWASP "device cookies"). expires_at is rounded to the
-- day so the table does not record when anyone signed in.
create table login_device (
  device_hash bytea not null,
  subject bytea not null,
  expires_at timestamptz not null,
  primary key (device_hash, subject)
);
create index login_device_expires on login_device (expires_at);
grant select, insert, update, delete on login_device to jenjang_app;

-- One live set-password link per account: issuing a link deletes the older ones, and using one,
-- changing the password or setting it deletes them all. The unique index keeps it so under
-- concurrency too. Used and expired links are deleted here (FORCE RLS hides the rows from the
-- owner, so it is lifted for this statement only, inside this migration's transaction).
alter table password_token no force row level security;
delete from password_token t
where t.used_at is not null
   or t.expires_at <= now()
   or exists (
     select 1 from password_token newer
     where newer.tenant_id = t.tenant_id and newer.account_id = t.account_id
       and newer.used_at is null and newer.expires_at > now()
       and (newer.created_at, newer.token_hash) > (t.created_at, t.token_hash));
alter table password_token force row level security;
create unique index password_token_one_per_account on password_token (tenant_id, account_id);
