package io.supportdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.supportdesk.shared.InvalidInput;

/**
 * Erlang C against published values and against the textbook formula summed term by term in exact
 * arithmetic.
 */
class ErlangCTests {

	/**
	 * Erlang C's probability of waiting as printed in Erlang C tables and reproduced in call-centre
	 * staffing primers (10 erlangs: 11 agents 0.6821, 12 agents 0.4494, 13 agents 0.2853, 14 agents
	 * 0.1741); a queueing textbook's exercise "120 customers an hour, 3 minutes each, 10 assistants:
	 * from the Erlang C curve the probability of waiting is about 0.10" (6 erlangs: 0.1013); and the
	 * closed form for 3 agents and 2 erlangs, (8/6·3) / (1 + 2 + 2 + 8/6·3) = 4/9 (Wolfram's ErlangC[3, 2]).
	 */
	@ParameterizedTest(name = "C({0} agents, {1} erlangs) = {2}")
	@CsvSource({ "11, 10, 0.6821", "12, 10, 0.4494", "13, 10, 0.2853", "14, 10, 0.1741", "10, 6, 0.1013",
			"3, 2, 0.4444" })
	void probabilityOfWaitingMatchesPublishedTables(int agents, double erlangs, double published) {
		assertThat(ErlangC.probabilityOfWaiting(agents, erlangs)).isCloseTo(published, within(0.00005));
	}

	@Test
	void theLeastNumberOfAgentsReachingTheGoalIsFound() {
		// 200 arrivals an hour at 3 minutes each = 10 erlangs; answer 80 % within 20 s (1/3 min).
		// SL(N) = 1 − C(N, 10)·e^(−(N − 10)·(1/3)/3): 13 agents give 1 − 0.2853·e^(−1/3) = 0.7956, short
		// of 80 %; 14 agents give 1 − 0.1741·e^(−4/9) = 0.8884, at an occupancy of 10/14 = 0.7143.
		ErlangC.Staffing staffing = ErlangC.staffing(200, 3, 1.0 / 3, 0.80);

		assertThat(staffing.agents()).isEqualTo(14);
		assertThat(staffing.serviceLevel()).isCloseTo(0.8884, within(0.00005));
		assertThat(staffing.probabilityOfWaiting()).isCloseTo(0.1741, within(0.00005));
		assertThat(staffing.occupancy()).isCloseTo(0.7143, within(0.00005));
		assertThat(ErlangC.serviceLevel(13, 10, 3, 1.0 / 3)).isCloseTo(0.7956, within(0.00005));
	}

	@Test
	void aSupportDeskLoadIsPlannedForItsFirstResponseTarget() {
		// 6 cases an hour, 20 minutes' work each = 2 erlangs, Premier Severity 1: answered within 15 min,
		// 95 %. With 3 agents C = 4/9 and SL = 1 − 4/9·e^(−15/20) = 0.7901; with 4 agents C = 0.1739 and
		// SL = 1 − 0.1739·e^(−30/20) = 0.9612 — so 4, at an occupancy of 0.5.
		ErlangC.Staffing staffing = ErlangC.staffing(6, 20, 15, ErlangC.DEFAULT_GOAL);

		assertThat(staffing.agents()).isEqualTo(4);
		assertThat(staffing.serviceLevel()).isCloseTo(0.9612, within(0.00005));
		assertThat(staffing.occupancy()).isEqualTo(0.5);
	}

	@Test
	void agreesWithTheTextbookFormulaInExactArithmeticOnRandomLoads() {
		long seed = new Random().nextLong();
		Random random = new Random(seed);
		for (int i = 0; i < 200; i++) {
			double erlangs = 0.1 + random.nextDouble() * 60;
			int agents = (int) Math.floor(erlangs) + 1 + random.nextInt(20);
			assertThat(ErlangC.probabilityOfWaiting(agents, erlangs)).as("seed %d: C(%d, %s)", seed, agents, erlangs)
				.isCloseTo(naive(agents, erlangs), within(1e-9));
		}
	}

	@Test
	void staysStableWhereFactorialsOverflowADouble() {
		// 5,000 erlangs: A^N / N! overflows a double long before; the recursion stays within [0, 1].
		ErlangC.Staffing staffing = ErlangC.staffing(60_000, 5, 0.5, 0.9);

		assertThat(staffing.agents()).isBetween(5001, 5200);
		assertThat(staffing.serviceLevel()).isBetween(0.9, 1.0);
		assertThat(staffing.probabilityOfWaiting()).isBetween(0.0, 1.0);
		assertThat(ErlangC.serviceLevel(staffing.agents() - 1, 5000, 5, 0.5)).isLessThan(0.9);
	}

	@Test
	void noArrivalsNeedNoAgents() {
		assertThat(ErlangC.staffing(0, 10, 15, 0.95)).isEqualTo(new ErlangC.Staffing(0, 1, 0, 0));
	}

	@ParameterizedTest(name = "{0}, {1}, {2}, {3} is refused naming {4}")
	@CsvSource({ "-1, 3, 1, 0.8, arrivalsPerHour", "10, 0, 1, 0.8, handleMinutes", "10, -3, 1, 0.8, handleMinutes",
			"10, 3, -1, 0.8, targetMinutes", "10, 3, 1, 1, serviceLevel", "10, 3, 1, 0, serviceLevel",
			"10, 3, 1, 1.5, serviceLevel", "NaN, 3, 1, 0.8, arrivalsPerHour", "1e9, 60, 1, 0.8, arrivalsPerHour" })
	void impossibleInputIsRefusedNamingTheField(double arrivals, double handle, double target, double goal, String field) {
		assertThatThrownBy(() -> ErlangC.staffing(arrivals, handle, target, goal)).isInstanceOf(InvalidInput.class)
			.satisfies(ex -> assertThat(((InvalidInput) ex).field()).isEqualTo(field));
	}

	/** C(N, A) = (A^N/N!·N/(N−A)) / (Σ_{k<N} A^k/k! + A^N/N!·N/(N−A)), summed exactly. */
	private static double naive(int agents, double erlangs) {
		MathContext context = new MathContext(60);
		BigDecimal a = new BigDecimal(erlangs);
		BigDecimal term = BigDecimal.ONE;
		BigDecimal sum = BigDecimal.ZERO;
		for (int k = 0; k < agents; k++) {
			sum = sum.add(term);
			term = term.multiply(a).divide(BigDecimal.valueOf(k + 1), context);
		}
		BigDecimal n = BigDecimal.valueOf(agents);
		BigDecimal last = term.multiply(n).divide(n.subtract(a), context);
		return last.divide(sum.add(last), context).doubleValue();
	}
}
