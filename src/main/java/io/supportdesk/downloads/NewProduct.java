package io.supportdesk.downloads;

/**
 * A product to offer.
 *
 * @param name the product as subscriptions name it (for example {@code Constructor Proctor}): who holds a
 *             subscription in force for it may download its files
 */
public record NewProduct(String name, String description) {
}
