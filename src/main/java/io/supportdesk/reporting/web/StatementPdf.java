package io.supportdesk.reporting.web;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A compliance statement as PDF (OpenPDF): the title, the plans in force, the table of plan × severity ×
 * target and every breach with its explanation — the same {@link StatementView} the page shows, in the
 * reader's language. Standard Helvetica (Latin-1 covers the four languages), A4.
 */
final class StatementPdf {

	private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);

	private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);

	private static final Font HEAD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);

	private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 8);

	private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 7, Font.NORMAL, new Color(0x5b, 0x65, 0x70));

	private StatementPdf() {
	}

	/** The statement as a download named after the organisation's id and the month. */
	static ResponseEntity<byte[]> download(StatementView view, MessageSource messages, Locale locale) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("statement-" + view.organisationId() + "-" + view.month() + ".pdf").build().toString())
			.body(render(view, messages, locale));
	}

	static byte[] render(StatementView view, MessageSource messages, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
		PdfWriter.getInstance(document, out);
		document.addTitle(text(messages, locale, "reporting.statement.title") + " " + view.organisation() + " " + view.month());
		document.addCreator("Supportdesk");
		document.open();
		document.add(new Paragraph(text(messages, locale, "reporting.statement.title") + " — " + view.organisation(), TITLE));
		document.add(new Paragraph(view.title() + " · " + view.period() + " (" + view.zone() + ")", BODY));
		document.add(new Paragraph(text(messages, locale, "reporting.statement.issued") + " " + view.issued(), SMALL));

		document.add(heading(text(messages, locale, "reporting.statement.plans")));
		PdfPTable plans = table(messages, locale, "reporting.plan", "reporting.statement.planName",
				"reporting.statement.from", "reporting.statement.until");
		view.plans().forEach(p -> cells(plans, p.plan(), p.name(), p.from(), p.until()));
		if (view.plans().isEmpty()) {
			span(plans, text(messages, locale, "reporting.statement.noPlan"), 4);
		}
		document.add(plans);

		document.add(heading(text(messages, locale, "reporting.statement.attainment")));
		PdfPTable lines = table(messages, locale, "reporting.plan", "reporting.severity", "reporting.metric",
				"reporting.statement.target", "reporting.statement.cases", "reporting.met", "reporting.breached",
				"reporting.running", "reporting.attainment");
		// the committed target (amount and calendar) is the long one: one line per row
		lines.setWidths(new float[] { 2.2f, 1, 2, 5, 1, 1, 1.2f, 1.2f, 1.4f });
		view.lines().forEach(l -> cells(lines, l.plan(), Integer.toString(l.severity()), l.metric(), l.target(),
				Long.toString(l.cases()), Long.toString(l.met()), Long.toString(l.breached()), Long.toString(l.running()),
				l.attainment()));
		document.add(lines);

		document.add(heading(text(messages, locale, "reporting.breaches.title")));
		if (view.breaches().isEmpty()) {
			document.add(new Paragraph(text(messages, locale, "reporting.breaches.none"), BODY));
		}
		for (StatementView.BreachRow b : view.breaches()) {
			Paragraph title = new Paragraph();
			title.add(new Chunk(b.reference() + "  ", HEAD));
			title.add(new Chunk(b.plan() + " · " + text(messages, locale, "reporting.severity") + " " + b.severity() + " · "
					+ b.metric() + " · " + text(messages, locale, "reporting.due") + " " + b.due() + " · "
					+ text(messages, locale, "reporting.breachedAt") + " " + b.breached() + " · "
					+ text(messages, locale, "reporting.answered") + " " + b.answered(), BODY));
			title.setSpacingBefore(6);
			document.add(title);
			for (String line : b.explanation()) {
				Paragraph entry = new Paragraph(line, SMALL);
				entry.setIndentationLeft(12);
				document.add(entry);
			}
		}
		document.close();
		return out.toByteArray();
	}

	private static Paragraph heading(String text) {
		Paragraph heading = new Paragraph(text, HEADING);
		heading.setSpacingBefore(12);
		heading.setSpacingAfter(4);
		return heading;
	}

	private static PdfPTable table(MessageSource messages, Locale locale, String... headerKeys) {
		PdfPTable table = new PdfPTable(headerKeys.length);
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		for (String key : headerKeys) {
			PdfPCell cell = new PdfPCell(new Phrase(text(messages, locale, key), HEAD));
			cell.setBackgroundColor(new Color(0xee, 0xf1, 0xf4));
			table.addCell(cell);
		}
		return table;
	}

	private static void cells(PdfPTable table, String... values) {
		for (String value : values) {
			table.addCell(new PdfPCell(new Phrase(value == null ? "" : value, BODY)));
		}
	}

	private static void span(PdfPTable table, String text, int columns) {
		PdfPCell cell = new PdfPCell(new Phrase(text, BODY));
		cell.setColspan(columns);
		cell.setHorizontalAlignment(Element.ALIGN_LEFT);
		table.addCell(cell);
	}

	private static String text(MessageSource messages, Locale locale, String key) {
		return messages.getMessage(key, null, locale);
	}
}
