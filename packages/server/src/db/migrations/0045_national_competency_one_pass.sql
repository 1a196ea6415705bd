-- National competency figures in one pass per government (issue 10; docs/performance.md,
-- "Competency gaps"). 0044's two functions joined each government's requirements twice, once for
-- the counts per competency and once for JPM; this one joins them once and aggregates both, in
-- rows of two grains: per national competency (code set, JPM columns null) and per government
-- (code null: its employees by JPM against its own cut-offs).

drop function national_competency_gaps();
drop function national_competency_jpm();

create function national_competency_figures()
  returns table (tenant_id int, code text, required int, assessed int, below int, shortfall int,
                 employees int, meets int, still_meets int, lacking int)
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
        with req as materialized (
          select e.id as employee_id, c.reference_code as code, pc.required_level, cur.level
          from employee e
          join position_competency pc on pc.tenant_id = e.tenant_id and pc.position_id = e.position_id
          join competency c on c.tenant_id = pc.tenant_id and c.id = pc.competency_id
          left join competency_current cur on cur.tenant_id = e.tenant_id and cur.employee_id = e.id
            and cur.competency_id = pc.competency_id
          where e.tenant_id = v_tenant.id and e.status = 'aktif'),
        person as (
          select bool_and(level is not null) as complete, sum(level)::numeric * 100 / sum(required_level) as jpm
          from req group by employee_id)
        select v_tenant.id, r.code, count(*)::int, count(r.level)::int,
          (count(*) filter (where r.level < r.required_level))::int,
          coalesce(sum(r.required_level - r.level) filter (where r.level < r.required_level), 0)::int,
          null::int, null::int, null::int, null::int
        from req r where r.code is not null group by r.code
        union all
        select v_tenant.id, null, null, null, null, null, count(*)::int,
          (count(*) filter (where complete and jpm >= v_tenant.jpm_meets))::int,
          (count(*) filter (where complete and jpm >= v_tenant.jpm_still_meets and jpm < v_tenant.jpm_meets))::int,
          (count(*) filter (where complete and jpm < v_tenant.jpm_still_meets))::int
        from person;
    end loop;
    perform set_config('jenjang.tenant_id', coalesce(v_caller, ''), true);
  end $$;

revoke all on function national_competency_figures() from public;
grant execute on function national_competency_figures() to jenjang_app;
