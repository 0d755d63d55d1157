-- A change of a calendar or of its versions is announced to every node (shared_announce_change).
create trigger calendars_calendar_changed after insert or update or delete or truncate on calendars_calendar
    for each statement execute function shared_announce_change('CALENDARS');
create trigger calendars_version_changed after insert or update or delete or truncate on calendars_version
    for each statement execute function shared_announce_change('CALENDARS');
