/**
 * The web shell: the security filter chains (form sign-in for {@code /portal} and {@code /console},
 * HTTP Basic and API tokens for {@code /api}), tenant isolation for every path variable, languages,
 * RFC 9457 problem details for the API, error pages, layouts, navigation and the two home pages.
 * Modules put their own pages in {@code <module>.web}; this module only frames them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell", allowedDependencies = { "accounts", "shared" })
package io.supportdesk.web;
