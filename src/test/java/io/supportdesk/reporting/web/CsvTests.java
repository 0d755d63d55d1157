package io.supportdesk.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** RFC 4180: fields quoted where needed, quotes doubled, CRLF after every record, null as empty. */
class CsvTests {

	@Test
	void plainFieldsStayAsTheyAre() {
		assertThat(Csv.of(List.of("plan", "severity"), List.of(List.of("PREMIER", 1)))).isEqualTo("plan,severity\r\nPREMIER,1\r\n");
	}

	@Test
	void commasQuotesAndLineBreaksAreQuotedAndQuotesDoubled() {
		assertThat(Csv.field("a,b")).isEqualTo("\"a,b\"");
		assertThat(Csv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
		assertThat(Csv.field("line 1\nline 2")).isEqualTo("\"line 1\nline 2\"");
		assertThat(Csv.field("cr\rhere")).isEqualTo("\"cr\rhere\"");
		assertThat(Csv.field("  spaces  ")).isEqualTo("  spaces  ");
	}

	@Test
	void nullIsAnEmptyField() {
		assertThat(Csv.of(List.of("a", "b", "c"), List.of(Arrays.asList(null, "x", null)))).isEqualTo("a,b,c\r\n,x,\r\n");
	}

	@Test
	void whatIsWrittenReadsBackFieldForField() {
		List<Object> row = Arrays.asList("O'Brien, \"Ltd\"", "two\r\nlines", "", null, 0.5, "ümlaut");
		String csv = Csv.of(List.of("a", "b", "c", "d", "e", "f"), List.of(row));

		List<List<String>> read = CsvReader.read(csv);

		assertThat(read).hasSize(2);
		assertThat(read.get(1)).containsExactly("O'Brien, \"Ltd\"", "two\r\nlines", "", "", "0.5", "ümlaut");
	}
}
