/**
 * Calendars: the business-time engine and the stored, effective-dated calendars it runs on.
 *
 * <p>The engine is plain Java ({@link io.supportdesk.calendars.BusinessCalendar},
 * {@link io.supportdesk.calendars.CalendarDefinition}, {@link io.supportdesk.calendars.Explanation},
 * {@link io.supportdesk.calendars.HolidayImport}): it answers "start plus N business time", "N business
 * days later" and "business time between A and B", exactly and in time independent of the target's
 * length. {@link io.supportdesk.calendars.CalendarManagement} stores named calendars as versions, each
 * effective from an instant, and hands out the versioned engine calendar for an id.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendars", allowedDependencies = { "accounts", "shared" })
package io.supportdesk.calendars;
