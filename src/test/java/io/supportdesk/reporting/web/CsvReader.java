package io.supportdesk.reporting.web;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for tests: records end in CRLF; a quoted field may hold anything, quotes doubled. */
public final class CsvReader {

	private CsvReader() {
	}

	public static List<List<String>> read(String csv) {
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		int i = 0;
		while (i < csv.length()) {
			char c = csv.charAt(i);
			if (c == '"' && field.isEmpty()) {
				i++;
				while (true) {
					char q = csv.charAt(i);
					if (q == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
						field.append('"');
						i += 2;
					}
					else if (q == '"') {
						i++;
						break;
					}
					else {
						field.append(q);
						i++;
					}
				}
			}
			else if (c == ',') {
				record.add(field.toString());
				field.setLength(0);
				i++;
			}
			else if (c == '\r' && csv.charAt(i + 1) == '\n') {
				record.add(field.toString());
				field.setLength(0);
				records.add(record);
				record = new ArrayList<>();
				i += 2;
			}
			else if (c == '\r' || c == '\n' || c == '"') {
				throw new IllegalArgumentException("bare " + (int) c + " at " + i + " in an unquoted field");
			}
			else {
				field.append(c);
				i++;
			}
		}
		if (!record.isEmpty() || !field.isEmpty()) {
			throw new IllegalArgumentException("the last record does not end in CRLF");
		}
		return records;
	}
}
