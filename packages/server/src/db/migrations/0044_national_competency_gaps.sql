-- Competency gaps across governments for national viewers (issue 10), in the manner of 0014: SECURITY
-- DEFINER functions owned by the table owner visit each government in turn with its tenant set (so
-- FORCE row-level security still decides what each query sees) and return counts, never a person.
-- The service applies the k rule before anything leaves the server.
--
-- national_competency_gaps(): per government and national competency (PermenPANRB 38/2017, by its
--   dictionary code, the same in every government), over active employees whose position has a
--   standard: requirements, how many are assessed, below the required level, and by how many levels.
-- national_competency_jpm(): per government, those employees by Job-Person Match against each
--   government's own cut-offs (tenant.jpm_meets, jpm_still_meets); an employee with a required
--   competency unassessed has no JPM and counts in `employees` only.

create function national_competency_gaps()
  returns table (tenant_id int, code text, required int, assessed int, below int, shortfall int)
  language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp
  as $$
  #variable_conflict use_column
  declare
    v_caller text := current_setting('jenjang.tenant_id', true);
    v_tenant int;
  begin
    for v_tenant in select id from tenant where kind <> 'nasional' order by id loop
      perform set_config('jenjang.tenant_id', v_tenant::text, true);
      return query
        select v_tenant, c.reference_code,
          count(*)::int, count(cur.level)::int,
          (count(*) filter (where cur.level < pc.required_level))::int,
          coalesce(sum(pc.required_level - cur.level) filter (where cur.level < pc.required_level), 0)::int
        from employee e
        join position_competency pc on pc.tenant_id = e.tenant_id and pc.position_id = e.position_id
        join competency c on c.tenant_id = pc.tenant_id and c.id = pc.competency_id
        left join competency_current cur on cur.tenant_id = e.tenant_id and cur.employee_id = e.id
          and cur.competency_id = pc.competency_id
        where e.tenant_id = v_tenant and e.status = 'aktif' and c.reference_code is not null
        group by c.reference_code;
    end loop;
    perform set_config('jenjang.tenant_id', coalesce(v_caller, ''), true);
  end $$;

create function national_competency_jpm()
  returns table (tenant_id int, employees int, meets int, still_meets int, lacking int)
  language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp
  as $$
  #variable_conflict use_column
  declare
    v_caller text := current_setting('jenjang.tenant_id', true);
    v_tenant record;
  begin
    for v_tenant in select id, jpm_meets, jpm_still_meets from tenant where kind <> 'nasional' order by id loop
      perform set_config('jenjang.tenant_id', v_tenant.id::text, true);
      return query
        with person as (
          select e.id, bool_and(cur.level is not null) as complete,
            sum(cur.level)::numeric * 100 / sum(pc.required_level) as jpm
          from employee e
          join position_competency pc on pc.tenant_id = e.tenant_id and pc.position_id = e.position_id
          left join competency_current cur on cur.tenant_id = e.tenant_id and cur.employee_id = e.id
            and cur.competency_id = pc.competency_id
          where e.tenant_id = v_tenant.id and e.status = 'aktif'
          group by e.id)
        select v_tenant.id, count(*)::int,
          (count(*) filter (where complete and jpm >= v_tenant.jpm_meets))::int,
          (count(*) filter (where complete and jpm >= v_tenant.jpm_still_meets and jpm < v_tenant.jpm_meets))::int,
          (count(*) filter (where complete and jpm < v_tenant.jpm_still_meets))::int
        from person;
    end loop;
    perform set_config('jenjang.tenant_id', coalesce(v_caller, ''), true);
  end $$;

revoke all on function national_competency_gaps(), national_competency_jpm() from public;
grant execute on function national_competency_gaps(), national_competency_jpm() to jenjang_app;
