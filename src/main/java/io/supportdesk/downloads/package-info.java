/**
 * Downloads: products, their versions (release date, Markdown release notes, support status, channel
 * {@link io.supportdesk.downloads.Channel#GA} or {@link io.supportdesk.downloads.Channel#EARLY_ADOPTER})
 * and the files of each version per platform, with size and SHA-256 computed while the upload streams
 * into the file store. An organisation sees a product only while it holds a subscription in force for
 * that product, early-adopter builds only where that subscription's plan includes early adopter
 * products; for everyone else the product, its versions and files do not exist (404 on every path).
 * Downloads stream with {@code ETag}, {@code Content-Length} and byte ranges, and each one is audited.
 * The API is {@link io.supportdesk.downloads.ProductCatalogue} and {@link io.supportdesk.downloads.ProductFiles};
 * a release publishes {@link io.supportdesk.downloads.VersionReleased}, which tells the product's
 * watchers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Downloads", allowedDependencies = { "accounts", "plans", "cases", "shared" })
package io.supportdesk.downloads;
