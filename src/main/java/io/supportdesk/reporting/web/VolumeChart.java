package io.supportdesk.reporting.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.supportdesk.reporting.VolumeReport;

/**
 * Cases opened per period as bars and the backlog at each period's end as a line, drawn on the server as
 * SVG coordinates on one scale (like {@link AttainmentChart}: no script, no chart library, the strict
 * Content-Security-Policy kept; the table beside it carries the same numbers).
 *
 * @param backlog the line's points, "x,y x,y …"
 * @param max the scale's top (cases)
 */
record VolumeChart(int width, int height, int plotTop, int plotBottom, int plotLeft, long max, List<Bar> bars,
		String backlog, List<Tick> grid) {

	/** A horizontal grid line at {@code cases}. */
	record Tick(long cases, double y) {
	}

	/** One period: its bar (opened) and its backlog point. */
	record Bar(String period, long opened, long backlog, double x, double y, double barWidth, double barHeight,
			double labelX, double backlogY, boolean labelled) {
	}

	static VolumeChart of(List<VolumeReport.PeriodTotal> periods) {
		int count = periods.size();
		int slot = AttainmentChart.SLOT;
		int width = AttainmentChart.LEFT + Math.max(count, 1) * slot + 8;
		int top = AttainmentChart.TOP;
		int bottom = AttainmentChart.BOTTOM;
		long highest = periods.stream().mapToLong(p -> Math.max(p.opened(), p.backlog())).max().orElse(0);
		long max = niceMax(highest);
		double span = bottom - top;
		int every = Math.max(1, (int) Math.ceil(count / 16.0));
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			VolumeReport.PeriodTotal p = periods.get(i);
			double barHeight = span * p.opened() / max;
			double x = AttainmentChart.LEFT + i * slot + 6;
			bars.add(new Bar(p.period(), p.opened(), p.backlog(), x, bottom - barHeight, slot - 12, barHeight,
					x + (slot - 12) / 2.0, bottom - span * p.backlog() / max, i % every == 0));
		}
		String line = bars.stream().map(b -> b.labelX() + "," + b.backlogY()).collect(Collectors.joining(" "));
		List<Tick> grid = new ArrayList<>();
		for (int q = 0; q <= 4; q++) {
			grid.add(new Tick(max * q / 4, bottom - span * q / 4));
		}
		return new VolumeChart(width, AttainmentChart.HEIGHT, top, bottom, AttainmentChart.LEFT, max, bars, line, grid);
	}

	/** The scale's top: at least 4, a multiple of 4 so that the grid lines fall on whole cases. */
	private static long niceMax(long highest) {
		long max = Math.max(4, highest);
		return (max + 3) / 4 * 4;
	}
}
