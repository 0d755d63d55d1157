package io.supportdesk.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL one request sent to PostgreSQL, read back from the server's own statement log (csvlog with
 * {@code log_statement = all}), and replayed over plain JDBC. Replaying gives fresh values to what the
 * request created: every UUID that first appears as the id (first column) of an INSERT — the case id,
 * also inside other values such as timer names — and the case reference; everything else (the
 * organisation, the user, the plan) stays.
 */
final class CapturedTransaction {

	private static final Pattern UUID_PATTERN = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private static final Pattern REFERENCE = Pattern.compile("CS-[A-Z2-9]{4}-[A-Z2-9]{2}");

	private static final Pattern PARAMETER = Pattern.compile("\\$(\\d+) = (NULL|'((?:[^']|'')*)')");

	private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

	private static final AtomicLong REFERENCES = new AtomicLong();

	private final List<Statement> statements;

	private final Set<String> generated;

	private final int skipped;

	private CapturedTransaction(List<Statement> statements, Set<String> generated, int skipped) {
		this.statements = statements;
		this.generated = generated;
		this.skipped = skipped;
	}

	/**
	 * The statements of the sessions that touched {@code marker} (a table name), in log order, from a
	 * csvlog file holding only the captured window. Transaction control and session settings are left
	 * out (the replay runs the rest in one transaction of its own) and counted.
	 */
	static CapturedTransaction fromCsvLog(Path csvLog, String marker) throws IOException {
		List<List<String>> rows = Csv.parse(Files.readString(csvLog, StandardCharsets.UTF_8));
		Map<String, List<Statement>> bySession = new HashMap<>();
		List<String> sessions = new ArrayList<>();
		for (List<String> row : rows) {
			if (row.size() < 15) {
				continue;
			}
			String message = row.get(13);
			String sql;
			if (message.startsWith("execute ")) {
				sql = message.substring(message.indexOf(": ") + 2);
			}
			else if (message.startsWith("statement: ")) {
				sql = message.substring("statement: ".length());
			}
			else {
				continue;
			}
			String session = row.get(5);
			if (!bySession.containsKey(session)) {
				sessions.add(session);
			}
			bySession.computeIfAbsent(session, s -> new ArrayList<>()).add(new Statement(sql, parameters(row.get(14))));
		}
		List<Statement> all = new ArrayList<>();
		for (String session : sessions) {
			List<Statement> ofSession = bySession.get(session);
			if (ofSession.stream().anyMatch(s -> s.sql().contains(marker))) {
				all.addAll(ofSession);
			}
		}
		List<Statement> kept = new ArrayList<>();
		int skipped = 0;
		Set<String> seen = new HashSet<>();
		Set<String> generated = new LinkedHashSet<>();
		for (Statement statement : all) {
			String verb = statement.sql().strip().split("\\s+", 2)[0].toUpperCase();
			if (statement.sql().isBlank() || Set.of("BEGIN", "COMMIT", "ROLLBACK", "SET", "SHOW").contains(verb)) {
				skipped++;
				continue;
			}
			// A new row's id is its first column (here as everywhere in the schema); other ids an INSERT
			// carries — the requester, the organisation — point at rows that exist.
			for (int i = 0; i < statement.parameters().size(); i++) {
				String value = statement.parameters().get(i);
				if (value != null && UUID_PATTERN.matcher(value).matches() && seen.add(value) && verb.equals("INSERT")
						&& i == 0) {
					generated.add(value);
				}
			}
			kept.add(statement);
		}
		return new CapturedTransaction(kept, generated, skipped);
	}

	private static List<String> parameters(String detail) {
		List<String> values = new ArrayList<>();
		if (detail == null || !detail.startsWith("parameters: ")) {
			return values;
		}
		Matcher matcher = PARAMETER.matcher(detail);
		while (matcher.find()) {
			int index = Integer.parseInt(matcher.group(1));
			while (values.size() < index) {
				values.add(null);
			}
			values.set(index - 1, matcher.group(2).equals("NULL") ? null : matcher.group(3).replace("''", "'"));
		}
		return values;
	}

	List<Statement> statements() {
		return statements;
	}

	int skipped() {
		return skipped;
	}

	Set<String> generated() {
		return generated;
	}

	/** Runs the statements once in one transaction, with fresh ids and a fresh reference. */
	void replay(Connection connection) throws SQLException {
		replay(connection, null);
	}

	/**
	 * Runs the statements once in one transaction, adding each statement's time (nanoseconds) to
	 * {@code nanos} by position when it is given; the last slot takes the commit.
	 */
	void replay(Connection connection, long[] nanos) throws SQLException {
		Map<String, String> fresh = new HashMap<>();
		for (String id : generated) {
			fresh.put(id, UUID.randomUUID().toString());
		}
		String reference = freshReference();
		try {
			for (int s = 0; s < statements.size(); s++) {
				Statement statement = statements.get(s);
				long start = System.nanoTime();
				try (PreparedStatement prepared = connection.prepareStatement(statement.jdbcSql())) {
					List<Integer> order = statement.placeholders();
					for (int i = 0; i < order.size(); i++) {
						String value = substitute(statement.parameters().get(order.get(i) - 1), fresh, reference);
						if (value == null) {
							prepared.setNull(i + 1, Types.OTHER);
						}
						else {
							prepared.setObject(i + 1, value, Types.OTHER);
						}
					}
					prepared.execute();
				}
				if (nanos != null) {
					nanos[s] += System.nanoTime() - start;
				}
			}
			long start = System.nanoTime();
			connection.commit();
			if (nanos != null) {
				nanos[statements.size()] += System.nanoTime() - start;
			}
		}
		catch (SQLException ex) {
			connection.rollback();
			throw ex;
		}
	}

	private static String substitute(String value, Map<String, String> fresh, String reference) {
		if (value == null) {
			return null;
		}
		String result = value;
		if (result.length() >= 36) {
			Matcher ids = UUID_PATTERN.matcher(result);
			StringBuilder replaced = new StringBuilder();
			while (ids.find()) {
				ids.appendReplacement(replaced, fresh.getOrDefault(ids.group(), ids.group()));
			}
			ids.appendTail(replaced);
			result = replaced.toString();
		}
		return REFERENCE.matcher(result).matches() ? reference : result;
	}

	/** References of replayed cases: RP-XXXX-XX from a counter, never one the application hands out. */
	private static String freshReference() {
		long n = REFERENCES.incrementAndGet();
		char[] chars = new char[6];
		for (int i = 5; i >= 0; i--) {
			chars[i] = ALPHABET[(int) (n % ALPHABET.length)];
			n /= ALPHABET.length;
		}
		return "RP-" + new String(chars, 0, 4) + "-" + new String(chars, 4, 2);
	}

	/** One statement as logged: PostgreSQL's numbered placeholders ($1, $2, …) and their values. */
	record Statement(String sql, List<String> parameters) {

		private static final Pattern PLACEHOLDER = Pattern.compile("\\$(\\d+)");

		/** The statement with JDBC's placeholders, one {@code ?} per occurrence. */
		String jdbcSql() {
			return PLACEHOLDER.matcher(sql).replaceAll("?");
		}

		/** The parameter number of each {@code ?} of {@link #jdbcSql()}, in order. */
		List<Integer> placeholders() {
			List<Integer> order = new ArrayList<>();
			Matcher matcher = PLACEHOLDER.matcher(sql);
			while (matcher.find()) {
				order.add(Integer.parseInt(matcher.group(1)));
			}
			return order;
		}
	}

	/** RFC 4180 CSV as PostgreSQL's csvlog writes it (quoted fields may hold quotes and line breaks). */
	static final class Csv {

		private Csv() {
		}

		static List<List<String>> parse(String text) {
			List<List<String>> rows = new ArrayList<>();
			List<String> row = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			boolean quoted = false;
			boolean wasQuoted = false;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (quoted) {
					if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
						field.append('"');
						i++;
					}
					else if (c == '"') {
						quoted = false;
					}
					else {
						field.append(c);
					}
				}
				else if (c == '"') {
					quoted = true;
					wasQuoted = true;
				}
				else if (c == ',') {
					row.add(field.length() == 0 && !wasQuoted ? null : field.toString());
					field.setLength(0);
					wasQuoted = false;
				}
				else if (c == '\n') {
					row.add(field.length() == 0 && !wasQuoted ? null : field.toString());
					rows.add(row);
					row = new ArrayList<>();
					field.setLength(0);
					wasQuoted = false;
				}
				else if (c != '\r') {
					field.append(c);
				}
			}
			if (!row.isEmpty() || field.length() > 0) {
				row.add(field.toString());
				rows.add(row);
			}
			return rows;
		}
	}
}
