package io.supportdesk.reporting;

import java.util.List;

/**
 * The volume report: per period the cases opened, the backlog at the period's end and the reopen rate;
 * and, where split by a dimension, the cases opened per period and value.
 *
 * @param periods one per period of the range, in order, also where nothing was opened
 * @param rows per period and value of the dimension (empty when not split), in order
 */
public record VolumeReport(VolumeQuery query, List<PeriodTotal> periods, List<Row> rows) {

	public VolumeReport {
		periods = List.copyOf(periods);
		rows = List.copyOf(rows);
	}

	/**
	 * One period.
	 *
	 * @param backlog the cases open (not resolved or closed) at the period's end — or at the range's end, where
	 *        that comes first
	 * @param resolved the cases opened in the period that were resolved at least once
	 * @param reopened those of them reopened at least once
	 * @param reopenRate reopened / resolved; null when none was resolved
	 */
	public record PeriodTotal(String period, long opened, long backlog, long resolved, long reopened, Double reopenRate) {

		/** The reopen rate in percent, for pages; null when none was resolved. */
		public Double reopenPercent() {
			return reopenRate == null ? null : Math.round(reopenRate * 1000) / 10.0;
		}
	}

	/**
	 * The cases opened in a period with one value of the dimension.
	 *
	 * @param value the channel, language code, product, organisation id or severity; null for cases without one
	 */
	public record Row(String period, String value, long opened) {
	}
}
