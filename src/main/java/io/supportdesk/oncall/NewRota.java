package io.supportdesk.oncall;

import java.util.List;

/**
 * A rota to create.
 *
 * @param name unique, e.g. "Primary"
 * @param zone the IANA zone its hand-offs and restrictions are in, e.g. {@code Europe/Berlin}
 * @param level 1 (primary: paged first after the TAM) or 2 (secondary: paged when the primary does not acknowledge)
 * @param layers at least one, the later lying over the earlier
 */
public record NewRota(String name, String zone, Integer level, List<NewLayer> layers) {

	/**
	 * A layer: members taking turns.
	 *
	 * @param handoff the first hand-off, local date-time ({@code 2026-12-07T09:00})
	 * @param shift {@code DAILY}, {@code WEEKLY}, or {@code HOURS} with {@code hours}
	 * @param hours the shift length for {@code HOURS}
	 * @param members staff user ids, in turn order
	 * @param restrictFrom optional daily start, local ({@code 20:00})
	 * @param restrictTo optional daily end ({@code 08:00}: past midnight)
	 * @param restrictDays optional days a span starts on ({@code ["MONDAY", …]})
	 */
	public record NewLayer(String handoff, String shift, Integer hours, List<String> members, String restrictFrom,
			String restrictTo, List<String> restrictDays) {
	}
}
