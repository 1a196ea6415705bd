-- Public transparency (issue 9): a government publishes an adopted policy for its citizens, who read
-- it without an account at /kebijakan/<the government's slug>. `public_since` is when it was
-- published; null while it is not. What is public is only ever adopted text: the service refuses to
-- publish a policy without an adopted version and the public routes read adopted versions only.

alter table policy add column public_since timestamptz;
create index policy_public on policy (tenant_id) where public_since is not null;

-- A citizen's page starts from the government's slug, before the tenant is known: this returns the
-- government's id and nothing else, like public_find_survey does for a survey's code. The tenant
-- row itself (name, time zone) is then read under row-level security, in the tenant's transaction.
create function public_find_tenant(p_slug text)
  returns int
  language sql stable security definer set search_path = pg_catalog, public, pg_temp
  as $$ select t.id from tenant t where t.slug = p_slug and t.kind <> 'nasional' $$;

-- Changing a function's owner needs the new owner to have CREATE on the schema, briefly.
grant create on schema public to jenjang_auth;
alter function public_find_tenant(text) owner to jenjang_auth;
revoke create on schema public from jenjang_auth;
set local role jenjang_auth;
revoke execute on function public_find_tenant(text) from public;
grant execute on function public_find_tenant(text) to jenjang_app;
reset role;
