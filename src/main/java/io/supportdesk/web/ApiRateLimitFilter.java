package io.supportdesk.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.springframework.web.filter.OncePerRequestFilter;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;

/**
 * Rate limits on the API (OWASP ASVS 11.1.4): a token bucket per credential — the {@code Authorization}
 * header, so one per API token and one per e-mail/password — and one per client address (the
 * forwarded one behind a proxy), each refilled steadily to its limit per minute. Over a limit the answer
 * is 429 with {@code Retry-After} in seconds and nothing of the request is done. The buckets live in
 * PostgreSQL ({@code web_rate_limit_bucket}, Bucket4j's select-for-update proxy), so the limits hold for
 * the whole installation however many nodes serve it; each node synchronises a bucket after at most a
 * twentieth of its limit or 500 ms, so that a request costs no database round trip of its own — a
 * client may exceed its limit by that much per node.
 */
class ApiRateLimitFilter extends OncePerRequestFilter {

	private static final int MAX_CACHED_BUCKETS = 10_000;

	private final ProxyManager<String> buckets;

	private final long perCredential;

	private final long perAddress;

	private final ApiProblems problems;

	private final Map<String, BucketProxy> local = new ConcurrentHashMap<>();

	ApiRateLimitFilter(DataSource dataSource, long perCredentialPerMinute, long perAddressPerMinute, ApiProblems problems) {
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource).primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("web_rate_limit_bucket").idColumn("id").stateColumn("state").build();
		this.perCredential = perCredentialPerMinute;
		this.perAddress = perAddressPerMinute;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String credential = request.getHeader("Authorization");
		if (credential != null && !credential.isBlank()) {
			ConsumptionProbe probe = bucket("c:" + sha256(credential), perCredential).tryConsumeAndReturnRemaining(1);
			if (!probe.isConsumed()) {
				problems.tooManyRequests(response, seconds(probe), "More than " + perCredential
						+ " requests a minute with these credentials: wait, then send again.");
				return;
			}
		}
		ConsumptionProbe probe = bucket("a:" + request.getRemoteAddr(), perAddress).tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			problems.tooManyRequests(response, seconds(probe), "More than " + perAddress
					+ " requests a minute from your address: wait, then send again.");
			return;
		}
		chain.doFilter(request, response);
	}

	private BucketProxy bucket(String key, long perMinute) {
		if (local.size() > MAX_CACHED_BUCKETS) {
			local.clear(); // the state is in the database: a node forgets only its unsynchronised share
		}
		return local.computeIfAbsent(key, k -> buckets.builder()
			.withOptimization(Optimizations.delaying(new DelayParameters(Math.max(1, perMinute / 20), Duration.ofMillis(500))))
			.build(k, () -> BucketConfiguration.builder()
				.addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1))).build()));
	}

	private static long seconds(ConsumptionProbe probe) {
		return Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999) / 1_000_000_000);
	}

	private static String sha256(String value) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException unavailable) {
			throw new IllegalStateException(unavailable);
		}
	}
}
