-- db-scheduler's table (persistent, cluster-safe timers: warnings at 75 % and 90 % of a target,
-- breach at its due instant), and the notices fired, each at most once.
create table scheduled_tasks (
    task_name             text not null,
    task_instance         text not null,
    task_data             bytea,
    execution_time        timestamp with time zone not null,
    picked                boolean not null,
    picked_by             text,
    last_success          timestamp with time zone,
    last_failure          timestamp with time zone,
    consecutive_failures  int,
    last_heartbeat        timestamp with time zone,
    version               bigint not null,
    priority              smallint,
    primary key (task_name, task_instance)
);
create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);

create table sla_notice (
    case_id       uuid not null references cases_case (id),
    metric        varchar(20) not null,
    target_index  integer not null,
    kind          varchar(12) not null,
    due_at        timestamptz not null,
    fired_at      timestamptz not null,
    primary key (case_id, metric, target_index, kind, due_at)
);
