-- The cross-tenant lookup functions were executable by PUBLIC: migrations 0001, 0002 and 0005
-- handed them to jenjang_auth first and revoked afterwards, and a REVOKE by a role that no longer
-- owns the function only warns. Any database role could then call auth_find_login() and read
-- every government's password hashes. Two fixes, at the root:
-- 1. Functions the migrating role creates from now on are not executable by PUBLIC to begin with
--    (an ALTER OWNER keeps that ACL), so no later migration depends on the order of its REVOKE.
-- 2. The existing functions lose PUBLIC's right, and the app role gets its own, both from their
--    owner (the GRANTs of those migrations had only warned too: the app role ran on PUBLIC's right).
-- A catalogue test (db/catalogue.test.ts) keeps it so: no SECURITY DEFINER function is executable
-- by PUBLIC, and each sets its own search_path.

alter default privileges revoke execute on functions from public;

set local role jenjang_auth;
revoke execute on function auth_find_login(text), auth_find_session(bytea), auth_find_password_token(bytea),
  employee_ids_by_name(text), public_find_survey(text), ballot_find_tenant(bytea) from public;
grant execute on function auth_find_login(text), auth_find_session(bytea), auth_find_password_token(bytea),
  employee_ids_by_name(text), public_find_survey(text), ballot_find_tenant(bytea) to jenjang_app;
reset role;

revoke execute on function refresh_registry_statistics(), survey_submit_public(int, bigint, bigint, bytea, date, jsonb)
  from public;
