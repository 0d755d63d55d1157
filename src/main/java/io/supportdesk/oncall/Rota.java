package io.supportdesk.oncall;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.supportdesk.accounts.UserId;

/**
 * A rota as staff read it.
 *
 * @param onCallNow who is on call at the moment it was read, null for nobody
 */
public record Rota(UUID id, String name, String zone, int level, List<LayerView> layers, List<OverrideView> overrides,
		UserId onCallNow) {

	/** A layer: {@code shift} is DAILY, WEEKLY or HOURS (with {@code hours}). */
	public record LayerView(int position, String handoff, String shift, int hours, List<UserId> members,
			String restrictFrom, String restrictTo, List<String> restrictDays) {
	}

	/** An override still running or to come. */
	public record OverrideView(UUID id, UserId user, Instant from, Instant to) {
	}
}
