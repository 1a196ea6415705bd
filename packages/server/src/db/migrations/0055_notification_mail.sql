-- E-mail for notifications, when the server has SMTP (issue 11: programs tell applicants and
-- participants by e-mail too). A notification of a kind that is also mailed (domain
-- notification.contract.ts MAILED_NOTIFICATION_KINDS) is written with mail_state 'pending'; the
-- minute's sweep (features/notifications/notification-mail.ts) sends it to the account's address
-- and marks it 'sent', or 'skipped' when there is no SMTP, no address, or it is older than a day
-- (a server given SMTP later does not mail the past). Null: never to be mailed.

alter table notification
  add column mail_state text check (mail_state in ('pending', 'sent', 'skipped'));
create index notification_mail_pending on notification (tenant_id, created_at) where mail_state = 'pending';

-- The sweep starts without a tenant: this says which governments have mail pending, and nothing
-- else (each is then visited under its own tenant, row-level security applying).
create policy notification_mail_sweep on notification for select to jenjang_auth using (true);
grant select on notification to jenjang_auth;

create function notification_mail_due_tenants()
  returns setof int
  language sql stable security definer set search_path = pg_catalog, public, pg_temp
  as $$
    select distinct n.tenant_id from notification n where n.mail_state = 'pending'
  $$;

grant create on schema public to jenjang_auth;
alter function notification_mail_due_tenants() owner to jenjang_auth;
revoke create on schema public from jenjang_auth;

set local role jenjang_auth;
revoke execute on function notification_mail_due_tenants() from public;
grant execute on function notification_mail_due_tenants() to jenjang_app;
reset role;
