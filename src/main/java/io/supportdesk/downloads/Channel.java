package io.supportdesk.downloads;

/**
 * How a version is released: {@link #GA} to every organisation with a subscription in force for the
 * product; {@link #EARLY_ADOPTER} builds only where that subscription's plan includes early adopter
 * products (for everyone else they do not exist).
 */
public enum Channel {
	GA, EARLY_ADOPTER
}
