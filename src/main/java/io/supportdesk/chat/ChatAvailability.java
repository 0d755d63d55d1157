package io.supportdesk.chat;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.plans.Entitlement;
import io.supportdesk.plans.EntitlementCheck;
import io.supportdesk.sla.SlaManagement;

/**
 * Whether a customer can chat now: their organisation is entitled to live chat, support is within the hours
 * that apply to it (its plan's calendar for a Severity 3 first response — Premier: business hours;
 * Proctored exam 24x7: business hours and, round the clock, inside its booked exam windows), and some agent
 * is online with free capacity. When not, the portal offers the new-case form instead.
 */
@Service
@Transactional(readOnly = true)
public class ChatAvailability {

	private final EntitlementCheck entitlements;

	private final SlaManagement sla;

	private final ChatRouting routing;

	private final Clock clock;

	ChatAvailability(EntitlementCheck entitlements, SlaManagement sla, ChatRouting routing, Clock clock) {
		this.entitlements = entitlements;
		this.sla = sla;
		this.routing = routing;
		this.clock = clock;
	}

	/** Whether chat is available now, and if not, why. */
	public record Availability(boolean entitled, boolean withinHours, boolean agentFree) {

		public boolean available() {
			return entitled && withinHours && agentFree;
		}
	}

	public Availability of(CurrentUser customer) {
		if (!customer.isCustomer()) {
			return new Availability(false, false, routing.anyAgentFree());
		}
		boolean entitled = entitlements.of(customer.organisationId(), clock.instant()).has(Entitlement.LIVE_CHAT);
		boolean hours = entitled && sla.commitments(customer).stream().filter(c -> c.severity() == 3)
			.anyMatch(c -> c.openNow());
		return new Availability(entitled, hours, routing.anyAgentFree());
	}
}
