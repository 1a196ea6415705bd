-- Publication of a policy (issue 9): each employee states once that they have read an adopted
-- version. The row keeps the employee's unit at that moment (an OPD's figures count employees where
-- they work now; this says where the statement was made). Rows are only ever added: a statement is
-- not withdrawn, and acknowledging again changes nothing.

create table policy_acknowledgement (
  tenant_id int not null references tenant (id),
  version_id bigint not null,
  employee_id bigint not null,
  unit_id bigint,
  acknowledged_at timestamptz not null,
  primary key (version_id, employee_id, tenant_id),
  foreign key (version_id, tenant_id) references policy_version (id, tenant_id),
  foreign key (employee_id, tenant_id) references employee (id, tenant_id),
  foreign key (tenant_id, unit_id) references unit (tenant_id, id)
);
select jenjang_tenant_table('policy_acknowledgement', 'select, insert');
