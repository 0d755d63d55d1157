/**
 * Plans: the support programmes as first-class objects. The catalogue (effective-dated plan versions
 * with entitlements and response targets per severity), subscriptions of organisations with
 * upgrades and renewals, the one entitlement check every feature asks
 * ({@link io.supportdesk.plans.EntitlementCheck}), dedicated TAMs, paid add-ons and non-production
 * trial licences.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plans", allowedDependencies = { "accounts", "calendars", "shared" })
package io.supportdesk.plans;
