package io.supportdesk.reporting.web;

import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Comma-separated values as RFC 4180 writes them: a header row, CRLF after every record, a field in
 * double quotes when it holds a comma, a double quote, a CR or an LF, a double quote inside doubled;
 * null as an empty field. Served as {@code text/csv; charset=UTF-8; header=present}, for download.
 */
final class Csv {

	private Csv() {
	}

	/** The document: {@code header}, then each row. */
	static String of(List<String> header, List<List<?>> rows) {
		StringBuilder csv = new StringBuilder();
		record(csv, header);
		rows.forEach(row -> record(csv, row));
		return csv.toString();
	}

	/** The document as a download named {@code filename}. */
	static ResponseEntity<String> download(String filename, List<String> header, List<List<?>> rows) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.util.Map.of("charset", "UTF-8", "header", "present")))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(of(header, rows));
	}

	/** One field, quoted where RFC 4180 requires it. */
	static String field(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\r') < 0 && text.indexOf('\n') < 0) {
			return text;
		}
		return '"' + text.replace("\"", "\"\"") + '"';
	}

	private static void record(StringBuilder csv, List<?> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(field(fields.get(i)));
		}
		csv.append("\r\n");
	}
}
