package io.supportdesk.suggestions;

import java.util.List;
import java.util.Optional;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.UserSummary;

/**
 * The {@code demo} profile's suggestions, through the board's own API: five suggestions for Constructor
 * Proctor from the three demo organisations with votes from their people, one planned, one in progress,
 * one shipped in 5.3 and one declined (each with the product team's response, by Maria Schmidt), and a
 * duplicate merged into the dark-mode one. Loaded once: nothing is loaded when the first one exists.
 */
@Component
@Profile("demo")
@Order(46)
class DemoSuggestions implements ApplicationRunner {

	private static final String PRODUCT = "Constructor Proctor";

	private static final String FIRST = "Dark mode for the proctor console";

	private final SuggestionBoard board;

	private final AccountManagement accounts;

	DemoSuggestions(SuggestionBoard board, AccountManagement accounts) {
		this.board = board;
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		Optional<CurrentUser> acme = user("user@acme.example");
		Optional<CurrentUser> globex = user("user@globex.example");
		Optional<CurrentUser> northwind = user("admin@northwind.example");
		Optional<CurrentUser> maria = user("maria.schmidt@supportdesk.local");
		if (acme.isEmpty() || globex.isEmpty() || northwind.isEmpty() || maria.isEmpty()
				|| board.list(CurrentUser.system(), PRODUCT, null, SuggestionSort.NEWEST).stream()
					.anyMatch(s -> s.title().equals(FIRST))) {
			return;
		}
		List<CurrentUser> everyone = List.of(acme.get(), globex.get(), northwind.get(), user("admin@acme.example").orElseThrow(),
				user("admin@globex.example").orElseThrow());
		SuggestionId dark = submit(acme.get(), FIRST, "Long exam nights are hard on the eyes of our invigilators.", everyone);
		SuggestionId sso = submit(globex.get(), "Single sign-on with SAML", "Our candidates sign in with the university's "
				+ "identity provider.", everyone.subList(0, 4));
		SuggestionId export = submit(northwind.get(), "Export exam results to spreadsheets", "Examiners want results in "
				+ "Excel and LibreOffice without copying.", everyone.subList(1, 3));
		SuggestionId offline = submit(acme.get(), "Offline answer buffering", "Candidates lose answers when the Wi-Fi drops.",
				everyone.subList(0, 2));
		SuggestionId fax = submit(globex.get(), "Send results by fax", "Some boards still want paper.", List.of());
		SuggestionId theme = submit(northwind.get(), "A darker theme", "Bright screens in dim exam rooms.",
				everyone.subList(2, 5));
		CurrentUser team = maria.get();
		board.changeStatus(team, sso, new StatusChange(SuggestionStatus.PLANNED, "Planned for 6.1, after the new engine.",
				null, null));
		board.changeStatus(team, dark, new StatusChange(SuggestionStatus.IN_PROGRESS, "The designers are on it.", null, null));
		board.changeStatus(team, offline, new StatusChange(SuggestionStatus.PLANNED, "Agreed: it matters for exams.", null, null));
		board.changeStatus(team, offline, new StatusChange(SuggestionStatus.SHIPPED, "Shipped: answers wait on the device "
				+ "until the connection is back.", "5.3", null));
		board.changeStatus(team, fax, new StatusChange(SuggestionStatus.DECLINED, "Results go out as signed PDF instead.",
				null, "Fax lines are not secure enough for exam results."));
		board.merge(team, theme, dark);
		board.comment(globex.get(), export, "CSV would already help us a lot.");
	}

	private SuggestionId submit(CurrentUser author, String title, String description, List<CurrentUser> voters) {
		SuggestionId id = board.submit(author, new NewSuggestion(title, description, PRODUCT));
		voters.forEach(voter -> board.vote(voter, id, null));
		return id;
	}

	private Optional<CurrentUser> user(String email) {
		return accounts.findUserByEmail(email).map(DemoSuggestions::actor);
	}

	private static CurrentUser actor(UserSummary user) {
		return new CurrentUser(user.id(), user.organisationId(), user.email(), user.name(), user.role(), user.language(),
				user.timeZone());
	}
}
