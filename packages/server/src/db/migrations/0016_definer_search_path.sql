-- SECURITY DEFINER functions were declared with `search_path = public`. PostgreSQL then searches
-- the caller's temporary schema FIRST for tables and views, and the app role may create temporary
-- tables (imports stage rows in them). A caller could put a temporary view named like a table
-- (survey_response_inbox, tenant …) in front of the real one and run its own code with the
-- function's rights: read waiting anonymous answers with their xmin, or act as the schema owner.
-- pg_temp last closes that: a name resolves to the real table first, and functions and operators
-- are never looked up in pg_temp at all. Each function is altered by its own owner (see 0006).
-- db/catalogue.test.ts requires exactly this search_path of every definer function from now on.

do $$
declare f record;
begin
  for f in
    select p.oid::regprocedure as signature, pg_get_userbyid(p.proowner) as owner
    from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where n.nspname = 'public' and p.prosecdef
  loop
    execute format('set local role %I', f.owner);
    execute format('alter function %s set search_path = pg_catalog, public, pg_temp', f.signature);
    reset role;
  end loop;
end $$;

-- Nobody but the owner creates objects in the schema (PostgreSQL 15 already revokes it by default).
revoke create on schema public from public;
