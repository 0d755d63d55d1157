-- A case's timers are found by the prefix of their instance id ("<case id>|…"): a pattern index makes
-- that an index range read instead of a scan of every pending timer.
create index scheduled_tasks_instance_prefix_ix on scheduled_tasks (task_name, task_instance text_pattern_ops);
