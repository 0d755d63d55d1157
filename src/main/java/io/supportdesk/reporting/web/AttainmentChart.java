package io.supportdesk.reporting.web;

import java.util.ArrayList;
import java.util.List;

import io.supportdesk.reporting.AttainmentRow;

/**
 * A bar chart of attainment per period, drawn on the server as SVG coordinates: one bar per period (its
 * height the attainment, 0 to 100 %), a grid line every 25 %, and the goal line. Needs no script and no
 * chart library, so the page keeps its strict Content-Security-Policy; the table beside it carries the
 * same numbers for screen readers and for copying.
 *
 * @param bars one per period, in order; a period with nothing decided has no bar, only its label
 */
public record AttainmentChart(int width, int height, int plotTop, int plotBottom, int plotLeft, List<Bar> bars,
		List<GridLine> grid) {

	static final int HEIGHT = 240;

	static final int TOP = 16;

	static final int BOTTOM = 200;

	static final int LEFT = 44;

	static final int SLOT = 36;

	/** One period's bar; {@code percent} is null where nothing was decided (no bar drawn). */
	public record Bar(String period, Double percent, long met, long breached, double x, double y, double barWidth,
			double barHeight, double labelX, boolean labelled) {

		/** Below 90 %: the bar shows as a shortfall. */
		public boolean low() {
			return percent != null && percent < 90;
		}
	}

	/** A horizontal grid line at {@code percent}. */
	public record GridLine(int percent, double y) {
	}

	static AttainmentChart of(List<AttainmentRow> perPeriod) {
		int count = perPeriod.size();
		int width = LEFT + Math.max(count, 1) * SLOT + 8;
		double span = BOTTOM - TOP;
		// label at most ~16 periods, so day charts stay readable
		int every = Math.max(1, (int) Math.ceil(count / 16.0));
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			AttainmentRow row = perPeriod.get(i);
			Double percent = row.percent();
			double barHeight = percent == null ? 0 : span * percent / 100;
			double x = LEFT + i * SLOT + 6;
			bars.add(new Bar(row.period(), percent, row.met(), row.breached(), x, BOTTOM - barHeight, SLOT - 12, barHeight,
					x + (SLOT - 12) / 2.0, i % every == 0));
		}
		List<GridLine> grid = List.of(0, 25, 50, 75, 100).stream()
			.map(p -> new GridLine(p, BOTTOM - span * p / 100)).toList();
		return new AttainmentChart(width, HEIGHT, TOP, BOTTOM, LEFT, bars, grid);
	}
}
