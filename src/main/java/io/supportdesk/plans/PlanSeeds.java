package io.supportdesk.plans;

import static io.supportdesk.plans.Entitlement.DEDICATED_TAM;
import static io.supportdesk.plans.Entitlement.EARLY_ADOPTER_PRODUCTS;
import static io.supportdesk.plans.Entitlement.KNOWLEDGE_BASE;
import static io.supportdesk.plans.Entitlement.LIVE_CHAT;
import static io.supportdesk.plans.Entitlement.MULTILINGUAL_SUPPORT;
import static io.supportdesk.plans.Entitlement.PORTAL_CASE_MANAGEMENT;
import static io.supportdesk.plans.Entitlement.PRIORITY_QUEUEING;
import static io.supportdesk.plans.Entitlement.PRODUCT_DOWNLOADS;
import static io.supportdesk.plans.Entitlement.PRODUCT_SUGGESTIONS;
import static io.supportdesk.plans.Entitlement.TRIAL_LICENCE;
import static io.supportdesk.plans.Metric.FIRST_RESPONSE;
import static io.supportdesk.plans.Metric.UPDATE;
import static io.supportdesk.plans.TargetUnit.BUSINESS_DAYS;
import static io.supportdesk.plans.TargetUnit.HOURS;
import static io.supportdesk.plans.TargetUnit.MINUTES;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.calendars.CalendarManagement;
import io.supportdesk.shared.Language;

/**
 * The catalogue every installation starts with, cell by cell from SPEC.md §2, with its descriptions in
 * the four languages. Its first versions are in force from the epoch, so contracts recorded after the
 * fact find their plan (pages call them the initial versions rather than show 1970). Managers edit it.
 */
@Component
@Order(6)
class PlanSeeds implements ApplicationRunner {

	static final String STANDARD_HOURS = CalendarManagement.STANDARD_BUSINESS_HOURS;

	static final String ALWAYS_OPEN = CalendarManagement.ALWAYS_OPEN;

	private final PlanCatalogue catalogue;

	PlanSeeds(PlanCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!catalogue.plans(Instant.EPOCH).isEmpty()) {
			return;
		}
		CurrentUser system = CurrentUser.system();
		catalogue.put(system, PlanCode.STANDARD, standard(), Instant.EPOCH);
		catalogue.put(system, PlanCode.PREMIER, premier(), Instant.EPOCH);
		catalogue.put(system, PlanCode.PROCTORED_EXAM_24X7, proctored(), Instant.EPOCH);
	}

	static PlanChange standard() {
		return new PlanChange("Standard", description(
				"Fast and effective help with support issues and questions during business hours: customer portal, "
						+ "knowledge base, unlimited cases, developer support.",
				"Schnelle und wirksame Hilfe bei Supportanliegen und Fragen während der Geschäftszeiten: Kundenportal, "
						+ "Wissensdatenbank, unbegrenzt viele Fälle, Entwickler-Support.",
				"Une aide rapide et efficace pour vos demandes de support et vos questions pendant les heures ouvrées : "
						+ "portail client, base de connaissances, demandes illimitées, support aux développeurs.",
				"Ayuda rápida y eficaz con incidencias y preguntas de soporte en horario laboral: portal de clientes, "
						+ "base de conocimientos, casos ilimitados, soporte para desarrolladores."),
				Set.of(KNOWLEDGE_BASE, PRODUCT_SUGGESTIONS, PRODUCT_DOWNLOADS, MULTILINGUAL_SUPPORT), 0,
				List.of(target(1, FIRST_RESPONSE, 4, HOURS, STANDARD_HOURS),
						target(2, FIRST_RESPONSE, 8, HOURS, STANDARD_HOURS),
						target(3, FIRST_RESPONSE, 1, BUSINESS_DAYS, STANDARD_HOURS),
						target(4, FIRST_RESPONSE, 3, BUSINESS_DAYS, STANDARD_HOURS),
						target(1, UPDATE, 4, HOURS, STANDARD_HOURS)));
	}

	static PlanChange premier() {
		return new PlanChange("Premier", description(
				"All of Standard, with a dedicated technical account manager, priority support and 24/7 on-call "
						+ "availability for urgent issues.",
				"Alles aus Standard, dazu ein persönlicher Technical Account Manager, bevorzugter Support und "
						+ "Rufbereitschaft rund um die Uhr für dringende Anliegen.",
				"Tout Standard, avec un responsable technique de compte dédié, un support prioritaire et une astreinte "
						+ "24 h/24, 7 j/7 pour les incidents urgents.",
				"Todo lo de Standard, con un gestor técnico de cuenta dedicado, soporte prioritario y guardia 24/7 "
						+ "para las incidencias urgentes."),
				Set.of(KNOWLEDGE_BASE, PRODUCT_SUGGESTIONS, PRODUCT_DOWNLOADS, PORTAL_CASE_MANAGEMENT, LIVE_CHAT,
						MULTILINGUAL_SUPPORT, PRIORITY_QUEUEING, EARLY_ADOPTER_PRODUCTS, TRIAL_LICENCE, DEDICATED_TAM),
				90,
				List.of(target(1, FIRST_RESPONSE, 15, MINUTES, ALWAYS_OPEN),
						target(2, FIRST_RESPONSE, 30, MINUTES, STANDARD_HOURS),
						target(3, FIRST_RESPONSE, 2, HOURS, STANDARD_HOURS),
						target(4, FIRST_RESPONSE, 1, BUSINESS_DAYS, STANDARD_HOURS),
						target(1, UPDATE, 2, HOURS, ALWAYS_OPEN)));
	}

	static PlanChange proctored() {
		return new PlanChange("Proctored exam 24x7", description(
				"Close to real-time support during proctored exam sessions: customer portal, incident tracking and "
						+ "live chat, 24x7 inside booked exam windows.",
				"Support nahezu in Echtzeit während beaufsichtigter Prüfungen: Kundenportal, Vorfallverfolgung und "
						+ "Live-Chat, rund um die Uhr innerhalb gebuchter Prüfungsfenster.",
				"Un support quasi en temps réel pendant les sessions d'examen surveillées : portail client, suivi des "
						+ "incidents et chat en direct, 24 h/24, 7 j/7 pendant les créneaux d'examen réservés.",
				"Soporte casi en tiempo real durante las sesiones de examen supervisadas: portal de clientes, "
						+ "seguimiento de incidencias y chat en directo, 24x7 dentro de las ventanas de examen reservadas."),
				Set.of(KNOWLEDGE_BASE, PRODUCT_SUGGESTIONS, PRODUCT_DOWNLOADS, PORTAL_CASE_MANAGEMENT, LIVE_CHAT,
						MULTILINGUAL_SUPPORT, PRIORITY_QUEUEING), 0,
				List.of(examTarget(1, FIRST_RESPONSE, 15, MINUTES), examTarget(2, FIRST_RESPONSE, 45, MINUTES),
						examTarget(3, FIRST_RESPONSE, 4, HOURS), examTarget(4, FIRST_RESPONSE, 2, BUSINESS_DAYS),
						examTarget(1, UPDATE, 4, HOURS)));
	}

	/** The description in English, German, French and Spanish. */
	private static PlanDescription description(String en, String de, String fr, String es) {
		Map<Language, String> texts = new EnumMap<>(Language.class);
		texts.put(Language.EN, en);
		texts.put(Language.DE, de);
		texts.put(Language.FR, fr);
		texts.put(Language.ES, es);
		return new PlanDescription(texts);
	}

	private static PlanChange.Target target(int severity, Metric metric, long amount, TargetUnit unit, String calendar) {
		return new PlanChange.Target(severity, metric, amount, unit, calendar, false);
	}

	private static PlanChange.Target examTarget(int severity, Metric metric, long amount, TargetUnit unit) {
		return new PlanChange.Target(severity, metric, amount, unit, STANDARD_HOURS, true);
	}
}
