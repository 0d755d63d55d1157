package io.supportdesk.oncall.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.Role;
import io.supportdesk.accounts.UserSummary;
import io.supportdesk.accounts.UserId;
import io.supportdesk.oncall.AwayTimes;
import io.supportdesk.oncall.NewRota;
import io.supportdesk.oncall.Paging;
import io.supportdesk.oncall.Rotas;
import io.supportdesk.shared.InvalidInput;
import io.supportdesk.shared.NavigationItem;
import io.supportdesk.shared.NotFound;
import io.supportdesk.shared.Refused;

/**
 * The on-call pages: {@code /console/oncall} shows the caller's open pages (to acknowledge), who is on
 * call now per level, who is away (with a form to record an absence: one's own, or anyone's for
 * managers), the rotas with their layers and overrides, and — for managers — a form for an override per
 * rota and one for a new rota (form times are local in the reader's zone);
 * {@code /pages/ack/{id}/{signature}} is the signed link of a page's mail, which acknowledges it
 * without signing in (after a confirming click, so that a mail scanner opening the link does not).
 */
@Controller
class OnCallPagesController {

	private final Rotas rotas;

	private final Paging paging;

	private final AccountManagement accounts;

	private final MessageSource messages;

	private final AwayTimes away;

	private final java.time.Clock clock;

	OnCallPagesController(Rotas rotas, Paging paging, AccountManagement accounts, MessageSource messages,
			AwayTimes away, java.time.Clock clock) {
		this.away = away;
		this.rotas = rotas;
		this.paging = paging;
		this.accounts = accounts;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/console/oncall")
	String onCall(CurrentUser me, Model model) {
		List<UserSummary> staff = accounts.staff(CurrentUser.system()).stream().filter(UserSummary::enabled).toList();
		Map<String, String> names = staff.stream().collect(Collectors.toMap(u -> u.id().toString(), UserSummary::name));
		model.addAttribute("names", names);
		model.addAttribute("staff", staff);
		model.addAttribute("rotas", rotas.rotas(me));
		model.addAttribute("now", rotas.onCall(clock.instant()));
		model.addAttribute("pages", paging.recentPages(me));
		model.addAttribute("manager", me.has(Role.MANAGER));
		model.addAttribute("away", away.upcoming(me));
		model.addAttribute("meId", me.id());
		model.addAttribute("zoneName", me.timeZone().getId());
		return "oncall/oncall";
	}

	@PostMapping("/console/oncall/away")
	String away(CurrentUser me, @RequestParam(required = false) String userId, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String reason, Model model,
			RedirectAttributes redirect) {
		try {
			away.add(me, userId == null || userId.isBlank() ? null : new UserId(userId("userId", userId)),
					local("from", from, me), local("to", to, me), reason);
			redirect.addFlashAttribute("notice", "oncall.notice.away");
			return "redirect:/console/oncall";
		}
		catch (Refused refused) {
			model.addAttribute("awayRefusedField", refused instanceof InvalidInput input ? input.field() : "from");
			model.addAttribute("awayRefusal", messages.getMessage(refused.refusal(), LocaleContextHolder.getLocale()));
			model.addAttribute("awayForm", Map.of("from", String.valueOf(from), "to", String.valueOf(to), "reason",
					reason == null ? "" : reason));
			return onCall(me, model);
		}
	}

	@PostMapping("/console/oncall/away/{awayId}/remove")
	String removeAway(CurrentUser me, @PathVariable String awayId, RedirectAttributes redirect) {
		away.remove(me, id(awayId, "refusal.notFound.away"));
		redirect.addFlashAttribute("notice", "oncall.notice.awayRemoved");
		return "redirect:/console/oncall";
	}

	@PostMapping("/console/oncall/rotas/{rotaId}/overrides")
	String override(CurrentUser me, @PathVariable String rotaId, @RequestParam(required = false) String userId,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model,
			RedirectAttributes redirect) {
		UUID rota = id(rotaId, "refusal.notFound.rota");
		try {
			rotas.override(me, rota, new UserId(userId("userId", userId)), local("from", from, me), local("to", to, me));
			redirect.addFlashAttribute("notice", "oncall.notice.override");
			return "redirect:/console/oncall";
		}
		catch (Refused refused) {
			model.addAttribute("overrideRota", rota);
			model.addAttribute("overrideRefusedField", refused instanceof InvalidInput input ? input.field() : "from");
			model.addAttribute("overrideRefusal", messages.getMessage(refused.refusal(), LocaleContextHolder.getLocale()));
			return onCall(me, model);
		}
	}

	@PostMapping("/console/oncall/rotas")
	String create(CurrentUser me, @RequestParam(required = false) String name, @RequestParam(required = false) String zone,
			@RequestParam(required = false) Integer level, @RequestParam(required = false) String handoff,
			@RequestParam(required = false) String shift, @RequestParam(required = false) Integer hours,
			@RequestParam(required = false) List<String> members, @RequestParam(required = false) String restrictFrom,
			@RequestParam(required = false) String restrictTo, Model model, RedirectAttributes redirect) {
		try {
			rotas.create(me, new NewRota(name, zone, level, List.of(new NewRota.NewLayer(handoff, shift, hours, members,
					blank(restrictFrom), blank(restrictTo), null))));
			redirect.addFlashAttribute("notice", "oncall.notice.created");
			return "redirect:/console/oncall";
		}
		catch (Refused refused) {
			String field = refused instanceof InvalidInput input ? input.field().replaceFirst("^layers\\[0\\]\\.", "") : "name";
			model.addAttribute("refusedField", field.replaceAll("\\[\\d+\\]$", ""));
			model.addAttribute("refusal", messages.getMessage(refused.refusal(), LocaleContextHolder.getLocale()));
			model.addAttribute("form", Map.of("name", String.valueOf(name), "zone", String.valueOf(zone), "handoff",
					String.valueOf(handoff)));
			return onCall(me, model);
		}
	}

	@PostMapping("/console/oncall/pages/{pageId}/acknowledge")
	String acknowledge(CurrentUser me, @PathVariable String pageId, RedirectAttributes redirect) {
		paging.acknowledge(me, id(pageId));
		redirect.addFlashAttribute("notice", "oncall.notice.acknowledged");
		return "redirect:/console/oncall";
	}

	@GetMapping("/pages/ack/{pageId}/{signature}")
	String signed(@PathVariable String pageId, @PathVariable String signature, Model model) {
		model.addAttribute("page", paging.pageSigned(id(pageId), signature));
		model.addAttribute("signature", signature);
		return "oncall/acknowledge";
	}

	@PostMapping("/pages/ack/{pageId}/{signature}")
	String acknowledgeSigned(@PathVariable String pageId, @PathVariable String signature, Model model) {
		model.addAttribute("page", paging.acknowledgeSigned(id(pageId), signature));
		model.addAttribute("signature", signature);
		model.addAttribute("done", true);
		return "oncall/acknowledge";
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	private static UUID id(String value) {
		return id(value, "refusal.notFound.page");
	}

	private static UUID id(String value, String notFound) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException notAnId) {
			throw new NotFound(notFound);
		}
	}

	private static UUID userId(String field, String value) {
		try {
			return UUID.fromString(value == null ? "" : value.strip());
		}
		catch (IllegalArgumentException notAnId) {
			throw new InvalidInput(field, "refusal.id.invalid");
		}
	}

	/** A form's local date and time ({@code 2026-12-07T09:00}) in the reader's zone; blank: none. */
	private static Instant local(String field, String value, CurrentUser me) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(value.strip()).atZone(me.timeZone()).toInstant();
		}
		catch (DateTimeParseException unreadable) {
			throw new InvalidInput(field, "refusal.oncall.layer.handoff");
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem consoleOnCall() {
			return new NavigationItem("console", "/console/oncall", "oncall.nav", "STAFF", 54, NavigationItem.SETUP);
		}
	}
}
